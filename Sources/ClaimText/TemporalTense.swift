import TextKernel

extension TemporalParser {
    /// Reads the tense of the clause around an expression: the nearest cue before it in the same clause
    /// ("will", "was", "announced", "scheduled"), or else the nearest one after it ("On Monday, Apple unveiled").
    ///
    /// The backward look stops where a clause starts ("that", "but"): in "the ministry reported that Moscow
    /// considers January 10 a possible date" the reporting verb dates the report, not the event. For the
    /// same reason a reporting verb ("said") counts only right next to the expression ("said on Monday").
    /// Only called for expressions whose year or week depends on it, so it costs nothing on most text.
    func tense(before start: Int, after end: Int) -> ClauseTense {
        var token = scanner.token(before: start)
        if isNewDateOfAPostponement(after: token) || isEarliestDate(after: token) { return .future }
        if isDeadline(after: token, end: end) { return .future }
        let slot = rescheduleSlot(before: token)
        var steps = 0
        while steps < 16 && !isClauseEnd(token) {
            if token.kind == .word && token.lexeme.kind == .clauseStart { break }
            // "has pushed back its decision by three months, to July 12": the new date lies ahead whatever the
            // tense; "moved the vote from June to July": the old date may lie either side of the report.
            if slot != .none && token.kind == .word && token.lexeme.kind == .rescheduleVerb {
                return slot == .newDate ? .future : .unknown
            }
            // `cue` reads the word before some words ("was" before "held"); the look back goes on from that same word.
            var previous: TemporalToken?
            if let tense = cue(token, distance: steps, previous: &previous) { return tense }
            steps += 1
            token = previous ?? scanner.scanToken(before: startOfSilentTokens(before: token.start, steps: &steps))
        }
        token = scanner.token(at: end)
        steps = 0
        while steps < 16 && !isClauseEnd(token) {
            // "told a news conference on Tuesday that the blockade might be extended": the clause after is another.
            if token.kind == .word && token.lexeme.kind == .clauseStart { break }
            var previous: TemporalToken?
            if let tense = cue(token, distance: steps, previous: &previous) { return tense }
            token = scanner.token(after: token)
            steps += 1
        }
        return .unknown
    }

    /// Whether `token` ends the stretch the tense is read from: a sentence boundary other than the point of an
    /// abbreviation or a decimal (`isInnerPoint`).
    private func isClauseEnd(_ token: TemporalToken) -> Bool {
        guard token.isBoundary else { return false }
        return !(token.kind == .punctuation && token.number == 0x2E && isInnerPoint(token.start))
    }

    /// Whether the full stop at `index` sits inside a sentence: between digits ("840.8"), or after a letter with a
    /// lowercase word or a number next ("Sept. 14", "U.S. officials", "Corp. said"). A sentence seldom starts
    /// with either.
    func isInnerPoint(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let bytes = scanner.bytes
        let before = bytes[index - 1]
        var next = index + 1
        guard next < bytes.count else { return false }
        if before &- 0x30 < 10 { return bytes[next] &- 0x30 < 10 }
        guard (before | 0x20) &- 0x61 < 26 else { return false }
        while next < bytes.count && bytes[next] == 0x20 { next += 1 }
        guard next < bytes.count else { return false }
        let following = bytes[next]
        return following &- 0x61 < 26 || following &- 0x30 < 10
    }

