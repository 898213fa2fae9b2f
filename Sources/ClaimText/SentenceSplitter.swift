/// A sentence of the analysed text: its UTF-8 byte range and the paragraph it belongs to.
struct SentenceSpan: Hashable, Sendable {
    /// UTF-8 byte offsets, end exclusive, with surrounding white space trimmed.
    var start: Int
    var end: Int
    /// Counts paragraphs from zero; a blank line (or a new line of text) starts a new one.
    var paragraph: Int
}

/// Splits text into sentences by scanning its UTF-8 bytes once.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets after it) when the next
/// word starts like a sentence: a capital letter, a digit or an opening quote. Abbreviations ("Mr.",
/// "Jan.", "U.S."), initials and decimals ("3.5") do not end sentences. A line break always ends one,
/// because news text puts headlines, captions and paragraphs on lines of their own.
enum SentenceSplitter {
    static func sentences(in bytes: UnsafeBufferPointer<UInt8>) -> [SentenceSpan] {
        var result: [SentenceSpan] = []
        result.reserveCapacity(bytes.count / 100 + 1)
        let count = bytes.count
        var paragraph = 0
        var sawTextInParagraph = false
        var start = 0
        var index = 0

        while index < count {
            index = nextMark(bytes, from: index)
            guard index < count else { break }
            let byte = bytes[index]
            if byte == 0x0A {  // newline: the line ends its sentence; each line of text is its own paragraph
                emit(bytes, from: start, to: index, paragraph: paragraph, into: &result, sawText: &sawTextInParagraph)
                if sawTextInParagraph { paragraph += 1; sawTextInParagraph = false }
                index += 1
                start = index
                continue
            }
            var end = index + 1
            while end < count, bytes[end] == byte || bytes[end] == UInt8(ascii: ".") { end += 1 }  // "?!", "..."
            end = skipClosers(bytes, from: end)
            if byte == UInt8(ascii: "."), !endsSentenceAtPeriod(bytes, period: index, after: end) {
                index = end
                continue
            }
            if startsNextSentence(bytes, at: end) {
                emit(bytes, from: start, to: end, paragraph: paragraph, into: &result, sawText: &sawTextInParagraph)
                start = end
            }
            index = end
        }
        emit(bytes, from: start, to: count, paragraph: paragraph, into: &result, sawText: &sawTextInParagraph)
        return result
    }

    /// The index of the next `\n`, `.`, `!` or `?` at or after `start`, or the end. Most bytes are none
    /// of them, so eight are tested at once (SWAR): a word has a byte equal to `c` when `word ^ c…c`
    /// has a zero byte, and the lowest byte flagged by `zeroBytes` is always a true zero.
    @inline(__always)
    static func nextMark(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        var i = start
        if let base = bytes.baseAddress {
            while i + 8 <= count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                let found = zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A) | zeroBytes(word ^ 0x2E2E_2E2E_2E2E_2E2E)
                    | zeroBytes(word ^ 0x2121_2121_2121_2121) | zeroBytes(word ^ 0x3F3F_3F3F_3F3F_3F3F)
                if found != 0 { return i + found.trailingZeroBitCount >> 3 }
                i &+= 8
            }
        }
        while i < count {
            let byte = bytes[i]
            if byte < 64, marks & (1 << UInt64(byte)) != 0 { return i }
            i &+= 1
        }
        return i
    }

    /// The high bit of each byte of `v` that is zero (and possibly of bytes above the lowest zero).
    @inline(__always) private static func zeroBytes(_ v: UInt64) -> UInt64 {
        (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080
    }

    /// `\n` (10), `!` (33), `.` (46) and `?` (63) as bits of a 64-bit mask.
    private static var marks: UInt64 { 1 << 10 | 1 << 33 | 1 << 46 | 1 << 63 }

    /// Appends the trimmed sentence `bytes[from..<to]`, if any text is left. (A function with inout
    /// parameters rather than a closure over the loop's variables, which would box them on the heap.)
    @inline(__always)
    private static func emit(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, paragraph: Int,
                             into result: inout [SentenceSpan], sawText: inout Bool) {
        var s = start, e = end
        while s < e, isSpace(bytes[s]) { s += 1 }
        while e > s, isSpace(bytes[e - 1]) { e -= 1 }
        if e > s {
            result.append(SentenceSpan(start: s, end: e, paragraph: paragraph))
            sawText = true
        }
    }

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    /// Skips closing quotes and brackets after a sentence mark: `"`, `'`, `)`, `]`, `”`, `’`, `»`.
    static func skipClosers(_ bytes: UnsafeBufferPointer<UInt8>, from position: Int) -> Int {
        var i = position
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") {
                i += 1
            } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9D || bytes[i + 2] == 0x99 {
                i += 3  // ” or ’
            } else if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xBB {
                i += 2  // »
            } else {
                break
            }
        }
        return i
    }

    /// After the closers, white space and then something that can start a sentence.
    static func startsNextSentence(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        var i = position
        guard i < bytes.count else { return true }
        guard isSpace(bytes[i]) else { return false }
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D { i += 1 }
        guard i < bytes.count else { return true }
        let b = bytes[i]
        if b == 0x0A { return true }
        if (b >= 65 && b <= 90) || (b >= 48 && b <= 57) { return true }
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "(") || b == UInt8(ascii: "[") { return true }
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C || bytes[i + 2] == 0x98 { return true }  // “ ‘
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xAB { return true }  // «
        if b >= 0xC3, b < 0xE2 { return true }  // a non-ASCII letter (Latin, Greek, Cyrillic …): case unknown, assume a start
        return false
    }

    /// Whether a period ends a sentence, or belongs to a number, an initial or an abbreviation.
    static func endsSentenceAtPeriod(_ bytes: UnsafeBufferPointer<UInt8>, period: Int, after: Int) -> Bool {
        // A decimal or a version number: "3.5", "v1.2".
        if period + 1 < bytes.count, isDigit(bytes[period + 1]), period > 0, isDigit(bytes[period - 1]) { return false }
        // The word before the period.
        var wordStart = period
        while wordStart > 0, isWordByte(bytes[wordStart - 1]) { wordStart -= 1 }
        let length = period - wordStart
        guard length > 0 else { return true }
        // "U.S.", "e.g.": a dot inside the token, or a single letter (an initial such as "J.").
        if wordStart > 0, bytes[wordStart - 1] == UInt8(ascii: ".") { return false }
        if length == 1, isLetter(bytes[wordStart]) { return false }
        guard length <= 5 else { return true }
        return !Abbreviations.contains(bytes, from: wordStart, to: period)
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }
}

/// Short words that a period follows without ending the sentence ("Mr. Price", "Jan. 10", "No. 5").
enum Abbreviations {
    /// Lowercased, up to five letters.
    static let words: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
        "rev", "hon", "pres", "amb", "adm", "maj", "cmdr", "supt", "insp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "no", "nos", "vol", "fig", "approx", "est", "dept", "univ", "inc", "corp", "ltd", "co", "bros",
        "vs", "etc", "al", "ca", "cf",
    ]

    /// Packed into integers once, so that the check allocates nothing.
    private static let packed: Set<UInt64> = Set(words.map { word in
        word.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    })

    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var key: UInt64 = 0
        for i in start..<end { key = key << 8 | UInt64(bytes[i] | 0x20) }
        // "Inc." and "Corp." often do end a sentence; they are kept anyway: a company name rarely closes one.
        return packed.contains(key)
    }
}
