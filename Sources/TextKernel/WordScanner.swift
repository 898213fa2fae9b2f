/// What a `WordScanner` knows of a word's meaning: a lexicon's value type, with the meaning of
/// words it does not hold.
public protocol ScannerLexeme {
    static var none: Self { get }
}

/// What kind of token a run of UTF-8 bytes is.
public enum ScannedTokenKind: UInt8, Sendable {
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

/// One token of the text: byte offsets plus what a reader of dates needs to know about it, without allocating.
@frozen public struct ScannedToken<Lexeme: ScannerLexeme> {
    public var start: Int
    public var end: Int
    public var kind: ScannedTokenKind
    /// Words: the lexicon entry of the whole word. Numbers: the entry of the letter suffix (`nd`, `s`, `pm`).
    public var lexeme: Lexeme
    /// Numbers: the value of the leading digits (capped). Punctuation: the byte.
    public var number: Int
    /// Numbers: how many leading digits. Words: how many bytes.
    public var length: Int
    /// Words: whether the first letter is upper case.
    public var isCapitalized: Bool

    @inlinable
    public init(start: Int, end: Int, kind: ScannedTokenKind, lexeme: Lexeme, number: Int, length: Int, isCapitalized: Bool) {
        self.start = start
        self.end = end
        self.kind = kind
        self.lexeme = lexeme
        self.number = number
        self.length = length
        self.isCapitalized = isCapitalized
    }

    @inlinable public static func end(at position: Int) -> ScannedToken {
        ScannedToken(start: position, end: position, kind: .end, lexeme: .none, number: 0, length: 0, isCapitalized: false)
    }

    @inlinable @inline(__always) public func isPunctuation(_ ascii: Unicode.Scalar) -> Bool {
        kind == .punctuation && number == Int(ascii.value)
    }

    /// Sentence-ending punctuation or a line break: where tense cues and time references stop.
    @inlinable @inline(__always) public var isBoundary: Bool {
        kind == .newline || kind == .end
            || (kind == .punctuation && (number == 0x2E || number == 0x21 || number == 0x3F || number == 0x3B))
    }

    /// A bare number, with no letter suffix.
    @inlinable public var isPlainNumber: Bool { kind == .number && length == end - start }
}

/// Byte classes for the scanner: one table lookup per byte.
public enum ScannerByteClass {
    public static let blank: UInt8 = 0, letter: UInt8 = 1, digit: UInt8 = 2, punctuation: UInt8 = 3, newline: UInt8 = 4,
                      nonASCII: UInt8 = 5