    /// Whether the sentence around `start..<end` has a word that can make `tense(before: start, after: end)` future:
    /// a future cue ("will", "expected"), a rescheduling verb ("postponed to"), "tomorrow" or "be" (see `cue` and
    /// `isNewDateOfAPostponement`; neither reads past the sentence). When it has none, the tense is not future, and a
    /// caller that asks only that is spared the look-back (in "their best day in a month" the look-back costs more
    /// than reading the sentence forwards from its start). True too when the sentence runs into
    /// the last 16 bytes of the text, which are left unread.
    func sentenceMayPointAhead(_ start: Int, _ end: Int) -> Bool {
        let base = scanner.bytes
        guard !base.isEmpty else { return true }
        let classes = scanner.classes
        let count = scanner.bytes.count
        // Back to the sentence start: the byte after the last boundary (`TemporalToken.isBoundary`), sixteen bytes at a
        // time up to the sixteen that hold it (eight at a time, this step cost three times as much).
        var index = start
        while index >= 16 {
            if base.sentenceEnds(at: index - 16) != 0 { break }
            index -= 16
        }
        while index > 0 {
            let byte = base[index - 1]
            let byteClass = classes[Int(byte)]
            if byteClass == TemporalByteClass.newline
                || (byteClass == TemporalByteClass.punctuation && Self.isSentenceEnd(byte)) { break }
            index -= 1
        }
        // Forwards to its end, over whole runs of letters and digits, as the scanner makes tokens of them.
        let filter = Self.futureWordFilter
        while index + 16 <= count {
            let byte = base[index]
            let byteClass = classes[Int(byte)]
            if byteClass == TemporalByteClass.letter {
                let wordEnd: Int
                let low = base.word(at: index)
                let letters = TemporalScanner.letterPrefixLength(low)
                if letters < 8 && base[index + letters] &- 0x30 >= 10 {
                    // A word of letters only, under eight: measured and keyed from one load, as the tagger's skipper
                    // does, at half the cost of `wordAndLexeme`, which reads digits too.
                    wordEnd = index + letters
                    let filterKey = (low | 0x2020_2020_2020_2020) &<< UInt64(truncatingIfNeeded: 64 &- 8 &* letters)
                    if filter.mayContain(filterKey, length: letters),
                       canPointAhead(scanner.lexeme(index, wordEnd), start: index, end: wordEnd) { return true }
                } else {
                    let lexeme: TemporalLexeme
                    (wordEnd, lexeme) = scanner.wordAndLexeme(at: index, filter: filter)
                    if canPointAhead(lexeme, start: index, end: wordEnd) { return true }
                }
                // Most words end at one space: step over it in the same round.
                index = base[wordEnd] == 0x20 ? wordEnd + 1 : wordEnd
            } else if byteClass == TemporalByteClass.digit {
                // A number, with any letters and digits after it ("10am", "737MAX2"): no cue word.
                index += 1
                while index < count && classes[Int(base[index])] &- 1 < 2 { index += 1 }
            } else if index >= end && (byteClass == TemporalByteClass.newline
                        || (byteClass == TemporalByteClass.punctuation && Self.isSentenceEnd(byte))) {
                return false
            } else {
                index += 1
            }
        }
        return true
    }

    /// The punctuation `TemporalToken.isBoundary` reads as a sentence end.
    private static func isSentenceEnd(_ byte: UInt8) -> Bool {
        byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3B
    }

    /// The words `sentenceMayPointAhead` looks for. Every form of "be" passes ("is", "are"); `canPointAhead` keeps
    /// only "be".
    private static let futureWordFilter: WordLengthFilter =
        TemporalLexicon.shared.makeWordFilter {
            $0.kind == .futureCue || $0.kind == .rescheduleVerb || $0.kind == .beForm
                || ($0.kind == .deictic && $0.value == DeicticWord.tomorrow.rawValue)
        }

    /// Whether a word with this lexicon entry can start a `.future` reading in `tense(before:after:)`.
    private func canPointAhead(_ lexeme: TemporalLexeme, start: Int, end: Int) -> Bool {
        switch lexeme.kind {
        case .futureCue, .rescheduleVerb: return true
        case .deictic: return lexeme.value == DeicticWord.tomorrow.rawValue
        case .beForm: return end - start == 2 && scanner.bytes[start] | 0x20 == UInt8(ascii: "b")
        default: return false
        }
    }

    /// Steps back from `position` over the tokens the look-back passes by without a word about tense, counting each
    /// in `steps` (up to the look-back's 16): marks that end no sentence, and words `isSilent` accepts. Returns where
    /// it stopped; the token before that is read in full. Such words are skipped here on their bytes, at well under
    /// half the cost of building them as tokens: the look-back from "in a month" in "rose two percent after the
    /// announcement, their best day in a month" passes nine of them.
    private func startOfSilentTokens(before position: Int, steps: inout Int) -> Int {
        let bytes = scanner.bytes
        let classes = scanner.classes
        var position = position
        while steps < 16 {
            var index = position
            while index > 0 && classes[Int(bytes[index - 1])] == TemporalByteClass.blank { index -= 1 }
            guard index > 0 else { break }
            let last = bytes[index - 1]
            let lastClass = classes[Int(last)]
            if lastClass == TemporalByteClass.punctuation {
                // A one-byte token; `.`, `!`, `?` and `;` end the look-back (see `TemporalToken.isBoundary`), but not
                // the point of an abbreviation or a decimal ("Sept. 14", "U.S. officials", "840.8 million").
                guard (last != 0x2E || isInnerPoint(index - 1)) && last != 0x21 && last != 0x3F && last != 0x3B else { break }
                position = index - 1
                steps += 1
                continue
            }
            guard let (start, lexeme) = scanner.shortWord(endingAt: index), isSilent(start, index, lexeme) else { break }
            position = start
            steps += 1
        }
        return position
    }

