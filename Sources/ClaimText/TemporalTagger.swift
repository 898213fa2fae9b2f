import ClaimCore
import TextKernel

/// Finds temporal expressions in news text and normalizes them to TIMEX3 values against the publication date.
///
/// ```swift
/// let tagger = TemporalTagger()
/// let found = tagger.expressions(in: "Talks are scheduled for January 10.", anchor: CalendarDay("2021-12-28"))
/// // found[0].text == "January 10", found[0].value == "2022-01-10"
/// ```
///
/// Results are sorted by `start` and never overlap; offsets are UTF-8 bytes into the text, end exclusive.
///
/// Without an anchor, absolute dates ("January 10, 2022") are normalized as usual, and expressions that need the
/// publication date are still returned, with `X` placeholders where the anchor would have given digits:
/// "January 10" → `XXXX-01-10`, "in June" → `XXXX-06`, "Monday" → `XXXX-WXX-1`, "yesterday" → `XXXX-XX-XX`,
/// "last year" → `XXXX`. Such values have no `eventDate`, so nothing downstream mistakes them for dates.
///
/// The scan reads UTF-8 bytes directly: most words are rejected by one hash-table probe, and nothing is
/// allocated except the expressions returned.
public struct TemporalTagger: Sendable {
    private let lexicon: TemporalLexicon

    public init() {
        lexicon = TemporalLexicon.shared
    }

    public func expressions(in text: String, anchor: CalendarDay?) -> [TemporalExpression] {
        var text = text
        text.makeContiguousUTF8()
        return TextBytes.withBytes(of: text) { expressions(inUTF8: $0, of: text, anchor: anchor) }
    }

    public func expressions(in bytes: [UInt8], anchor: CalendarDay?) -> [TemporalExpression] {
        TextBytes.withBytes(of: bytes) { expressions(inUTF8: $0, anchor: anchor) }
    }

    /// The expressions in a UTF-8 buffer; offsets are relative to its start.
    public func expressions(inUTF8 bytes: TextBytes, anchor: CalendarDay?) -> [TemporalExpression] {
        var found = expressions(inUTF8: bytes, of: "", anchor: anchor)
        for index in found.indices {
            let expression = found[index]
            found[index].text = bytes.string(expression.start..<expression.end)
        }
        return found
    }

    /// The expressions in `bytes`, the UTF-8 of `document`. They keep the document and read their text from it on
    /// demand, rather than each decoding its own.
    func expressions(inUTF8 bytes: TextBytes, of document: String,
                     anchor: CalendarDay?) -> [TemporalExpression] {
        let scanner = TemporalScanner(bytes: bytes, classes: lexicon.byteClasses, lexicon: lexicon)
        var parser = TemporalParser(scanner: scanner, anchor: anchor)
        var found: [TemporalExpression] = []
        // News text has about one expression per 250 bytes: room for them up front spares the doublings.
        found.reserveCapacity(bytes.count / 256 + 4)
        var position = 0
        let startKinds = Self.startKinds
        let startFilter = Self.startFilter
        // Up to here 16 bytes can be read at `position`, so words are measured and looked up with two loads.
        let fastEnd = bytes.count - 16
        while true {
            let token: TemporalToken
            if position <= fastEnd {
                // Blanks, punctuation, line breaks and words that cannot begin an expression are stepped over in a
                // tight loop without building tokens; only numbers, non-ASCII runs and start words come back.
                let candidate = Self.nextCandidate(scanner, from: position, fastEnd: fastEnd, startKinds: startKinds,
                                                   filter: startFilter)
                if candidate.sawBoundary { parser.referenceDay = nil }
                position = candidate.start
                if candidate.end >= 0 {
                    let first = scanner.bytes[position]
                    token = TemporalToken(start: position, end: candidate.end, kind: .word, lexeme: candidate.lexeme,
                                          number: 0, length: candidate.end - position,
                                          isCapitalized: first >= 0x41 && first <= 0x5A)
                } else {
                    token = scanner.scanToken(at: position)
                }
            } else {
                token = scanner.scanToken(at: position)
            }
            if token.kind == .end { break }
            if token.kind != .word && token.isBoundary { parser.referenceDay = nil }
            if Self.canStart(token), let match = parser.match(at: token) {
                if let day = match.day { parser.referenceDay = day }
                if match.type == .date || match.type == .time, let time = TemporalParser.NarrativeTime(value: match.value) {
                    parser.narrativeTime = time
                }
                position = match.end
                found.append(Self.expression(match, in: document))
            } else {
                position = token.end
            }
        }
        // A results story's "the quarter", "a year earlier" refer to the quarter it reports on.
        if found.contains(where: { TemporalReportingPeriod.isQuarter($0.value) }) {
            return TemporalReportingPeriod.resolve(found, in: bytes, document: document, anchor: anchor)
        }
        return found
    }

