import ClaimCore
import TextKernel

/// A claim about an event found in one sentence: what is said to happen, when, who takes part, who says
/// so, and the status the sentence asserts.
public struct FoundClaim: Hashable, Sendable {
    /// A short readable description: "Russia and the United States hold talks on security".
    public var statement: String
    /// The TIMEX3 value of the event's date ("2022-01-10", "2022-01"), nil when none is given or implied.
    public var eventDate: String?
    /// The expression the date comes from; it may sit in an earlier sentence when the date is implied
    /// ("a meeting on that date").
    public var dateExpression: TemporalExpression?
    /// talks, meeting, summit, visit, vote, election, launch, release, hearing, deadline …
    public var kind: String?
    /// "Russia", "United States", "NATO", "Biden" …
    public var participants: [String]
    public var place: String?
    /// "the White House", "State Department spokesman Ned Price", "Reuters".
    public var saidBy: String?
    /// What the sentence asserts about the event.
    public var status: StatusID
    /// The cue phrase as it appears in the text ("scheduled for", "did not rule out").
    public var cue: String
    /// The sentence, trimmed.
    public var quote: String {
        guard let quoteRange else { return quoteSource }
        return quoteSource.utf8.withContiguousStorageIfAvailable { String(decoding: $0[quoteRange], as: UTF8.self) }
            ?? String(decoding: Array(quoteSource.utf8)[quoteRange], as: UTF8.self)
    }
    /// UTF-8 byte offsets of the sentence in the analysed text, end exclusive.
    public var sentence: Range<Int>
    /// The sentence reports, in the present perfect and with no date, an event that has just taken
    /// place ("have defeated Boeing for the contract"); read only where past events are recorded.
    public var reportsRecentPast = false

    /// The quote, or the whole analysed text with the quote's UTF-8 offsets in `quoteRange`. The
    /// analyser keeps the text, not a copy of each sentence: a string per sentence would be made (its
    /// bytes validated again), kept and freed for every claim found, while the JSON output, the main
    /// use of extraction, writes the quote from the document's bytes without reading it here.
    private var quoteSource: String
    private var quoteRange: Range<Int>?

    public init(statement: String, eventDate: String? = nil, dateExpression: TemporalExpression? = nil, kind: String? = nil,
                participants: [String] = [], place: String? = nil, saidBy: String? = nil, status: StatusID, cue: String,
                quote: String, sentence: Range<Int>) {
        self.init(statement: statement, eventDate: eventDate, dateExpression: dateExpression, kind: kind,
                  participants: participants, place: place, saidBy: saidBy, status: status, cue: cue,
                  quoteSource: quote, quoteRange: nil, sentence: sentence)
    }

    /// A claim read by a `TextAnalyzer`: it takes its fields out of `draft`, leaving it empty. Each is
    /// moved (swapped with an empty value), not copied: built from a consumed draft, every string and
    /// array would be retained for the claim and released with the draft. The quote is kept as the sentence's
    /// range of the analysed `text`; `bytes` are the UTF-8 of `text`, and `statementStorage` is scratch
    /// space for the statement.
    ///
    /// (The compiler still builds the claim in a temporary and copies it out: a dozen references
    /// retained, then released with the temporary; Benchmarks/NOTES.md lists what did not remove it.)
    static func moving(from draft: inout ClaimDraft, bytes: TextBytes, text: String,
                       statementStorage: inout [UInt8]) -> FoundClaim {
        let value = draft.date?.value
        // The fallback text is only read for a claim without a kind.
        let fallback = draft.kind.isNone ? bytes.string(draft.fallback) : ""
        let statement = ClaimStatement.make(kind: draft.kind, participants: draft.participants, topic: draft.topic,
                                            place: draft.place, date: value, isAfterDate: draft.isAfterDate, fallback: fallback,
                                            storage: &statementStorage)
        var claim = FoundClaim(
            statement: statement, eventDate: draft.isAfterDate ? nil : value, dateExpression: moved(&draft.date, leaving: nil),
            kind: moved(&draft.kind, leaving: nil), participants: moved(&draft.participants, leaving: []),
            place: moved(&draft.place, leaving: nil), saidBy: moved(&draft.saidBy, leaving: nil),
            status: moved(&draft.status, leaving: ""), cue: moved(&draft.cue, leaving: ""),
            quoteSource: text, quoteRange: draft.sentence, sentence: draft.sentence)
        claim.reportsRecentPast = draft.reportsRecentPast
        return claim
    }

    private init(statement: String, eventDate: String?, dateExpression: TemporalExpression?, kind: String?,
                 participants: [String], place: String?, saidBy: String?, status: StatusID, cue: String,
                 quoteSource: String, quoteRange: Range<Int>?, sentence: Range<Int>) {
        self.statement = statement
        self.eventDate = eventDate
        self.dateExpression = dateExpression
        self.kind = kind
        self.participants = participants
        self.place = place
        self.saidBy = saidBy
        self.status = status
        self.cue = cue
        self.quoteSource = quoteSource
        self.quoteRange = quoteRange
        self.sentence = sentence
    }

    // Equal claims say the same things, whether their quote is kept alone or within its text.
    public static func == (lhs: FoundClaim, rhs: FoundClaim) -> Bool {
        lhs.statement == rhs.statement && lhs.eventDate == rhs.eventDate && lhs.dateExpression == rhs.dateExpression
            && lhs.kind == rhs.kind && lhs.participants == rhs.participants && lhs.place == rhs.place
            && lhs.saidBy == rhs.saidBy && lhs.status == rhs.status && lhs.cue == rhs.cue && lhs.sentence == rhs.sentence
            && lhs.quote == rhs.quote
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(statement)
        hasher.combine(eventDate)
        hasher.combine(sentence.lowerBound)
        hasher.combine(quote)
    }
}

/// What the analysis of one document found: its temporal expressions and its event claims.
public struct DocumentAnalysis: Sendable {
    public var dates: [TemporalExpression]
    public var claims: [FoundClaim]

    public init(dates: [TemporalExpression], claims: [FoundClaim]) {
        self.dates = dates
        self.claims = claims
    }
}

/// The value of `field`, replaced by `empty` without copying either: a swap exchanges the bits and
/// touches no reference count.
private func moved<Value>(_ field: inout Value, leaving empty: Value) -> Value {
    var value = empty
    swap(&value, &field)
    return value
}