    /// Whether `cue` says nothing of the word in `start..<end` and leaves the look-back to go on before it.
    private func isSilent(_ start: Int, _ end: Int, _ lexeme: TemporalLexeme) -> Bool {
        switch lexeme.kind {
        case .clauseStart, .reportingVerb, .rescheduleVerb, .futureCue, .pastCue, .ago, .deictic:
            return false
        case .beForm:
            return end - start != 2 || scanner.bytes[start] | 0x20 != UInt8(ascii: "b")
        case .infinitiveTo:
            // "is to", "are to" (a plan) is read by `cue`; any other "to" says nothing.
            return !isPlanInfinitive(toStart: start)
        case .none:
            let first = scanner.bytes[start]
            return !looksLikePastVerb(start: start, end: end, isCapitalized: first >= 0x41 && first <= 0x5A)
        default:
            return true
        }
    }

    /// "postponed to May 30", "delayed until Friday", "pushed back to March", "pushed into February", "postponed
    /// until after January 10": the new date lies ahead. `preposition` is the token right before the date.
    private func isNewDateOfAPostponement(after preposition: TemporalToken) -> Bool {
        var preposition = preposition
        if preposition.kind == .word, preposition.lexeme.kind == .preposition,
           preposition.lexeme.value == TemporalPreposition.after.rawValue {
            preposition = scanner.token(before: preposition.start)
        }
        let isTo = preposition.lexeme.kind == .infinitiveTo
            || (preposition.lexeme.kind == .preposition && (preposition.lexeme.value == TemporalPreposition.until.rawValue
                || preposition.lexeme.value == TemporalPreposition.into.rawValue))
        guard preposition.kind == .word, isTo else { return false }
        // "pushed back to", "extended its deadline until", "postponed the vote to": up to three plain words between.
        var verb = scanner.token(before: preposition.start)
        for _ in 0..<3 {
            guard verb.kind == .word else { return false }
            if verb.lexeme.kind == .rescheduleVerb { return true }
            guard verb.lexeme.kind == .none || verb.lexeme.kind == .the || verb.lexeme.kind == .article else { return false }
            verb = scanner.token(before: verb.start)
        }
        return verb.kind == .word && verb.lexeme.kind == .rescheduleVerb
    }

    /// "until Tuesday to sign", "until 9 a.m. Friday to respond": the time allowed for something still to be done.
    /// `preposition` is the token right before the date, `end` where the date ends.
    private func isDeadline(after preposition: TemporalToken, end: Int) -> Bool {
        guard preposition.kind == .word, preposition.lexeme.kind == .preposition,
              preposition.lexeme.value == TemporalPreposition.until.rawValue else { return false }
        let to = scanner.token(at: end)
        guard to.kind == .word, to.lexeme.kind == .infinitiveTo else { return false }
        let verb = scanner.token(after: to)
        return verb.kind == .word && !verb.isCapitalized && verb.lexeme.kind != .the && verb.lexeme.kind != .article
    }

    /// What a rescheduling verb further back in the clause makes of a date after `preposition`: the new date
    /// ("to", "until", "until after") or the old one ("from").
    private enum RescheduleSlot { case none, newDate, oldDate }

    private func rescheduleSlot(before preposition: TemporalToken) -> RescheduleSlot {
        var preposition = preposition
        guard preposition.kind == .word else { return .none }
        if preposition.lexeme.kind == .preposition, preposition.lexeme.value == TemporalPreposition.after.rawValue {
            preposition = scanner.token(before: preposition.start)
            guard preposition.kind == .word else { return .none }
        }
        if preposition.lexeme.kind == .infinitiveTo { return .newDate }
        guard preposition.lexeme.kind == .preposition else { return .none }
        switch TemporalPreposition(rawValue: preposition.lexeme.value) {
        case .until, .into: return .newDate  // "pushed the vote into February"
        case .from: return .oldDate
        default: return .none
        }
    }

    /// "as soon as Tuesday", "as early as next week": the earliest date of something still ahead. `as` is the token
    /// right before the date.
    private func isEarliestDate(after preposition: TemporalToken) -> Bool {
        guard preposition.kind == .word, preposition.lexeme.kind == .preposition,
              preposition.lexeme.value == TemporalPreposition.as.rawValue else { return false }
        let adverb = scanner.token(before: preposition.start)
        let isEarliest = adverb.kind == .word
            && (adverb.lexeme.kind == .reference && adverb.lexeme.value == 2
                || adverb.lexeme.kind == .edge && adverb.lexeme.value == TimexModifier.start.rawValue)
        guard isEarliest else { return false }
        let first = scanner.token(before: adverb.start)
        return first.kind == .word && first.lexeme.kind == .preposition && first.lexeme.value == TemporalPreposition.as.rawValue
    }