    /// The expression a match found, its text in `document`. The match is consumed, so its value moves into the
    /// expression rather than being copied and destroyed for each expression. Out of line, since inlined the match
    /// is still copied once.
    @inline(never) private static func expression(_ match: consuming TemporalMatch,
                                                  in document: String) -> TemporalExpression {
        TemporalExpression(start: match.start, end: match.end, in: document, type: match.type, value: match.value,
                           modifier: match.modifier)
    }

    /// Where `nextCandidate` stopped: a start word (`end` >= 0), or else a byte the general scanner must read.
    private struct Candidate {
        var start: Int
        var end: Int
        var lexeme: TemporalLexeme
        /// A sentence boundary (`.`, `!`, `?`, `;`, line break) was stepped over on the way.
        var sawBoundary: Bool
    }

    /// Steps from `from` over everything the parser would reject without reading further: blanks, punctuation,
    /// line breaks, words whose kind cannot start an expression, and start words whose parser would give up on the
    /// next word ("the" before a plain noun, "a" or "in" before a letter that starts no amount). Stops at a start
    /// word, a digit, a non-ASCII byte, or past `fastEnd` (from where fewer than 16 bytes are readable), or at the
    /// "the" in front of any of these.
    @inline(never)
    private static func nextCandidate(_ scanner: TemporalScanner, from: Int, fastEnd: Int,
                                      startKinds: UInt64, filter: WordLengthFilter) -> Candidate {
        let base = scanner.bytes
        let classes = scanner.classes
        var position = from
        var sawBoundary = false
        while position <= fastEnd {
            let stop = skipPlainText(base, from: position, fastEnd: fastEnd, classes: classes, filter: filter)
            position = stop.position
            if stop.sawBoundary { sawBoundary = true }
            guard position <= fastEnd else { break }
            let byte = base[position]
            if (byte | 0x20) &- 0x61 < 26 {
                // A word the start filter lets through (measured by the fast loop), or one with digits in it or of
                // sixteen bytes or more.
                let (end, lexeme) = stop.wordEnd >= 0
                    ? (stop.wordEnd, scanner.lexeme(position, stop.wordEnd))
                    : scanner.wordAndLexeme(at: position, filter: filter)
                if isWeekend(lexeme), let the = articleThe(before: position, from: from, base: base, classes: classes) {
                    // "over the weekend", "the week of March 6": `matchThe` reads them.
                    return Candidate(start: the, end: the + 3, lexeme: theLexeme, sawBoundary: sawBoundary)
                }
                if isYearUnit(lexeme), let that = demonstrativeThat(before: position, from: from, base: base, classes: classes) {
                    // "that year": `matchThatYear` reads it.
                    return Candidate(start: that, end: that + 4, lexeme: thatLexeme, sawBoundary: sawBoundary)
                }
                guard canStart(word: lexeme, startKinds) else {
                    // Most words end at one space: step over it here rather than in another round.
                    position = end <= fastEnd && base[end] == 0x20 ? end + 1 : end
                    continue
                }
                switch lexeme.kind {
                case .month, .monthAbbreviation, .weekday, .weekdayPlural, .holiday, .quarterCode, .halfCode:
                    // Their match functions read only capitalized words: "May", not the verb "may"; "New Year's".
                    if byte &- 0x41 >= 26 {
                        position = end
                        continue
                    }
                case .article:
                    // The same first test as `matchQuantity`.
                    var next = end
                    while scanner.byte(at: next) == 0x20 { next += 1 }
                    if !LowercaseLetters("cdfhmqwy").contains(scanner.byte(at: next) | 0x20) {
                        position = end
                        continue
                    }
                    // Then `amount` and `matchQuantity` need "few"/"couple", a unit, or "and" ("a and a half").
                    switch followingWordKind(scanner, after: end, fastEnd: fastEnd) {
                    case nil, .vague?, .unit?, .unitPlural?, .conjunction?: break
                    default:
                        position = end
                        continue
                    }
                case .numberWord, .vague:
                    // `matchQuantity`: after a word (no hyphen), only a unit or "and" ("two and a half") goes on;
                    // `matchSpokenYear` only a number word ("nineteen ninety-six").
                    switch followingWordKind(scanner, after: end, fastEnd: fastEnd) {
                    case nil, .unit?, .unitPlural?, .conjunction?: break
                    case .numberWord? where lexeme.kind == .numberWord && (lexeme.value == 19 || lexeme.value == 20): break
                    default:
                        position = end
                        continue
                    }
                case .preposition:
                    // "in": the same first test as `matchInFuture`.
                    var next = end
                    while scanner.byte(at: next) == 0x20 { next += 1 }
                    let first = scanner.byte(at: next) | 0x20
                    if !((first >= 0x30 && first <= 0x39) || LowercaseLetters("aefhnost").contains(first)) {
                        position = end
                        continue
                    }
                    // `amount` reads a number of at most three digits ("in 10 days"), never a year ("in 2020").
                    if first &- 0x30 < 10 {
                        var digitsEnd = next
                        while scanner.byte(at: digitsEnd) &- 0x30 < 10 { digitsEnd += 1 }
                        if digitsEnd - next > 3 {
                            position = end
                            continue
                        }
                    }
                    // Then `matchInFuture` needs a number word or "a"/"an" when a word follows, and after "a" the
                    // same first letter as `quantity(at:)` ("in a week", not "in a statement").
                    if let (wordEnd, following) = followingWord(scanner, after: end, fastEnd: fastEnd) {
                        guard following.kind == .numberWord || following.kind == .article else {
                            position = end
                            continue
                        }
                        if following.kind == .article {
                            var next = wordEnd
                            while scanner.byte(at: next) == 0x20 { next += 1 }
                            if !LowercaseLetters("cdfhmqwy").contains(scanner.byte(at: next) | 0x20) {
                                position = end
                                continue
                            }
                        }
                    }
                case .relative where lexeme.value != RelativeWord.past.rawValue:
                    // `matchRelative` goes on only with a unit, an amount, a month, a weekday, a season or a part of
                    // the day ("past" is left to it: "in the past" alone is PAST_REF).
                    switch followingWordKind(scanner, after: end, fastEnd: fastEnd) {
                    case nil, .unit?, .unitPlural?, .numberWord?, .vague?, .month?, .weekday?, .season?,
                         .partOfDay?:
                        break
                    default:
                        position = end
                        continue
                    }
                case .ordinalWord:
                    // `matchOrdinalPeriod` goes on only with "quarter" or "half" (after a hyphen too: "first-quarter"),
                    // or "two" ("the first two quarters").
                    switch followingWordKind(scanner, after: end, fastEnd: fastEnd) {
                    case nil, .unit?, .half?, .numberWord?: break
                    default:
                        position = end
                        continue
                    }
                case .boundaryNoun, .season:
                    // `matchBoundary` goes on only with "of" ("the end of the year"); so does `matchSeason` after a
                    // word ("the summer of 2009"; alone, a season needs a year right after it).
                    if let following = followingWord(scanner, after: end, fastEnd: fastEnd)?.lexeme,
                       !(following.kind == .preposition && following.value == TemporalPreposition.of.rawValue) {
                        position = end
                        continue
                    }
                case .edge:
                    // `matchEdge` goes on with a month, a relative word, a weekday, a season or "the" (or a hyphen or
                    // a number, which are no words).
                    switch followingWordKind(scanner, after: end, fastEnd: fastEnd) {
                    case nil, .month?, .monthAbbreviation?, .relative?, .weekday?, .season?, .the?: break
                    default:
                        position = end
                        continue
                    }
                case .moreMost:
                    // `matchMoreRecently` goes on only with "recently" or "lately" ("more than" is far more common).
                    if let following = followingWord(scanner, after: end, fastEnd: fastEnd)?.lexeme,
                       !(following.kind == .reference && following.value == 1) {
                        position = end
                        continue
                    }
                case .reference where lexeme.value == 5:
                    // "term" only after "near", "short" or "long" ("the near term").
                    if !TemporalParser.isTermAdjective(scanner.token(before: position), scanner) {
                        position = end
                        continue
                    }
                case .reference where lexeme.value >= 3:
                    // "future" and "recent" are expressions before a plural unit ("future quarters", "recent years"),
                    // and "future" in "in the future", which `matchThe` reads from "the", and in "the near future".
                    let following = followingWord(scanner, after: end, fastEnd: fastEnd)
                    // (nil: too near the end to read here; the parser decides.)
                    if let following, following.lexeme.kind != .unitPlural
                        && (lexeme.value == 4 || (articleThe(before: position, from: from, base: base, classes: classes) == nil
                                                  && !TemporalParser.isNear(before: position, scanner))) {
                        position = end
                        continue
                    }
                default:
                    break
                }
                if canFollowThe(lexeme.kind),
                   let the = articleThe(before: position, from: from, base: base, classes: classes) {
                    return Candidate(start: the, end: the + 3, lexeme: theLexeme, sawBoundary: sawBoundary)
                }
                return Candidate(start: position, end: end, lexeme: lexeme, sawBoundary: sawBoundary)
            }
            let byteClass = classes[Int(byte)]
            if byteClass == TemporalByteClass.digit {
                // A plain number that cannot be a year: `matchNumber` goes on only with "-", "/" or ":" right after
                // it, or a month, "of", a unit, "am"/"pm", "a" or a word starting with "p" next (see `numberGoesOn`).
                var end = position + 1
                while end <= fastEnd && base[end] &- 0x30 < 10 { end += 1 }
                guard end - position != 4, end <= fastEnd else { break }
                let after = base[end]
                let afterClass = classes[Int(after)]
                guard afterClass != TemporalByteClass.letter && afterClass != TemporalByteClass.digit
                      && after != 0x2D && after != 0x2F && after != 0x3A else { break }
                var next = end
                while next <= fastEnd && classes[Int(base[next])] == TemporalByteClass.blank { next += 1 }
                if next <= fastEnd && classes[Int(base[next])] == TemporalByteClass.letter {
                    if numberGoesOn(digits: end - position, before: next, scanner: scanner, base: base) { break }
                    position = end
                    continue
                }
                if next > fastEnd { break }
                position = end
                continue
            }
            if byteClass == TemporalByteClass.blank {
                position += 1
            } else if byteClass == TemporalByteClass.punctuation {
                // Sentence-ending punctuation (see `TemporalToken.isBoundary`).
                if byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3B { sawBoundary = true }
                position += 1
            } else if byteClass == TemporalByteClass.newline {
                sawBoundary = true
                position += 1
            } else {
                break
            }
        }
        // `matchThe` goes on with a number ("the 1990s"), and a "the" just before the fast reader's end is read as the
        // original scanner would; anything else here after "the" ends its match at once, so offering it costs nothing.
        if let the = articleThe(before: position, from: from, base: base, classes: classes) {
            return Candidate(start: the, end: the + 3, lexeme: theLexeme, sawBoundary: sawBoundary)
        }
        // So is a "that" the fast reader stepped over, for a "year" after it ("that year").
        if let that = demonstrativeThat(before: position, from: from, base: base, classes: classes) {
            return Candidate(start: that, end: that + 4, lexeme: thatLexeme, sawBoundary: sawBoundary)
        }
        return Candidate(start: position, end: -1, lexeme: .none, sawBoundary: sawBoundary)
    }

