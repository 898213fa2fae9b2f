import ClaimCore
import Synchronization
import TextKernel

/// Finds the dates and the event claims of a document's text.
///
/// One pass over the UTF-8 bytes splits sentences; each sentence is tokenized and its words looked up
/// in a hash table built once from the cue rules, so only the claims that are returned allocate
/// strings. Sentences with neither an event word nor a cue are dropped after the lookup.
public struct TextAnalyzer: Sendable {
    public let cues: [CueRule]
    /// Each event kind's own verbs (`event_verbs:`): they report that an event of that kind happened.
    public let eventVerbs: [EventVerbRule]
    /// The statuses the cues assert, with their roles.
    public let vocabulary: StatusVocabulary
    private let lexicon: ClaimLexicon
    private let tagger = TemporalTagger()
    private let scratchPool = AnalysisScratchPool()
    /// Whether a dateless sentence in the present perfect ("have defeated Boeing for the contract")
    /// reports an event that has just taken place (see `ClaimFinder.readsRecentPast`). Off for
    /// `extract`; `ingest.record_past_events` turns it on.
    public var readsRecentPast = false

    /// `vocabulary` gives each cue's status its role: the role says which cue outweighs which, and
    /// what a negated or hedged cue asserts ("not confirmed" → the primary `plan` status). Event
    /// verbs assert the primary `occurrence` status.
    public init(cues: [CueRule], eventVerbs: [EventVerbRule] = [], vocabulary: StatusVocabulary) {
        self.cues = cues
        self.eventVerbs = eventVerbs
        self.vocabulary = vocabulary
        lexicon = ClaimLexicon.shared(cues: cues, eventVerbs: eventVerbs, vocabulary: vocabulary)
    }

    /// Tags the text's temporal expressions against the publication date, then finds its claims.
    public func analyze(_ text: String, published: CalendarDay?) -> DocumentAnalysis {
        var text = text
        text.makeContiguousUTF8()
        return TextBytes.withBytes(of: text) { bytes in
            let dates = tagger.expressions(inUTF8: bytes, of: text, anchor: published)
            return DocumentAnalysis(dates: dates, claims: claims(in: bytes, of: text, published: published, dates: dates))
        }
    }

    /// Finds claims using temporal expressions found elsewhere (or written by hand, in tests).
    /// `dates` must carry UTF-8 offsets into `text`.
    public func analyze(_ text: String, published: CalendarDay?, dates: [TemporalExpression]) -> DocumentAnalysis {
        var text = text
        text.makeContiguousUTF8()
        return TextBytes.withBytes(of: text) { bytes in
            DocumentAnalysis(dates: dates, claims: claims(in: bytes, of: text, published: published, dates: dates))
        }
    }

    /// `bytes` are the UTF-8 of `text`.
    private func claims(in bytes: TextBytes, of text: String, published: CalendarDay?,
                        dates unsorted: [TemporalExpression]) -> [FoundClaim] {
        // The tagger gives its dates in order; sorting them anyway would copy every expression.
        let dates = unsorted.isSortedByStart ? unsorted : unsorted.sorted { $0.start < $1.start }
        var finder = ClaimFinder(lexicon: lexicon, bytes: bytes, published: published)
        finder.readsRecentPast = readsRecentPast
        return scratchPool.withScratch { workspace in
            workspace.startDocument(dates: dates)
            return claims(in: bytes, of: text, dates: dates, finder: finder, workspace: &workspace)
        }
    }

    private func claims(in bytes: TextBytes, of text: String, dates: [TemporalExpression], finder: ClaimFinder,
                        workspace: inout AnalysisScratch) -> [FoundClaim] {
        var claims: [FoundClaim] = []
        // News has about as many claims as dates: room for them up front spares the array's growth
        // steps, each an allocation and a move of every claim so far.
        claims.reserveCapacity(min(dates.count, 512) + 4)
        var dateIndex = 0
        /// The claims of the first sentence, and whether it is a headline: alone in its paragraph, and
        /// without the full stop of a sentence ("Harbour bridge to open on May 5").
        var headlineClaims = 0
        var firstParagraph = 0, firstEndsSentence = true, isHeadline = false
        let datelessFilter = lexicon.datelessFilter  // copied once, not retained and released per sentence
        for (index, sentence) in SentenceSplitter.sentences(in: bytes).enumerated() {
            if index == 0 {
                firstParagraph = sentence.paragraph
                firstEndsSentence = TextAnalyzer.endsWithStop(bytes, sentence.start..<sentence.end)
            } else if index == 1 {
                isHeadline = sentence.paragraph != firstParagraph && !firstEndsSentence
            }
            while dateIndex < dates.count, dates[dateIndex].end <= sentence.start { dateIndex += 1 }
            var dateEnd = dateIndex
            while dateEnd < dates.count, dates[dateEnd].start < sentence.end { dateEnd += 1 }
            // Most sentences have no calendar date and no strong cue: skipped before tokenizing.
            let hasCalendarDate = workspace.isCalendarDate[dateIndex..<dateEnd].contains(true)
            if !hasCalendarDate, !datelessFilter.mayHoldClaim(bytes, from: sentence.start, to: sentence.end),
               !(readsRecentPast && TextAnalyzer.mayBePerfect(bytes, sentence.start..<sentence.end)) { continue }
            // Empty: every draft of the sentence before was popped (emptying it again would go through
            // `replaceSubrange` for every sentence read).
            assert(workspace.drafts.isEmpty)
            finder.drafts(for: sentence, index: index, dates: dates[dateIndex..<dateEnd],
                          isCalendarDate: workspace.isCalendarDate[dateIndex..<dateEnd], hasCalendarDate: hasCalendarDate,
                          tokens: workspace.tokens, scratch: &workspace.finder, relations: &workspace.relations,
                          into: &workspace.drafts)
            guard !workspace.drafts.isEmpty else { continue }
            // Each draft is moved out of the array (reversed, then popped from the end), not copied: a
            // copy would retain and release every one of its strings.
            workspace.drafts.reverse()
            while var draft = workspace.drafts.popLast() {
                let isSettled = lexicon.reportsOccurrence(draft.status)
                workspace.coreference.resolve(&draft, isSettled: isSettled, history: claims)
                workspace.coreference.record(draft, isSettled: isSettled)
                if draft.sentenceIndex == 0 { headlineClaims += 1 }
                claims.append(.moving(from: &draft, bytes: bytes, text: text, statementStorage: &workspace.statement))
            }
        }
        if headlineClaims > 0, isHeadline { TextAnalyzer.dropRepeatedHeadlineClaims(&claims, headlineClaims: headlineClaims) }
        return claims
    }
}

