import TextKernel

/// What kind of token a run of UTF-8 bytes is.
enum TemporalTokenKind: UInt8 {
    /// Starts with an ASCII letter: `January`, `mid`, `Q3`, `A380`.
    case word
    /// Starts with an ASCII digit: `2009`, `10`, `2nd`, `1990s`, `3pm` (letters after the digits are its suffix).
    case number
    /// One ASCII byte that is neither a letter, a digit nor blank: `,` `.` `-` `/` `:` `'`.
    case punctuation
    /// A line break; expressions and sentence context never cross one.
    case newline
    /// A run of non-ASCII bytes: curly quotes, dashes, Cyrillic, no-break spaces.
    case other
    /// Past the end of the buffer.
    case end
}

/// One token of the text: byte offsets plus what the tagger needs to know about it, without allocating.
struct TemporalToken {
    var start: Int
    var end: Int
    var kind: TemporalTokenKind
    /// Words: the lexicon entry of the whole word. Numbers: the entry of the letter suffix (`nd`, `s`, `pm`).
    var lexeme: TemporalLexeme
    /// Numbers: the value of the leading digits (capped). Punctuation: the byte.
    var number: Int
    /// Numbers: how many leading digits. Words: how many bytes.
    var length: Int
    /// Words: whether the first letter is upper case.
    var isCapitalized: Bool

    static func end(at position: Int) -> TemporalToken {
        TemporalToken(start: position, end: position, kind: .end, lexeme: .none, number: 0, length: 0, isCapitalized: false)
    }

    func isPunctuation(_ ascii: Unicode.Scalar) -> Bool { kind == .punctuation && number == Int(ascii.value) }

    /// Sentence-ending punctuation or a line break: where tense cues and time references stop.
    var isBoundary: Bool {
        kind == .newline || kind == .end
            || (kind == .punctuation && (number == 0x2E || number == 0x21 || number == 0x3F || number == 0x3B))
    }

    /// A bare number, with no letter suffix.
    var isPlainNumber: Bool { kind == .number && length == end - start }
}

/// Byte classes for the scanner: one table lookup per byte.
enum TemporalByteClass {
    static let blank: UInt8 = 0, letter: UInt8 = 1, digit: UInt8 = 2, punctuation: UInt8 = 3, newline: UInt8 = 4,
               nonASCII: UInt8 = 5

    static let table: [UInt8] = (0..<256).map { value -> UInt8 in
        switch value {
        case 0x0A, 0x0D: return newline
        case 0x00...0x20, 0x7F: return blank
        case 0x30...0x39: return digit
        case 0x41...0x5A, 0x61...0x7A: return letter
        case 0x80...0xFF: return nonASCII
        default: return punctuation
        }
    }
}

/// Reads tokens forwards and backwards over a UTF-8 buffer. Tokens are computed on demand, never stored,
/// so scanning a large text allocates nothing.
struct TemporalScanner {
    let bytes: TextBytes
    let classes: ByteTable
    let lexicon: TemporalLexicon

    var count: Int { bytes.count }

    func byteClass(at index: Int) -> UInt8 { classes[Int(bytes[index])] }

    /// The token starting at or after `position` (blanks skipped).
    func token(at position: Int) -> TemporalToken {
        var index = position
        let count = bytes.count
        while index < count && byteClass(at: index) == TemporalByteClass.blank { index += 1 }
        guard index < count else { return .end(at: count) }
        let start = index
        switch byteClass(at: index) {
        case TemporalByteClass.letter:
            let first = bytes[start]
            if start + 16 <= count {
                let (end, lexeme) = wordAndLexeme(at: start)
                return TemporalToken(start: start, end: end, kind: .word, lexeme: lexeme, number: 0,
                                     length: end - start, isCapitalized: first >= 0x41 && first <= 0x5A)
            }
            index += 1
            while index < count && isLetterOrDigit(index) { index += 1 }
            return TemporalToken(start: start, end: index, kind: .word, lexeme: lexeme(start, index), number: 0,
                                 length: index - start, isCapitalized: first >= 0x41 && first <= 0x5A)
        case TemporalByteClass.digit:
            var value = 0
            while index < count && byteClass(at: index) == TemporalByteClass.digit {
                if value < 1_000_000_000 { value = value * 10 + Int(bytes[index] &- 0x30) }
                index += 1
            }
            let digits = index - start
            var sawDigitAfterLetter = false
            while index < count {
                let c = byteClass(at: index)
                if c == TemporalByteClass.digit {
                    sawDigitAfterLetter = true
                } else if c != TemporalByteClass.letter {
                    break
                }
                index += 1
            }
            // "737MAX2" is a code, not a number with a suffix.
            let suffix = index > start + digits && !sawDigitAfterLetter ? lexeme(start + digits, index) : .none
            let kind: TemporalTokenKind = sawDigitAfterLetter ? .word : .number
            return TemporalToken(start: start, end: index, kind: kind, lexeme: suffix, number: value, length: digits,
                         isCapitalized: false)
        case TemporalByteClass.newline:
            return TemporalToken(start: start, end: start + 1, kind: .newline, lexeme: .none, number: 0x0A, length: 1,
                         isCapitalized: false)
        case TemporalByteClass.nonASCII:
            while index < count && byteClass(at: index) == TemporalByteClass.nonASCII { index += 1 }
            return TemporalToken(start: start, end: index, kind: .other, lexeme: .none, number: 0, length: index - start,
                         isCapitalized: false)
        default:
            return TemporalToken(start: start, end: start + 1, kind: .punctuation, lexeme: .none, number: Int(bytes[start]),
                         length: 1, isCapitalized: false)
        }
    }