    /// The lexicon entry of "the" (computed, not stored: a stored static is checked for initialization on every use).
    private static var theLexeme: TemporalLexeme { TemporalLexeme(kind: .the, value: 0) }

    /// Where the word "the" starts when it comes right before `position`, with only blanks between, at or after
    /// `from`. "the" is a tenth of all words, so the start filter leaves it out and the fast loop steps over it like
    /// a plain word; it is taken up again here, in front of what `matchThe` can go on with.
    private static func articleThe(before position: Int, from: Int, base: TextBytes, classes: ByteTable) -> Int? {
        var index = position
        while index > from && classes[Int(base[index - 1])] == TemporalByteClass.blank { index -= 1 }
        let start = index - 3
        guard start >= from, base[start] | 0x20 == UInt8(ascii: "t"), base[start + 1] | 0x20 == UInt8(ascii: "h"),
              base[start + 2] | 0x20 == UInt8(ascii: "e") else { return nil }
        // Not the end of a longer word ("bathe").
        return start == 0 || classes[Int(base[start - 1])] &- 1 >= 2 ? start : nil
    }

    /// Where the word "that" starts when it comes right before `position`, with only blanks between, at or after
    /// `from` (see `articleThe`).
    private static func demonstrativeThat(before position: Int, from: Int, base: TextBytes, classes: ByteTable) -> Int? {
        var index = position
        while index > from && classes[Int(base[index - 1])] == TemporalByteClass.blank { index -= 1 }
        let start = index - 4
        guard start >= from, base[start] | 0x20 == UInt8(ascii: "t"), base[start + 1] | 0x20 == UInt8(ascii: "h"),
              base[start + 2] | 0x20 == UInt8(ascii: "a"), base[start + 3] | 0x20 == UInt8(ascii: "t") else { return nil }
        return start == 0 || classes[Int(base[start - 1])] &- 1 >= 2 ? start : nil
    }

