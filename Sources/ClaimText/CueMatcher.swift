import ClaimCore

/// A cue phrase found in a sentence, with the status it asserts once negation and hedges are read.
struct CueMatch: Sendable {
    /// Token indices, end exclusive; the negation ("did not") is included when there is one.
    var tokens: Range<Int>
    /// The status after negation and hedges ("did not rule out" → `proposed`).
    var status: StatusID
    var isWeak: Bool
    /// `CueMatcher.precedence(of: status)`, worked out once: comparing `StatusID`s compares strings,
    /// and the finder ranks cues several times per claim.
    var precedence: Int
}

/// Finds cue phrases in a tokenized sentence through the lexicon's first-word index.
struct CueMatcher {
    let lexicon: ClaimLexicon

    /// Appends the sentence's cue matches to `found`, in order. Tokens marked as part of a date
    /// expression are no cue ("May 5" is not the modal "may").
    func matches(in tokens: UnsafeBufferPointer<Token>, into found: inout [CueMatch]) {
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            // Few words start a cue and fewer are part of a date: the cue test goes first.
            guard token.wordID >= 0, lexicon.hasCues(token.wordID), !token.marks.contains(.date) else { index += 1; continue }
            let starts = lexicon.cueStarts(token.wordID)
            guard !starts.isEmpty else { index += 1; continue }
            var best: (end: Int, cue: Int)?
            for cueIndex in starts {
                // The phrase's first word is this word (the phrases are listed under it): matching
                // starts at the second.
                if let end = matchEnd(Int(cueIndex), fromWord: 1, in: tokens, at: index + 1),
                   best == nil || end > best!.end {
                    best = (end, Int(cueIndex))
                }
            }
            guard let best else { index += 1; continue }
            let cues = lexicon.cues
            let isWeak = cues[best.cue].isWeak
            let negation = negationStart(tokens, cueStart: index, cueEnd: best.end, isWeak: isWeak)
            let reading = negation != nil ? cues[best.cue].whenNegated
                : isHedged(tokens, before: index) ? cues[best.cue].whenHedged : cues[best.cue].asWritten
            found.append(CueMatch(tokens: (negation ?? index)..<best.end, status: reading.status, isWeak: isWeak,
                                  precedence: reading.precedence))
            index = best.end
        }
    }

    /// The index after the last word of cue phrase `cue`, when the phrase matches at `start`, matching
    /// from its word `wordStart` on.
    private func matchEnd(_ cue: Int, fromWord wordStart: Int = 0, in tokens: UnsafeBufferPointer<Token>, at start: Int) -> Int? {
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
    private func negationStart(_ tokens: UnsafeBufferPointer<Token>, cueStart: Int, cueEnd: Int, isWeak: Bool) -> Int? {
        if tokens[cueStart].roles.contains(.negator) { return cueStart }
        if isWeak, cueEnd < tokens.count, tokens[cueEnd].roles.contains(.negator) { return cueStart }
        var i = cueStart - 1
        while i >= 0, i >= cueStart - 3 {
            let token = tokens[i]
            if token.kind == .punctuation { return nil }
            if token.roles.contains(.negator) {
                // Quote the auxiliary too: "did not rule out", "has not confirmed".
                if i > 0, CueMatcher.auxiliaries.contains(tokens[i - 1].hash) { return i - 1 }
                return i
            }
            i -= 1
        }
        return nil
    }

    static let auxiliaries = WordHashSet(["did", "does", "do", "has", "have", "had", "is", "are", "was", "were",
                                               "will", "would", "could", "can", "should", "may", "might"])

    private func isHedged(_ tokens: UnsafeBufferPointer<Token>, before start: Int) -> Bool {
        var i = start - 1
        while i >= 0, i >= start - 2 {
            if tokens[i].kind == .punctuation { return false }
            if tokens[i].roles.contains(.hedge) { return true }
            i -= 1
        }
        return false
    }

    /// What a negated or hedged cue asserts.
    ///
    /// Denying a denial or a doubt leaves the event open ("did not rule out", "did not deny" → proposed);
    /// "no agreement" or "not confirmed" leaves it proposed; "no plans", "will not" make it very unlikely;
    /// "did not take place" denies that it happened; "not postponed" confirms it. A hedge ("may agree")
    /// turns a confirmation into a proposal.
    static func effectiveStatus(_ status: StatusID, negated: Bool, hedged: Bool) -> StatusID {
        if negated {
            switch status {
            case .veryUnlikely, .denied, .confirmed: return .proposed
            case .proposed: return .veryUnlikely
            case .postponed, .cancelled: return .confirmed
            case .happened: return .denied
            default: return status
            }
        }
        if hedged, status == .confirmed { return .proposed }
        return status
    }

    /// When a sentence has several cues, the strongest statement about the event wins: a cancellation
    /// outweighs a plan, a confirmation outweighs a suggestion.
    static let postponedPrecedence = precedence(of: .postponed)

    static func precedence(of status: StatusID) -> Int {
        switch status {
        case .cancelled: return 7
        case .postponed: return 6
        case .denied: return 5
        case .veryUnlikely: return 4
        case .confirmed: return 3
        case .happened: return 2
        case .proposed: return 1
        default: return 0
        }
    }
}
