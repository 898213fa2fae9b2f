import ClaimCore
import TextKernel

/// A cue phrase found in a sentence, with the reading that applies once negation and hedges are read.
///
/// Plain data: the status is looked up in the lexicon (`status(in:)`) only for the cue a claim keeps.
/// Holding the `StatusID` string here would retain and release it for every match, and make every
/// per-sentence emptying of the match list release each element.
struct CueMatch: Sendable {
    /// Which of a phrase's readings applies.
    enum Reading: UInt8, Sendable { case asWritten, negated, hedged }

    /// Token indices, end exclusive; the negation ("did not") is included when there is one.
    var tokens: Range<Int>
    /// Index of the phrase in `ClaimLexicon.cues`.
    var cue: Int32
    /// As written, negated ("did not rule out" → a plan) or hedged ("may agree" → a plan).
    var reading: Reading
    var isWeak: Bool
    /// `CueMatcher.precedence(of:)` the status's role, worked out once: comparing `StatusID`s compares strings,
    /// and the finder ranks cues several times per claim.
    var precedence: Int
    /// `CuePhrase.kinds`: for an event's own verb, the kinds of event it reports; zero for a status cue.
    var kinds: UInt64 = 0

    /// An event's own verb ("lifted off"), which speaks only of events of its kinds.
    var isEventVerb: Bool { kinds != 0 }

    /// Whether the cue speaks of an event of kind `kind` (an index into `ClaimLexicon.kinds`, -1 for none).
    func speaks(ofKind kind: Int) -> Bool {
        kinds == 0 || kind < 0 || kind < 64 && kinds & (1 << UInt64(kind)) != 0
    }

    /// The status the cue asserts, once negation and hedges are read.
    func status(in lexicon: ClaimLexicon) -> StatusID {
        switch reading {
        case .asWritten: return lexicon.cues[Int(cue)].asWritten.status
        case .negated: return lexicon.cues[Int(cue)].whenNegated.status
        case .hedged: return lexicon.cues[Int(cue)].whenHedged.status
        }
    }
}

/// Finds cue phrases in a tokenized sentence through the lexicon's first-word index.
struct CueMatcher {
    let lexicon: ClaimLexicon