    /// "that" as the start of "that year": value 1 sets it apart from the clause word (value 0), which starts nothing.
    private static let thatLexeme = TemporalLexeme(kind: .clauseStart, value: 1)

    /// Where `skipPlainText` stopped.
    private struct PlainTextEnd {
        var position: Int
        /// Where the word at `position` ends, when it is one the start filter let through; else -1.
        var wordEnd: Int
        /// A sentence boundary (`.`, `!`, `?`, `;`, line break) was stepped over on the way.
        var sawBoundary: Bool
    }

    /// Steps over the text that needs no closer look, in a loop small enough to keep its constants in registers:
    /// blanks, non-ASCII bytes, punctuation, line breaks, and words of up to fifteen letters that the start filter
    /// rules out. Stops at a word the filter lets through, a word with a digit in it, a digit, or past `fastEnd`,
    /// from where fewer than 16 bytes are readable.
    @inline(never)
    private static func skipPlainText(_ base: TextBytes, from position: Int, fastEnd: Int,
                                      classes: ByteTable, filter: WordLengthFilter) -> PlainTextEnd {
        var position = position
        var sawBoundary = false
        while position <= fastEnd {
            let low = base.word(at: position)
            let letters = TemporalScanner.letterPrefixLength(low)
            if letters == 0 {
                // Non-ASCII bytes (curly quotes, dashes) make tokens that start nothing and end no sentence.
                let byte = UInt8(truncatingIfNeeded: low)
                let byteClass = classes[Int(byte)]
                if byteClass == TemporalByteClass.blank || byteClass == TemporalByteClass.nonASCII {
                    position &+= 1
                    continue
                }
                if byteClass == TemporalByteClass.punctuation {
                    if isSentenceEnd(byte) { sawBoundary = true }
                    // Commas and full stops are mostly followed by one space: step over it in the same round.
                    position &+= UInt8(truncatingIfNeeded: low &>> 8) == 0x20 ? 2 : 1
                    continue
                }
                if byteClass == TemporalByteClass.newline {
                    sawBoundary = true
                    position &+= 1
                    continue
                }
                break
            }
            let end: Int
            let key: UInt64
            let length: Int
            if letters < 8 {
                end = position &+ letters
                // `WordLengthFilter.key`, from the unmasked load: the bytes after the word are shifted out.
                key = (low | 0x2020_2020_2020_2020) &<< UInt64(truncatingIfNeeded: 64 &- 8 &* letters)
                length = letters
            } else {
                // Nine to fifteen letters: the filter reads only the first eight.
                let high = base.word(at: position + 8)
                let highLetters = TemporalScanner.letterPrefixLength(high)
                guard highLetters < 8 else { break }
                end = position &+ 8 &+ highLetters
                key = low | 0x2020_2020_2020_2020
                length = 8 &+ highLetters
            }
            // `end` < position + 16, so readable. A digit after the letters ("Q3", "G20") makes a longer word, which
            // the filter has not seen: the caller measures it, letters and digits alike.
            let after = base[end]
            if filter.mayContain(key, length: length) {
                let wordEnd = after &- 0x30 < 10 ? -1 : end
                return PlainTextEnd(position: position, wordEnd: wordEnd, sawBoundary: sawBoundary)
            }
            // Most words end at one space: step over it in the same round.
            if after == 0x20 {
                position = end &+ 1
                continue
            }
            if after &- 0x30 < 10 { break }
            position = end
        }
        return PlainTextEnd(position: position, wordEnd: -1, sawBoundary: sawBoundary)
    }