    /// Finds the end of the word at `start` eight bytes at a time and packs its lexicon key from the same loads.
    /// Needs 16 readable bytes from `start`.
    func wordAndLexeme(at start: Int) -> (Int, TemporalLexeme) {
        let low = bytes.word(at: start)
        let lowLength = Self.alnumPrefixLength(low)
        if lowLength < 8 {
            return (start + lowLength, lexicon.table[WordKey.ofGroups(Self.folded(low, lowLength), 0)])
        }
        let high = bytes.word(at: start + 8)
        let highLength = Self.alnumPrefixLength(high)
        if highLength < 8 {
            return (start + 8 + highLength, lexicon.table[WordKey.ofGroups(low | Self.fold, Self.folded(high, highLength))])
        }
        // Longer than 16 bytes: no such word in the lexicon.
        var index = start + 16
        while index < bytes.count && isLetterOrDigit(index) { index += 1 }
        return (index, .none)
    }

    /// `wordAndLexeme`, but words that `filter` rules out (see `TemporalLexicon.makeWordFilter`) are not looked up
    /// and come back as `.none`. Needs 16 readable bytes from `start`.
    func wordAndLexeme(at start: Int, filter: WordLengthFilter) -> (Int, TemporalLexeme) {
        let low = bytes.word(at: start)
        let lowLength = Self.alnumPrefixLength(low)
        if lowLength < 8 {
            // `WordLengthFilter.key`, from the unmasked load: the bytes after the word are shifted out.
            let filterKey = (low | Self.fold) &<< UInt64(truncatingIfNeeded: 64 &- 8 &* lowLength)
            guard filter.mayContain(filterKey, length: lowLength) else { return (start + lowLength, .none) }
            return (start + lowLength, lexicon.table[WordKey.ofGroups(Self.folded(low, lowLength), 0)])
        }
        let high = bytes.word(at: start + 8)
        let highLength = Self.alnumPrefixLength(high)
        if highLength < 8 {
            guard filter.mayContain(low | Self.fold, length: 8 + highLength) else {
                return (start + 8 + highLength, .none)
            }
            return (start + 8 + highLength, lexicon.table[WordKey.ofGroups(low | Self.fold, Self.folded(high, highLength))])
        }
        var index = start + 16
        while index < bytes.count && isLetterOrDigit(index) { index += 1 }
        return (index, .none)
    }

    /// OR-ing 0x20 into each byte lowers ASCII letters and leaves digits as they are.
    private static let fold: UInt64 = 0x2020_2020_2020_2020
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The first `length` bytes of `word`, folded to lower case, the rest zero.
    private static func folded(_ word: UInt64, _ length: Int) -> UInt64 {
        (word | fold) & ((1 &<< UInt64(8 * length)) &- 1)
    }

    /// How many leading bytes (in memory order) of `word` are ASCII letters or digits, 0…8. Each byte is range-checked
    /// at once (SWAR): adding a constant sets a byte's high bit exactly when the byte passed a bound, and bytes below
    /// 0x80 never carry into their neighbour.
    static func alnumPrefixLength(_ word: UInt64) -> Int {
        (~wordBytes(word) & highBits).trailingZeroBitCount &>> 3
    }

    /// How many leading bytes of `word` (in memory order) are ASCII letters, 0…8, tested all at once (SWAR): after
    /// folding to lower case, adding 0x1F sets a byte's high bit from 'a' up and adding 0x05 from past 'z'. Only the
    /// bytes up to the first non-letter count, and a carry out of one byte reaches only later ones, so non-ASCII
    /// bytes need no mask. Half the work of `alnumPrefixLength`, for loops that step over plain words.
    static func letterPrefixLength(_ word: UInt64) -> Int {
        let lower = word | 0x2020_2020_2020_2020
        let notLetter = ((lower &+ 0x0505_0505_0505_0505) | ~(lower &+ 0x1F1F_1F1F_1F1F_1F1F)) & 0x8080_8080_8080_8080
        return notLetter.trailingZeroBitCount &>> 3
    }

    /// How many trailing bytes (in memory order) of `word` are ASCII letters or digits, 0…8.
    static func alnumSuffixLength(_ word: UInt64) -> Int {
        (~wordBytes(word) & highBits).leadingZeroBitCount &>> 3
    }

