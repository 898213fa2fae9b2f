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
    let bytes: UnsafeBufferPointer<UInt8>
    let classes: UnsafePointer<UInt8>
    let lexicon: TemporalLexicon

    var count: Int { bytes.count }

    @inline(__always) func byteClass(at index: Int) -> UInt8 { classes[Int(bytes[index])] }

    /// The token starting at or after `position` (blanks skipped).
    func token(at position: Int) -> TemporalToken {
        var index = position
        let count = bytes.count
        while index < count && byteClass(at: index) == TemporalByteClass.blank { index += 1 }
        guard index < count else { return .end(at: count) }
        let start = index
        switch byteClass(at: index) {
        case TemporalByteClass.letter:
            var key = TemporalWordKey()
            while index < count {
                let c = byteClass(at: index)
                guard c == TemporalByteClass.letter || c == TemporalByteClass.digit else { break }
                key.append(bytes[index])
                index += 1
            }
            let first = bytes[start]
            return TemporalToken(start: start, end: index, kind: .word, lexeme: lexicon.lookup(key), number: 0,
                         length: index - start, isCapitalized: first >= 0x41 && first <= 0x5A)
        case TemporalByteClass.digit:
            var value = 0
            while index < count && byteClass(at: index) == TemporalByteClass.digit {
                if value < 1_000_000_000 { value = value * 10 + Int(bytes[index] &- 0x30) }
                index += 1
            }
            let digits = index - start
            var key = TemporalWordKey()
            var sawDigitAfterLetter = false
            while index < count {
                let c = byteClass(at: index)
                if c == TemporalByteClass.letter {
                    key.append(bytes[index])
                } else if c == TemporalByteClass.digit {
                    sawDigitAfterLetter = true
                } else {
                    break
                }
                index += 1
            }
            // "737MAX2" is a code, not a number with a suffix.
            let suffix = index > start + digits && !sawDigitAfterLetter ? lexicon.lookup(key) : .none
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

    /// The token ending at or before `position` (blanks skipped); `.end` at the start of the buffer.
    func token(before position: Int) -> TemporalToken {
        var index = position
        while index > 0 && byteClass(at: index - 1) == TemporalByteClass.blank { index -= 1 }
        guard index > 0 else { return .end(at: 0) }
        let last = byteClass(at: index - 1)
        var start = index - 1
        switch last {
        case TemporalByteClass.letter, TemporalByteClass.digit:
            while start > 0 {
                let c = byteClass(at: start - 1)
                guard c == TemporalByteClass.letter || c == TemporalByteClass.digit else { break }
                start -= 1
            }
        case TemporalByteClass.nonASCII:
            while start > 0 && byteClass(at: start - 1) == TemporalByteClass.nonASCII { start -= 1 }
        default:
            break
        }
        return token(at: start)
    }

    /// The token right after `token`.
    @inline(__always) func token(after token: TemporalToken) -> TemporalToken { self.token(at: token.end) }

    /// True when `next` follows `previous` with no blank between them ("mid-2011", "Jan.").
    @inline(__always) func adjacent(_ previous: TemporalToken, _ next: TemporalToken) -> Bool { previous.end == next.start }

    func byte(at index: Int) -> UInt8 { index >= 0 && index < bytes.count ? bytes[index] : 0 }
}