    /// Punctuation that ends a sentence, as `TemporalToken.isBoundary` reads it.
    private static func isSentenceEnd(_ byte: UInt8) -> Bool {
        byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3B
    }

    /// The lexicon kind of the token after `end` (blanks skipped, as `TemporalScanner.token(at:)` does) when it is a
    /// word that starts with a letter; nil when it is anything else or too near the end for the fast reader.
    private static func followingWordKind(_ scanner: TemporalScanner, after end: Int,
                                                            fastEnd: Int) -> TemporalWordKind? {
        followingWord(scanner, after: end, fastEnd: fastEnd)?.lexeme.kind
    }

    /// The word `followingWordKind` reads: where it ends and its lexicon entry.
    private static func followingWord(_ scanner: TemporalScanner, after end: Int,
                                                        fastEnd: Int) -> (end: Int, lexeme: TemporalLexeme)? {
        let base = scanner.bytes
        var next = end
        while next <= fastEnd && scanner.classes[Int(base[next])] == TemporalByteClass.blank { next += 1 }
        guard next <= fastEnd, scanner.classes[Int(base[next])] == TemporalByteClass.letter else { return nil }
        return scanner.wordAndLexeme(at: next)
    }

    /// Whether `matchNumber` can go on from a plain number of `digits` digits (not four: those may be years) to the
    /// word at `word`: a day before a month or "of" ("10 January", "10th of May") has at most two digits, as has an
    /// hour before "am", "a.m." or "p.m."; an amount before a unit ("18 months") at most three.
    private static func numberGoesOn(digits: Int, before word: Int, scanner: TemporalScanner, base: TextBytes) -> Bool {
        if base[word] | 0x20 == UInt8(ascii: "p") { return digits <= 2 }
        let following = scanner.wordAndLexeme(at: word).1
        switch following.kind {
        case .month, .monthAbbreviation, .meridiem, .article: return digits <= 2
        case .preposition: return digits <= 2 && following.value == TemporalPreposition.of.rawValue
        case .unit, .unitPlural: return digits <= 3
        default: return false
        }
    }