    /// The high bit of each byte of `word` that is an ASCII letter or digit, all tested at once.
    private static func wordBytes(_ word: UInt64) -> UInt64 {
        let ascii = ~word & highBits
        let seven = word & ~highBits
        let lower = seven | fold
        let isLetter = (lower &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(lower &+ 0x0505_0505_0505_0505)  // 'a'...'z'
        let isDigit = (seven &+ 0x5050_5050_5050_5050) & ~(seven &+ 0x4646_4646_4646_4646)  // '0'...'9'
        return (isLetter | isDigit) & ascii & highBits
    }

    /// Letters are class 1 and digits class 2, so one unsigned comparison tests both.
    private func isLetterOrDigit(_ index: Int) -> Bool {
        byteClass(at: index) &- 1 < 2
    }

    /// The lexicon entry of the word in `start..<end`. Words of up to 16 bytes are folded to lower case and packed
    /// with two unaligned loads where the buffer allows (OR-ing 0x20 lowers ASCII letters and keeps digits).
    func lexeme(_ start: Int, _ end: Int) -> TemporalLexeme {
        let length = end - start
        guard length <= 16 else { return .none }
        var key = TemporalWordKey()
        if start + 16 <= bytes.count {
            let fold: UInt64 = 0x2020_2020_2020_2020
            var low = bytes.word(at: start) | fold
            var high = bytes.word(at: start + 8) | fold
            if length < 8 {
                low &= (1 &<< UInt64(8 * length)) &- 1
                high = 0
            } else if length < 16 {
                high &= (1 &<< UInt64(8 * (length - 8))) &- 1
            }
            key.low = low
            key.high = high
        } else {
            for index in start..<end { key.append(bytes[index]) }
        }
        return lexicon.table[WordKey.ofGroups(key.low, key.high)]
    }

    /// The token ending at or before `position` (blanks skipped); `.end` at the start of the buffer.
    func token(before position: Int) -> TemporalToken {
        var index = position
        while index > 0 && byteClass(at: index - 1) == TemporalByteClass.blank { index -= 1 }
        guard index > 0 else { return .end(at: 0) }
        let last = byteClass(at: index - 1)
        var start = index - 1
        switch last {
        case TemporalByteClass.letter, TemporalByteClass.digit:
            start = startOfLettersAndDigits(endingAt: index)
            // A word that ends at `index` (the usual case: blanks or punctuation follow it) is looked up here from
            // its known length, as `token(at:)` would look it up, without measuring it forwards again.
            if byteClass(at: start) == TemporalByteClass.letter, start + 16 <= bytes.count, index - start < 16,
               index == bytes.count || !isLetterOrDigit(index) {
                let first = bytes[start]
                return TemporalToken(start: start, end: index, kind: .word, lexeme: lexeme(start, index), number: 0,
                                     length: index - start, isCapitalized: first >= 0x41 && first <= 0x5A)
            }
        case TemporalByteClass.nonASCII:
            while start > 0 && byteClass(at: start - 1) == TemporalByteClass.nonASCII { start -= 1 }
        default:
            break
        }
        return token(at: start)
    }

    /// The word `token(before:)` reads as ending at `end` (blanks already skipped) when it has fewer than eight
    /// letters and digits: its start and lexicon entry, from one backward load that both measures the word and packs
    /// its key. Nil for anything else (longer words, numbers, marks, the first eight bytes of the buffer), which
    /// `token(before:)` reads as it always does. (Longer words read here too cost more than they saved: the
    /// second load and shifts slowed the short words down.)
    func shortWord(endingAt end: Int) -> (start: Int, lexeme: TemporalLexeme)? {
        guard end >= 8 else { return nil }
        let word = bytes.word(at: end - 8)
        let length = Self.alnumSuffixLength(word)
        let start = end &- length
        // The same conditions as the word case of `token(before:)`.
        guard length > 0, length < 8, classes[Int(bytes[start])] == TemporalByteClass.letter, start + 16 <= bytes.count,
              end == bytes.count || !isLetterOrDigit(end) else { return nil }
        // The word fills the high `length` bytes: shifting them down packs the key `lexeme(_:_:)` would build.
        let key = (word | Self.fold) &>> UInt64(truncatingIfNeeded: 64 &- 8 &* length)
        return (start, lexicon.table[WordKey.ofGroups(key, 0)])
    }

    /// Where the run of ASCII letters and digits that ends at `end` (exclusive, `end - 1` being one of them) starts,
    /// read backwards eight bytes at a time.
    private func startOfLettersAndDigits(endingAt end: Int) -> Int {
        var start = end - 1
        while start >= 8 {
            let word = bytes.word(at: start - 8)
            let run = Self.alnumSuffixLength(word)
            start -= run
            if run < 8 { return start }
        }
        while start > 0 && isLetterOrDigit(start - 1) { start -= 1 }
        return start
    }

    /// The token right after `token`.
    func token(after token: TemporalToken) -> TemporalToken { self.token(at: token.end) }

    /// True when `next` follows `previous` with no blank between them ("mid-2011", "Jan.").
    func adjacent(_ previous: TemporalToken, _ next: TemporalToken) -> Bool { previous.end == next.start }

    func byte(at index: Int) -> UInt8 { index >= 0 && index < bytes.count ? bytes[index] : 0 }
}