    /// What one word says about tense, or nil when it says nothing. `distance` counts the tokens between
    /// the word and the expression. Some words need the one before them ("been held"): `previous` keeps it once read.
    private func cue(_ token: TemporalToken, distance: Int, previous: inout TemporalToken?) -> ClauseTense? {
        guard token.kind == .word else { return nil }
        switch token.lexeme.kind {
        case .reportingVerb:
            return distance <= 1 ? .past : nil
        case .rescheduleVerb:
            return isAfterBe(token, previous: &previous) ? nil : .past
        case .futureCue:
            // "had been scheduled to expire Friday": a plan made before, which "had" dates.
            if isAfterHadBeen(token) { return nil }
            // "is set to open", "a vote set for Friday" point ahead; "the record set on Aug. 6", "set aside his
            // plans on Friday" are a past verb.
            if isSetWithoutPlan(token) { return .past }
            return .future
        case .pastCue:
            // "has been scheduled", "had been set": a perfect of a scheduling word still points ahead.
            if isPerfectOfSchedulingWord(token) { return .future }
            // "will be held", "has been sold": a participle after a form of "be" leaves the auxiliary to decide;
            // after "a", "an", "the" the word is a noun ("the cut takes effect", "a hit", "the left").
            let before = self.previous(token, cached: &previous)
            if before.kind == .word && (before.lexeme.kind == .beForm || before.lexeme.kind == .article
                                        || before.lexeme.kind == .the) { return nil }
            return .past
        case .ago:
            return .past
        case .infinitiveTo:
            // "is to resume trading Tuesday", "are to meet": a plan.
            let before = self.previous(token, cached: &previous)
            return before.kind == .word && before.lexeme.kind == .beForm && before.length >= 2
                && scanner.byte(at: before.start) | 0x20 != UInt8(ascii: "b") ? .future : nil
        case .deictic:
            switch DeicticWord(rawValue: token.lexeme.value) {
            case .yesterday: return .past
            case .tomorrow: return .future
            default: return nil
            }
        case .beForm:
            // "to be held", "may be delayed" point ahead; "is", "are" say nothing.
            guard token.length == 2, scanner.byte(at: token.start) | 0x20 == UInt8(ascii: "b") else { return nil }
            let before = self.previous(token, cached: &previous)
            switch before.lexeme.kind {
            case .infinitiveTo, .modalVerb, .futureCue: return .future
            case .month where before.lexeme.value == 5 && !before.isCapitalized: return .future  // "may be"
            default: return nil
            }
        case .none:
            guard looksLikePastVerb(token) else { return nil }
            let before = self.previous(token, cached: &previous)
            // "will be held", "a still unspecified date in January", "the delayed launch": no past verb.
            return before.lexeme.kind == .beForm || isAttributive(after: before) ? nil : .past
        default:
            return nil
        }
    }

    /// Whether "is" or "are" comes right before the "to" at `toStart` ("the stock is to resume trading"), read from
    /// the bytes: "to" is frequent in the look-back, and a token read for each cost more than this.
    private func isPlanInfinitive(toStart: Int) -> Bool {
        var index = toStart
        while index > 0 && scanner.bytes[index - 1] == 0x20 { index -= 1 }
        func letter(_ position: Int) -> UInt8 { position >= 0 ? scanner.bytes[position] | 0x20 : 0 }
        func isBoundary(_ position: Int) -> Bool {
            position < 0 || scanner.classes[Int(scanner.bytes[position])] != TemporalByteClass.letter
        }
        if letter(index - 2) == UInt8(ascii: "i") && letter(index - 1) == UInt8(ascii: "s") && isBoundary(index - 3) {
            return true
        }
        return letter(index - 3) == UInt8(ascii: "a") && letter(index - 2) == UInt8(ascii: "r")
            && letter(index - 1) == UInt8(ascii: "e") && isBoundary(index - 4)
    }

    /// Whether `token` is "set" with neither "to" nor "for" after it: the verb (or participle) of a past act, not the
    /// "set to", "set for" of a plan.
    private func isSetWithoutPlan(_ token: TemporalToken) -> Bool {
        guard token.length == 3, scanner.byte(at: token.start) | 0x20 == UInt8(ascii: "s"),
              scanner.byte(at: token.start + 1) | 0x20 == UInt8(ascii: "e") else { return false }
        let following = scanner.token(after: token)
        guard following.kind == .word else { return true }
        if following.lexeme.kind == .infinitiveTo { return false }
        return !(following.length == 3 && scanner.byte(at: following.start) | 0x20 == UInt8(ascii: "f")
            && scanner.byte(at: following.start + 1) | 0x20 == UInt8(ascii: "o")
            && scanner.byte(at: following.start + 2) | 0x20 == UInt8(ascii: "r"))
    }