    /// The word kinds after "the" that `matchThe` goes on with (the suffix cases need a number, not a word).
    private static func canFollowThe(_ kind: TemporalWordKind) -> Bool {
        switch kind {
        case .relative, .boundaryNoun, .ordinalWord, .edge, .season, .reference: return true
        default: return false
        }
    }

    /// The words that can begin an expression, as a filter (the kinds `canFollowThe` accepts are all among them),
    /// except "the", which `articleThe(before:…)` finds again in front of them.
    private static let startFilter: WordLengthFilter =
        TemporalLexicon.shared.makeWordFilter {
            $0.kind != .the && (canStart(word: $0, startKinds) || isWeekend($0) || isYearUnit($0))
        }

    /// The unit "year", which starts no expression but follows "that" in one ("that year").
    private static func isYearUnit(_ lexeme: TemporalLexeme) -> Bool {
        lexeme.kind == .unit && lexeme.value == TimexUnit.year.rawValue
    }

    /// The units "weekend" and "week", which start no expression but follow "the" in one ("over the weekend", "the
    /// week of March 6").
    private static func isWeekend(_ lexeme: TemporalLexeme) -> Bool {
        lexeme.kind == .unit && (lexeme.value == TimexUnit.weekend.rawValue || lexeme.value == TimexUnit.week.rawValue)
    }

