extension TemporalParser {
    /// Reads the tense of the clause around an expression: the nearest cue before it in the same clause
    /// ("will", "was", "announced", "scheduled"), or else the nearest one after it ("On Monday, Apple unveiled").
    ///
    /// The backward look stops at "that": in "the ministry reported that Moscow considers January 10 a
    /// possible date" the reporting verb dates the report, not the event.
    /// Only called for expressions whose year or week depends on it, so it costs nothing on most text.
    func tense(before start: Int, after end: Int) -> ClauseTense {
        var token = scanner.token(before: start)
        var steps = 0
        while steps < 16 && !token.isBoundary {
            if token.kind == .word && token.lexeme.kind == .clauseStart { break }
            if let tense = cue(token) { return tense }
            token = scanner.token(before: token.start)
            steps += 1
        }
        token = scanner.token(at: end)
        steps = 0
        while steps < 12 && !token.isBoundary {
            if let tense = cue(token) { return tense }
            token = scanner.token(after: token)
            steps += 1
        }
        return .unknown
    }

    /// What one word says about tense, or nil when it says nothing.
    private func cue(_ token: TemporalToken) -> ClauseTense? {
        guard token.kind == .word else { return nil }
        switch token.lexeme.kind {
        case .futureCue:
            return .future
        case .pastCue:
            // "will be held", "has been sold": a participle after a form of "be" leaves the auxiliary to decide.
            return isAfterBe(token) ? nil : .past
        case .ago:
            return .past
        case .deictic:
            switch DeicticWord(rawValue: token.lexeme.value) {
            case .yesterday: return .past
            case .tomorrow: return .future
            default: return nil
            }
        case .beForm:
            // "to be held", "may be delayed" point ahead; "is", "are" say nothing.
            guard token.length == 2, scanner.byte(at: token.start) | 0x20 == UInt8(ascii: "b") else { return nil }
            let previous = scanner.token(before: token.start)
            switch previous.lexeme.kind {
            case .infinitiveTo, .modalVerb, .futureCue: return .future
            case .month where previous.lexeme.value == 5 && !previous.isCapitalized: return .future  // "may be"
            default: return nil
            }
        case .none:
            return looksLikePastVerb(token) && !isAfterBe(token) ? .past : nil
        default:
            return nil
        }
    }

    /// A lowercase word ending in "-ed" such as "announced" or "signed" (irregular verbs are in the lexicon).
    private func looksLikePastVerb(_ token: TemporalToken) -> Bool {
        guard token.length >= 4, !token.isCapitalized else { return false }
        return scanner.byte(at: token.end - 1) == UInt8(ascii: "d") && scanner.byte(at: token.end - 2) == UInt8(ascii: "e")
            && scanner.byte(at: token.end - 3) != UInt8(ascii: "e")
    }

    private func isAfterBe(_ token: TemporalToken) -> Bool {
        scanner.token(before: token.start).lexeme.kind == .beForm
    }
}