    public static let table: [UInt8] = (0..<256).map { value -> UInt8 in
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

/// Reads tokens forwards and backwards over a UTF-8 buffer, looking words up in a word table (the
/// date tagger's vocabulary). Tokens are computed on demand, never stored, so scanning a large text
/// allocates nothing.
@frozen public struct WordScanner<Lexeme: ScannerLexeme> {
    public let bytes: TextBytes
    public let classes: ByteTable
    public let words: FrozenWordTable<Lexeme>

    @inlinable public init(bytes: TextBytes, classes: ByteTable, words: FrozenWordTable<Lexeme>) {
        self.bytes = bytes
        self.classes = classes
        self.words = words
    }

    @inlinable public var count: Int { bytes.count }

    @inlinable @inline(__always) public func byteClass(at index: Int) -> UInt8 { classes[Int(bytes[index])] }

    /// The token starting at or after `position` (blanks skipped). Out of line: the parser calls it from many places.
    @inlinable @inline(never) public func token(at position: Int) -> ScannedToken<Lexeme> { scanToken(at: position) }

    /// The same, inlined into the tagger's main loop, which calls it once per token of the text.
    @inlinable @inline(__always) public func scanToken(at position: Int) -> ScannedToken<Lexeme> {
        var index = position
        let count = bytes.count
        while index < count && byteClass(at: index) == ScannerByteClass.blank { index += 1 }
        guard index < count else { return .end(at: count) }
        let start = index
        switch byteClass(at: index) {
        case ScannerByteClass.letter:
            let first = bytes[start]
            if start + 16 <= count {
                let (end, lexeme) = wordAndLexeme(at: start)
                return ScannedToken<Lexeme>(start: start, end: end, kind: .word, lexeme: lexeme, number: 0,
                                     length: end - start, isCapitalized: first >= 0x41 && first <= 0x5A)
            }
            index += 1
            while index < count && isLetterOrDigit(index) { index += 1 }
            return ScannedToken<Lexeme>(start: start, end: index, kind: .word, lexeme: lexeme(start, index), number: 0,
                                 length: index - start, isCapitalized: first >= 0x41 && first <= 0x5A)
        case ScannerByteClass.digit:
            var value = 0
            while index < count && byteClass(at: index) == ScannerByteClass.digit {
                if value < 1_000_000_000 { value = value * 10 + Int(bytes[index] &- 0x30) }
                index += 1
            }
            let digits = index - start
            var sawDigitAfterLetter = false
            while index < count {
                let c = byteClass(at: index)
                if c == ScannerByteClass.digit {
                    sawDigitAfterLetter = true
                } else if c != ScannerByteClass.letter {
                    break
                }
                index += 1
            }
            // "737MAX2" is a code, not a number with a suffix.
            let suffix = index > start + digits && !sawDigitAfterLetter ? lexeme(start + digits, index) : .none
            let kind: ScannedTokenKind = sawDigitAfterLetter ? .word : .number
            return ScannedToken<Lexeme>(start: start, end: index, kind: kind, lexeme: suffix, number: value, length: digits,
                         isCapitalized: false)
        case ScannerByteClass.newline:
            return ScannedToken<Lexeme>(start: start, end: start + 1, kind: .newline, lexeme: .none, number: 0x0A, length: 1,
                         isCapitalized: false)
        case ScannerByteClass.nonASCII:
            while index < count && byteClass(at: index) == ScannerByteClass.nonASCII { index += 1 }
            return ScannedToken<Lexeme>(start: start, end: index, kind: .other, lexeme: .none, number: 0, length: index - start,
                         isCapitalized: false)
        default:
            return ScannedToken<Lexeme>(start: start, end: start + 1, kind: .punctuation, lexeme: .none, number: Int(bytes[start]),
                         length: 1, isCapitalized: false)
        }
    }

    /// Finds the end of the word at `start` eight bytes at a time and packs its lexicon key from the same loads.
    /// Needs 16 readable bytes from `start`.
    @inlinable @inline(__always) public func wordAndLexeme(at start: Int) -> (Int, Lexeme) {
        let low = bytes.word(at: start)
        let lowLength = Self.alnumPrefixLength(low)
        if lowLength < 8 {
            return (start + lowLength, words[WordKey.ofGroups(Self.folded(low, lowLength), 0)])
        }
        let high = bytes.word(at: start + 8)
        let highLength = Self.alnumPrefixLength(high)
        if highLength < 8 {
            return (start + 8 + highLength, words[WordKey.ofGroups(low | Self.fold, Self.folded(high, highLength))])
        }
        // Longer than 16 bytes: no such word in the lexicon.
        var index = start + 16
        while index < bytes.count && isLetterOrDigit(index) { index += 1 }
        return (index, .none)
    }

    /// `wordAndLexeme`, but words that `filter` rules out (see `TemporalLexicon.makeWordFilter`) are not looked up
    /// and come back as `.none`. Needs 16 readable bytes from `start`.
    @inlinable @inline(__always) public func wordAndLexeme(at start: Int, filter: WordLengthFilter) -> (Int, Lexeme) {
        let low = bytes.word(at: start)
        let lowLength = Self.alnumPrefixLength(low)
        if lowLength < 8 {
            // `WordLengthFilter.key`, from the unmasked load: the bytes after the word are shifted out.
            let filterKey = (low | Self.fold) &<< UInt64(truncatingIfNeeded: 64 &- 8 &* lowLength)
            guard filter.mayContain(filterKey, length: lowLength) else { return (start + lowLength, .none) }
            return (start + lowLength, words[WordKey.ofGroups(Self.folded(low, lowLength), 0)])
        }
        let high = bytes.word(at: start + 8)
        let highLength = Self.alnumPrefixLength(high)
        if highLength < 8 {
            guard filter.mayContain(low | Self.fold, length: 8 + highLength) else {
                return (start + 8 + highLength, .none)
            }
            return (start + 8 + highLength, words[WordKey.ofGroups(low | Self.fold, Self.folded(high, highLength))])
        }
        var index = start + 16
        while index < bytes.count && isLetterOrDigit(index) { index += 1 }
        return (index, .none)
    }

    /// OR-ing 0x20 into each byte lowers ASCII letters and leaves digits as they are.
    @inlinable static var fold: UInt64 { 0x2020_2020_2020_2020 }
    @inlinable static var highBits: UInt64 { 0x8080_8080_8080_8080 }

    /// The first `length` bytes of `word`, folded to lower case, the rest zero.
    @inlinable @inline(__always) static func folded(_ word: UInt64, _ length: Int) -> UInt64 {
        (word | fold) & ((1 &<< UInt64(8 * length)) &- 1)
    }

    /// How many leading bytes (in memory order) of `word` are ASCII letters or digits, 0…8. Each byte is range-checked
    /// at once (SWAR): adding a constant sets a byte's high bit exactly when the byte passed a bound, and bytes below
    /// 0x80 never carry into their neighbour.
    @inlinable @inline(__always) public static func alnumPrefixLength(_ word: UInt64) -> Int {
        (~wordBytes(word) & highBits).trailingZeroBitCount &>> 3
    }

    /// How many leading bytes of `word` (in memory order) are ASCII letters, 0…8, tested all at once (SWAR): after
    /// folding to lower case, adding 0x1F sets a byte's high bit from 'a' up and adding 0x05 from past 'z'. Only the
    /// bytes up to the first non-letter count, and a carry out of one byte reaches only later ones, so non-ASCII
    /// bytes need no mask. Half the work of `alnumPrefixLength`, for loops that step over plain words.
    @inlinable @inline(__always) public static func letterPrefixLength(_ word: UInt64) -> Int {
        let lower = word | 0x2020_2020_2020_2020
        let notLetter = ((lower &+ 0x0505_0505_0505_0505) | ~(lower &+ 0x1F1F_1F1F_1F1F_1F1F)) & 0x8080_8080_8080_8080
        return notLetter.trailingZeroBitCount &>> 3
    }

    /// How many trailing bytes (in memory order) of `word` are ASCII letters or digits, 0…8.
    @inlinable @inline(__always) public static func alnumSuffixLength(_ word: UInt64) -> Int {
        (~wordBytes(word) & highBits).leadingZeroBitCount &>> 3
    }

    /// The high bit of each byte of `word` that is an ASCII letter or digit, all tested at once.
    @inlinable @inline(__always) static func wordBytes(_ word: UInt64) -> UInt64 {
        let ascii = ~word & highBits
        let seven = word & ~highBits
        let lower = seven | fold
        let isLetter = (lower &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(lower &+ 0x0505_0505_0505_0505)  // 'a'...'z'
        let isDigit = (seven &+ 0x5050_5050_5050_5050) & ~(seven &+ 0x4646_4646_4646_4646)  // '0'...'9'
        return (isLetter | isDigit) & ascii & highBits
    }

    /// Letters are class 1 and digits class 2, so one unsigned comparison tests both.
    @inlinable @inline(__always) func isLetterOrDigit(_ index: Int) -> Bool {
        byteClass(at: index) &- 1 < 2
    }

    /// The lexicon entry of the word in `start..<end`. Words of up to 16 bytes are folded to lower case and packed
    /// with two unaligned loads where the buffer allows (OR-ing 0x20 lowers ASCII letters and keeps digits).
    @inlinable @inline(__always) public func lexeme(_ start: Int, _ end: Int) -> Lexeme {
        let length = end - start
        guard length <= 16 else { return .none }
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
            return words[WordKey.ofGroups(low, high)]
        }
        var hasher = WordHasher()
        for index in start..<end { hasher.append(WordKey.lowerASCII(bytes[index])) }
        return words[hasher.value]
    }

    /// The token ending at or before `position` (blanks skipped); `.end` at the start of the buffer. Out of line: the
    /// parser calls it from many places.
    @inlinable @inline(never) public func token(before position: Int) -> ScannedToken<Lexeme> { scanToken(before: position) }

    /// The same, inlined into the tense look-back, which reads up to sixteen tokens backwards per expression.
    @inlinable @inline(__always) public func scanToken(before position: Int) -> ScannedToken<Lexeme> {
        var index = position
        while index > 0 && byteClass(at: index - 1) == ScannerByteClass.blank { index -= 1 }
        guard index > 0 else { return .end(at: 0) }
        let last = byteClass(at: index - 1)
        var start = index - 1
        switch last {
        case ScannerByteClass.letter, ScannerByteClass.digit:
            start = startOfLettersAndDigits(endingAt: index)
            // A word that ends at `index` (the usual case: blanks or punctuation follow it) is looked up here from
            // its known length, as `token(at:)` would look it up, without measuring it forwards again.
            if byteClass(at: start) == ScannerByteClass.letter, start + 16 <= bytes.count, index - start < 16,
               index == bytes.count || !isLetterOrDigit(index) {
                let first = bytes[start]
                return ScannedToken<Lexeme>(start: start, end: index, kind: .word, lexeme: lexeme(start, index), number: 0,
                                     length: index - start, isCapitalized: first >= 0x41 && first <= 0x5A)
            }
        case ScannerByteClass.nonASCII:
            while start > 0 && byteClass(at: start - 1) == ScannerByteClass.nonASCII { start -= 1 }
        default:
            break
        }
        return token(at: start)
    }

    /// The word `scanToken(before:)` reads as ending at `end` (blanks already skipped) when it has fewer than eight
    /// letters and digits: its start and lexicon entry, from one backward load that both measures the word and packs
    /// its key. Nil for anything else (longer words, numbers, marks, the first eight bytes of the buffer), which
    /// `scanToken(before:)` reads as it always does. (Longer words read here too cost more than they saved: the
    /// second load and shifts slowed the short words down.)
    @inlinable @inline(__always) public func shortWord(endingAt end: Int) -> (start: Int, lexeme: Lexeme)? {
        guard end >= 8 else { return nil }
        let word = bytes.word(at: end - 8)
        let length = Self.alnumSuffixLength(word)
        let start = end &- length
        // The same conditions as the word case of `scanToken(before:)`.
        guard length > 0, length < 8, classes[Int(bytes[start])] == ScannerByteClass.letter, start + 16 <= bytes.count,
              end == bytes.count || !isLetterOrDigit(end) else { return nil }
        // The word fills the high `length` bytes: shifting them down packs the key `lexeme(_:_:)` would build.
        let key = (word | Self.fold) &>> UInt64(truncatingIfNeeded: 64 &- 8 &* length)
        return (start, words[WordKey.ofGroups(key, 0)])
    }

    /// Where the run of ASCII letters and digits that ends at `end` (exclusive, `end - 1` being one of them) starts,
    /// read backwards eight bytes at a time.
    @inlinable @inline(__always) func startOfLettersAndDigits(endingAt end: Int) -> Int {
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
    @inlinable @inline(__always) public func token(after token: ScannedToken<Lexeme>) -> ScannedToken<Lexeme> { self.token(at: token.end) }

    /// True when `next` follows `previous` with no blank between them ("mid-2011", "Jan.").
    @inlinable @inline(__always) public func adjacent(_ previous: ScannedToken<Lexeme>, _ next: ScannedToken<Lexeme>) -> Bool { previous.end == next.start }

    @inlinable public func byte(at index: Int) -> UInt8 { index >= 0 && index < bytes.count ? bytes[index] : 0 }
}