extension TextAnalyzer {
    /// One claim per event: a headline's claim is dropped when the body tells of the same event, an
    /// event of the same kind on the same day (or on a day within the headline's, or any day when the
    /// headline gives none). The body's sentence says more: its participants, place and speaker.
    /// The text ends with ".", "!" or "?", closing quotes and spaces aside.
    static func endsWithStop(_ bytes: TextBytes, _ range: Range<Int>) -> Bool {
        var i = range.upperBound - 1
        while i >= range.lowerBound {
            let byte = bytes[i]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") { return true }
            // Spaces, ASCII quotes and the bytes of a closing curly quote are stepped over.
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
                    || byte >= 0x80 else { return false }
            i -= 1
        }
        return false
    }

    /// Whether the text has the word "has" or "have" (in lower case), for `readsRecentPast`.
    static func mayBePerfect(_ bytes: TextBytes, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound + 1
        while i + 3 < range.upperBound {
            if bytes[i] == UInt8(ascii: "h"), bytes[i + 1] == UInt8(ascii: "a"), bytes[i - 1] == 0x20,
               bytes[i + 2] == UInt8(ascii: "s") && bytes[i + 3] == 0x20
                || bytes[i + 2] == UInt8(ascii: "v") && i + 4 < range.upperBound && bytes[i + 3] == UInt8(ascii: "e") && bytes[i + 4] == 0x20 {
                return true
            }
            i += 1
        }
        return false
    }

    static func dropRepeatedHeadlineClaims(_ claims: inout [FoundClaim], headlineClaims: Int) {
        guard claims.count > headlineClaims else { return }
        var drop: [Int] = []
        for h in 0..<headlineClaims {
            guard let kind = claims[h].kind else { continue }
            let repeated = claims[headlineClaims...].contains { body in
                guard body.kind == kind, body.sentence.lowerBound > claims[h].sentence.lowerBound else { return false }
                guard let date = claims[h].eventDate else { return true }
                guard let bodyDate = body.eventDate else { return false }
                return bodyDate == date || bodyDate.hasPrefix(date + "-") || bodyDate.hasPrefix(date + "T")
            }
            if repeated { drop.append(h) }
        }
        for index in drop.reversed() { claims.remove(at: index) }
    }
}

extension Array where Element == TemporalExpression {
    /// Every expression starts at or after the one before it.
    fileprivate var isSortedByStart: Bool {
        var i = 1
        while i < count {
            if self[i].start < self[i - 1].start { return false }
            i += 1
        }
        return true
    }
}

/// Working storage for one document's analysis, kept from document to document: the tokens, the
/// finder's per-sentence scratch, the coreference history and the statement buffer, a dozen
/// arrays that would otherwise be allocated and freed for every document, which weighs on short articles.
struct AnalysisScratch {
    let tokens = TokenStorage()
    var finder = ClaimFinder.Scratch()
    /// One sentence's claims.
    var drafts: [ClaimDraft] = []
    /// The bytes of one claim's statement.
    var statement: [UInt8] = []
    var relations = ClaimFinder.DateRelationCache()
    var coreference = ClaimCoreference()
    /// Whether each date of the document is a calendar date (`ClaimFinder.isCalendarDate(type:value:)`).
    var isCalendarDate: [Bool] = []

    /// Clears what belongs to the previous document: its date relations (they depend on its
    /// publication date) and its claims for coreference. The rest is overwritten sentence by sentence.
    mutating func startDocument(dates: [TemporalExpression]) {
        relations.removeAll()
        coreference.removeAll()
        isCalendarDate.removeAll(keepingCapacity: true)
        for index in dates.indices {
            isCalendarDate.append(ClaimFinder.isCalendarDate(type: dates[index].type, value: dates[index].value))
        }
    }
}

/// Lends one `AnalysisScratch` to one analysis at a time; an analysis that runs while it is lent (on
/// another thread) works in a fresh one. The scratch is lent in place, never copied: a copy would retain
/// and release each of its two dozen arrays.
final class AnalysisScratchPool: @unchecked Sendable {
    private let isLent = Atomic<Bool>(false)
    /// Touched only by the analysis that set `isLent` (hence `@unchecked Sendable`).
    private var scratch = AnalysisScratch()

    func withScratch<Result>(_ body: (inout AnalysisScratch) -> Result) -> Result {
        guard isLent.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else {
            var fresh = AnalysisScratch()
            return body(&fresh)
        }
        defer { isLent.store(false, ordering: .releasing) }
        return body(&scratch)
    }
}