    /// Word kinds that can begin an expression (the `.word` case of `canStart(_:)`), one bit per kind.
    private static let startKinds: UInt64 = {
        var mask: UInt64 = 0
        for raw in 0..<64 {
            guard let kind = TemporalWordKind(rawValue: UInt8(raw)) else { continue }
            let token = TemporalToken(start: 0, end: 0, kind: .word, lexeme: TemporalLexeme(kind: kind, value: -1),
                                      number: 0, length: 0, isCapitalized: false)
            if canStart(token) { mask |= 1 << UInt64(raw) }
        }
        return mask
    }()

    /// `canStart` for a word with this lexicon entry: one shift and mask, plus the "in" case.
    private static func canStart(word lexeme: TemporalLexeme, _ startKinds: UInt64) -> Bool {
        (startKinds >> UInt64(lexeme.kind.rawValue & 63)) & 1 != 0
            || (lexeme.kind == .preposition && lexeme.value == TemporalPreposition.in.rawValue)
    }

    /// Cheap first test: only numbers and a few word classes can begin an expression.
    private static func canStart(_ token: TemporalToken) -> Bool {
        switch token.kind {
        case .number: return true
        case .word:
            switch token.lexeme.kind {
            case .none, .futureCue, .pastCue, .beForm, .modalVerb, .infinitiveTo, .neutral, .countNoun, .conjunction,
                 .ordinalSuffix, .pluralSuffix, .meridiem, .timeZone, .ago, .half, .partOfDay, .unit, .unitPlural:
                return false
            case .clauseStart:
                // A tense cue, which `TemporalParser.match(at:)` starts from only as the "that" of "that year"
                // (`thatLexeme`): as a start word, "that" would make most of its calls fail.
                // (The general scanner, which reads the last 16 bytes, gives "that" its lexicon entry: the only
                // clause word of four letters.)
                return token.lexeme.value == thatLexeme.value || token.length == 4
            case .reportingVerb, .rescheduleVerb:
                // Tense cues only, which `TemporalParser.match(at:)` never starts from: as start words, "said"
                // would make most of its calls fail.
                return false
            case .preposition:
                return token.lexeme.value == TemporalPreposition.in.rawValue
            default:
                return true
            }
        default:
            return false
        }
    }
}