    /// Appends the sentence's cue matches to `found`, in order. Tokens marked as part of a date
    /// expression are no cue ("May 5" is not the modal "may").
    func matches(in tokens: TokenList, into found: inout [CueMatch]) {
        // A condition ("if", "unless", "on the condition that") leaves an agreement open: the sentence's
        // confirmations read as proposals. Looked for once, at the first confirmation.
        var isConditional: Bool?
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            // Few words start a cue and fewer are part of a date: the cue test goes first.
            guard token.wordID >= 0, lexicon.hasCues(token.wordID), !token.marks.contains(.date) else { index += 1; continue }
            guard let best = longestCue(at: index, in: tokens) else { index += 1; continue }
            // "its planned orbit": a plan word before a noun that names no event describes that noun.
            if lexicon.cues[best.cue].asWritten.precedence == CueMatcher.planPrecedence, best.end == index + 1, index > 0, best.end < tokens.count,
               CueMatcher.determiners.contains(tokens[index - 1].hash), tokens[best.end].kind == .word,
               !tokens[best.end].isCapitalized, tokens[best.end].eventKind < 0,
               tokens[best.end].roles.isDisjoint(with: [.anaphor, .functionWord, .dateAnaphor]) {
                index = best.end
                continue
            }
            // "will not take place before the elections": not before is later, a delay, not a cancellation.
            if lexicon.cues[best.cue].asWritten.precedence == CueMatcher.cancellationPrecedence, best.end < tokens.count,
               CueMatcher.laterWords.contains(tokens[best.end].hash),
               (index..<best.end).contains(where: { tokens[$0].roles.contains(.negator) }) {
                index = best.end
                continue
            }
            // "as planned", "later than expected", "as originally scheduled": the plan is the yardstick
            // of what happened, not a plan, nor a move.
            // ("later than first planned", "as originally expected": past an adverb of the former plan.)
            var before = index - 1
            if before > 0, CueMatcher.formerPlanAdverbs.contains(tokens[before].hash) { before -= 1 }
            if before >= 0, CueMatcher.comparisonWords.contains(tokens[before].hash),
               lexicon.cues[best.cue].asWritten.precedence == CueMatcher.planPrecedence
                || lexicon.cues[best.cue].asWritten.precedence == CueMatcher.confirmationPrecedence
                || lexicon.cues[best.cue].asWritten.precedence == CueMatcher.postponedPrecedence {
                index = best.end
                continue
            }
            // The phrase's fields are read in place: a copy of the `CuePhrase` retained its four statuses.
            let isWeak = lexicon.cues[best.cue].isWeak
            let negation = negationStart(tokens, cueStart: index, cueEnd: best.end, isWeak: isWeak)
            var reading: CueMatch.Reading = negation != nil ? .negated : isHedged(tokens, before: index) ? .hedged : .asWritten
            if reading == .asWritten, lexicon.cues[best.cue].whenHedged.status != lexicon.cues[best.cue].asWritten.status {
                // "agreed in principle", "agreed, on condition that …".
                if isInPrinciple(tokens, after: best.end) { reading = .hedged } else {
                    if isConditional == nil { isConditional = tokens.contains { CueMatcher.conditionWords.contains($0.hash) } }
                    if isConditional! { reading = .hedged }
                }
            }
            let precedence = switch reading {
            case .asWritten: lexicon.cues[best.cue].asWritten.precedence
            case .negated: lexicon.cues[best.cue].whenNegated.precedence
            case .hedged: lexicon.cues[best.cue].whenHedged.precedence
            }
            found.append(CueMatch(tokens: (negation ?? index)..<best.end, cue: Int32(best.cue), reading: reading,
                                  isWeak: isWeak, precedence: precedence, kinds: lexicon.cues[best.cue].kinds))
            index = best.end
        }
    }

    /// The longest cue phrase that starts with the word at `start` and matches there: its index in
    /// `lexicon.cues` and the index after its last word (of equally long ones, the first listed).
    ///
    /// Most phrases are one or two words, and the second word of most does not follow: those are
    /// settled in a first pass without a call to `matchEnd` that would compare one hash. The
    /// few longer phrases whose second word may follow are matched in a second pass: with a call in
    /// the first, the list of phrases would be retained and released for every cue word.
    private func longestCue(at start: Int, in tokens: TokenList) -> (cue: Int, end: Int)? {
        let words = lexicon.cueHashes
        let id = tokens[start].wordID
        let next = start + 1
        let nextHash = next < tokens.count ? tokens[next].hash : 0
        var best: (position: Int, cue: Int, end: Int)?
        var hasLongerCandidate = false
        for (position, cueIndex) in lexicon.cueStarts(id).enumerated() {
            let cue = Int(cueIndex), count = words.count(of: cue)
            var end = next
            if count > 1 {
                // The phrase's first word is this word (the phrases are listed under it): matching
                // starts at the second, which is a gap (0) or must be the next word.
                let second = words.word(1, of: cue)
                guard second == 0 || second == nextHash else { continue }
                guard count == 2, second != 0 else { hasLongerCandidate = true; continue }
                end = next + 1
            }
            if best.isNone || end > best!.end { best = (position, cue, end) }
        }
        if hasLongerCandidate {
            for (position, cueIndex) in lexicon.cueStarts(id).enumerated() {
                let cue = Int(cueIndex), count = words.count(of: cue)
                guard count > 1 else { continue }
                let second = words.word(1, of: cue)
                guard second == 0 || second == nextHash, count > 2 || second == 0,
                      let end = matchEnd(cue, fromWord: 1, in: tokens, at: next) else { continue }
                if best.isNone || end > best!.end || end == best!.end && position < best!.position { best = (position, cue, end) }
            }
        }
        return best.map { ($0.cue, $0.end) }
    }

    /// The index after the last word of cue phrase `cue`, when the phrase matches at `start`, matching
    /// from its word `wordStart` on.
    private func matchEnd(_ cue: Int, fromWord wordStart: Int = 0, in tokens: TokenList, at start: Int) -> Int? {
        let words = lexicon.cueHashes
        let count = words.count(of: cue)
        var position = start
        var wordIndex = wordStart
        while wordIndex < count {
            let word = words.word(wordIndex, of: cue)
            if word == 0 {
                // A gap: the rest of the phrase must follow within the gap limit.
                let rest = wordIndex + 1
                guard rest < count else { return position }
                var tryAt = position
                while tryAt <= min(tokens.count - 1, position + CuePhrase.gapLimit) {
                    if tokens[tryAt].kind == .punctuation && tokens[tryAt].mark != 0
                        && tokens[tryAt].mark != UInt8(ascii: "\"") { return nil }
                    if let end = matchEnd(cue, fromWord: rest, in: tokens, at: tryAt) { return end }
                    tryAt += 1
                }
                return nil
            }
            guard position < tokens.count, tokens[position].hash == word else { return nil }
            position += 1
            wordIndex += 1
        }
        return position
    }

    /// Where a negation of the cue starts: "not", "no", "never", "didn't" up to three words before it
    /// ("did not rule out", "no final agreements"), the cue itself ("won't"), or "not" right after a
    /// modal ("will not").
    private func negationStart(_ tokens: TokenList, cueStart: Int, cueEnd: Int, isWeak: Bool) -> Int? {
        // "no earlier than", "no such": a phrase listed with its negator means what it says.
        if tokens[cueStart].roles.contains(.negator) { return cueEnd - cueStart > 1 ? nil : cueStart }
        if isWeak, cueEnd < tokens.count, tokens[cueEnd].roles.contains(.negator) { return cueStart }
        var i = cueStart - 1
        var words = 0
        while i >= 0, words < 3 {
            let token = tokens[i]
            // Quotation marks do not end the scope: was "certainly not" planned.
            if token.kind == .punctuation {
                guard CueMatcher.isQuote(token) else { return nil }
                i -= 1
                continue
            }
            words += 1
            if token.roles.contains(.negator) {
                // Quote the auxiliary too: "did not rule out", "has not confirmed".
                if i > 0, CueMatcher.auxiliaries.contains(tokens[i - 1].hash) { return i - 1 }
                return i
            }
            i -= 1
        }
        return nil
    }

    /// A quotation mark: ASCII `"` or `'`, or a non-ASCII mark that is not a dash.
    static func isQuote(_ token: Token) -> Bool {
        token.mark == UInt8(ascii: "\"") || token.mark == UInt8(ascii: "'") || token.mark == 0
    }

    static let auxiliaries = WordHashSet(["did", "does", "do", "has", "have", "had", "is", "are", "was", "were",
                                               "will", "would", "could", "can", "should", "may", "might"])

    static let comparisonWords = WordHashSet(["as", "than"])
    static let formerPlanAdverbs = WordHashSet(["first", "originally", "initially", "previously", "earlier"])
    static let laterWords = WordHashSet(["before", "until", "till", "yet"])
    static let determiners = WordHashSet(["the", "a", "an", "its", "their", "his", "her", "our", "this", "these"])
    static let conditionWords = WordHashSet(["if", "unless", "provided", "providing", "condition", "conditions", "conditional",
                                             "conditioned"])
    static let hashIn = SentenceTokenizer.hash(of: "in")
    static let hashPrinciple = SentenceTokenizer.hash(of: "principle")

    /// "agreed in principle to …".
    private func isInPrinciple(_ tokens: TokenList, after end: Int) -> Bool {
        end + 1 < tokens.count && tokens[end].hash == CueMatcher.hashIn && tokens[end + 1].hash == CueMatcher.hashPrinciple
    }

    private func isHedged(_ tokens: TokenList, before start: Int) -> Bool {
        var i = start - 1
        while i >= 0, i >= start - 2 {
            if tokens[i].kind == .punctuation { return false }
            if tokens[i].roles.contains(.hedge) { return true }
            i -= 1
        }
        return false
    }

    /// The role a negated or hedged cue asserts.
    ///
    /// Denying a denial or a doubt leaves the event open ("did not rule out", "did not deny" → plan);
    /// "no agreement" or "not confirmed" leaves it a plan; "no plans", "will not" put it in doubt;
    /// "did not take place" denies that it happened; "not postponed" confirms it. A hedge ("may agree")
    /// turns a confirmation into a plan.
    static func effectiveRole(_ role: StatusRole, negated: Bool, hedged: Bool) -> StatusRole {
        if negated {
            switch role {
            case .doubt, .denial, .confirmation: return .plan
            case .plan: return .doubt
            case .postponement, .cancellation: return .confirmation
            case .occurrence: return .denial
            }
        }
        if hedged, role == .confirmation { return .plan }
        return role
    }

    /// `precedence(of: .cancellation)`, `.postponement`, `.confirmation`, `.occurrence` and `.plan`, written out: a
    /// `static let` worked out by a call would check its one-time initialization for every sentence
    /// whose dates are paired (a test checks that they agree).
    static let cancellationPrecedence = 7
    static let postponedPrecedence = 6
    static let confirmationPrecedence = 3
    static let occurrencePrecedence = 2
    static let planPrecedence = 1

    /// When a sentence has several cues, the strongest statement about the event wins: a cancellation
    /// outweighs a plan, a confirmation outweighs a suggestion. A status without a role comes last.
    static func precedence(of role: StatusRole?) -> Int {
        switch role {
        case .cancellation: return 7
        case .postponement: return 6
        case .denial: return 5
        case .doubt: return 4
        case .confirmation: return 3
        case .occurrence: return 2
        case .plan: return 1
        case nil: return 0
        }
    }
}