    /// Whether `token` follows "had been".
    /// Read from the bytes: future cues are frequent in the look-back, and two tokens read for each cost more.
    private func isAfterHadBeen(_ token: TemporalToken) -> Bool {
        var index = token.start
        while index > 0 && scanner.bytes[index - 1] == 0x20 { index -= 1 }
        guard index >= 9 else { return false }
        func letter(_ position: Int) -> UInt8 { scanner.bytes[position] | 0x20 }
        guard letter(index - 4) == UInt8(ascii: "b"), letter(index - 3) == UInt8(ascii: "e"),
              letter(index - 2) == UInt8(ascii: "e"), letter(index - 1) == UInt8(ascii: "n"),
              scanner.bytes[index - 5] == 0x20 else { return false }
        index -= 5
        while index > 0 && scanner.bytes[index - 1] == 0x20 { index -= 1 }
        guard index >= 3 else { return false }
        return letter(index - 3) == UInt8(ascii: "h") && letter(index - 2) == UInt8(ascii: "a")
            && letter(index - 1) == UInt8(ascii: "d")
            && (index == 3 || scanner.classes[Int(scanner.bytes[index - 4])] != TemporalByteClass.letter)
    }

    /// "has been scheduled", "have been planned": "has" or "have", then "been", then a word that points ahead ("had
    /// been scheduled" is a plan made before, and stays past).
    private func isPerfectOfSchedulingWord(_ token: TemporalToken) -> Bool {
        guard token.length == 3 || token.length == 4, scanner.byte(at: token.start) | 0x20 == UInt8(ascii: "h"),
              scanner.byte(at: token.start + 1) | 0x20 == UInt8(ascii: "a"),
              scanner.byte(at: token.start + 2) | 0x20 != UInt8(ascii: "d") else { return false }
        let been = scanner.token(after: token)
        guard been.kind == .word, been.lexeme.kind == .beForm, been.length == 4 else { return false }
        let participle = scanner.token(after: been)
        return participle.kind == .word && participle.lexeme.kind == .futureCue
    }

    /// The token before `token`, read once into `cached`.
    private func previous(_ token: TemporalToken, cached: inout TemporalToken?) -> TemporalToken {
        if let cached { return cached }
        let before = scanner.token(before: token.start)
        cached = before
        return before
    }

    /// A lowercase word ending in "-ed" such as "announced" or "signed" (irregular verbs are in the lexicon).
    private func looksLikePastVerb(_ token: TemporalToken) -> Bool {
        looksLikePastVerb(start: token.start, end: token.end, isCapitalized: token.isCapitalized)
    }

    private func looksLikePastVerb(start: Int, end: Int, isCapitalized: Bool) -> Bool {
        guard end - start >= 4, !isCapitalized else { return false }
        return scanner.byte(at: end - 1) == UInt8(ascii: "d") && scanner.byte(at: end - 2) == UInt8(ascii: "e")
            && scanner.byte(at: end - 3) != UInt8(ascii: "e")
    }

    /// Whether an "-ed" word after `before` stands before its noun as an adjective: after "a", "an", "the", or
    /// after one of them and an adverb ("a still unspecified date", "the newly opened line").
    private func isAttributive(after before: TemporalToken) -> Bool {
        guard before.kind == .word else { return false }
        if before.lexeme.kind == .article || before.lexeme.kind == .the { return true }
        guard before.lexeme.kind == .none, !before.isCapitalized, before.length >= 4 else { return false }
        let last = scanner.byte(at: before.end - 1), penultimate = scanner.byte(at: before.end - 2)
        let isAdverb = (penultimate == UInt8(ascii: "l") && last == UInt8(ascii: "y"))
            || (before.length == 5 && scanner.byte(at: before.start) | 0x20 == UInt8(ascii: "s")
                && scanner.byte(at: before.start + 1) == UInt8(ascii: "t") && last == UInt8(ascii: "l"))
        guard isAdverb else { return false }
        let determiner = scanner.token(before: before.start)
        return determiner.kind == .word && (determiner.lexeme.kind == .article || determiner.lexeme.kind == .the)
    }

    private func isAfterBe(_ token: TemporalToken, previous: inout TemporalToken?) -> Bool {
        self.previous(token, cached: &previous).lexeme.kind == .beForm
    }
}
