/// A sentence of the analysed text: its UTF-8 byte range and the paragraph it belongs to.
public struct SentenceSpan: Hashable, Sendable {
    /// UTF-8 byte offsets, end exclusive, with surrounding white space trimmed.
    public var start: Int
    public var end: Int
    /// Counts paragraphs from zero; a blank line (or a new line of text) starts a new one.
    public var paragraph: Int

    public init(start: Int, end: Int, paragraph: Int) {
        self.start = start
        self.end = end
        self.paragraph = paragraph
    }
}

/// Splits text into sentences by scanning its UTF-8 bytes once.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets after it) when the next
/// word starts like a sentence: a capital letter, a digit or an opening quote. Abbreviations ("Mr.",
/// "Jan.", "U.S."), initials and decimals ("3.5") do not end sentences. A line break always ends one,
/// because news text puts headlines, captions and paragraphs on lines of their own.
public enum SentenceSplitter {
    /// The sentences of `bytes`, found one at a time as the caller asks for them: no array of spans
    /// is built for a document whose sentences are read once, in order.
    public static func sentences(in bytes: TextBytes) -> Sentences {
        Sentences(bytes.buffer)
    }

    /// The sentences of a text, in order; see `SentenceSplitter` for where one ends.
    public struct Sentences: Sequence, IteratorProtocol {
        private let bytes: UnsafeBufferPointer<UInt8>
        /// Where the search for the next sentence mark resumes.
        private var index = 0
        /// Where the sentence being read began.
        private var start = 0
        private var paragraph = 0
        private var sawTextInParagraph = false
        private var readToEnd = false

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        public mutating func next() -> SentenceSpan? {
            let count = bytes.count
            while index < count {
                index = SentenceSplitter.nextMark(bytes, from: index)
                guard index < count else { break }
                let byte = bytes[index]
                if byte == 0x0A {  // newline: the line ends its sentence; each line of text is its own paragraph
                    let sentence = span(from: start, to: index)
                    if sentence != nil || sawTextInParagraph { paragraph += 1; sawTextInParagraph = false }
                    index += 1
                    start = index
                    if let sentence { return sentence }
                    continue
                }
                var end = index + 1
                while end < count, bytes[end] == byte || bytes[end] == UInt8(ascii: ".") { end += 1 }  // "?!", "..."
                end = SentenceSplitter.skipClosers(bytes, from: end)
                if byte == UInt8(ascii: "."), !SentenceSplitter.endsSentenceAtPeriod(bytes, period: index, after: end) {
                    index = end
                    continue
                }
                index = end
                if SentenceSplitter.startsNextSentence(bytes, at: end) {
                    let sentence = span(from: start, to: end)
                    start = end
                    if let sentence { sawTextInParagraph = true; return sentence }
                }
            }
            guard !readToEnd else { return nil }
            readToEnd = true
            return span(from: start, to: count)
        }

        /// The sentence `bytes[start..<end]` without its surrounding white space, unless nothing is left.
        @inline(__always)
        private func span(from start: Int, to end: Int) -> SentenceSpan? {
            var s = start, e = end
            while s < e, SentenceSplitter.isSpace(bytes[s]) { s += 1 }
            while e > s, SentenceSplitter.isSpace(bytes[e - 1]) { e -= 1 }
            return e > s ? SentenceSpan(start: s, end: e, paragraph: paragraph) : nil
        }
    }

    /// The index of the next `\n`, `.`, `!` or `?` at or after `start`, or the end. Most bytes are none
    /// of them, so sixteen are tested at once, two sixteens to a loop.
    @inline(__always)
    static func nextMark(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        var i = start
        if let base = bytes.baseAddress {
            while i &+ 32 <= count {
                let marks = SentenceByteMasks.marks(at: base + i) | SentenceByteMasks.marks(at: base + i + 16) << 16
                if marks != 0 { return i &+ marks.trailingZeroBitCount }
                i &+= 32
            }
            if i &+ 16 <= count {
                let marks = SentenceByteMasks.marks(at: base + i)
                if marks != 0 { return i &+ marks.trailingZeroBitCount }
                i &+= 16
            }
        }
        while i < count, !SentenceByteMasks.isMark(bytes[i]) { i &+= 1 }
        return i
    }

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    /// Skips closing quotes and brackets after a sentence mark: `"`, `'`, `)`, `]`, `”`, `’`, `»`.
    @inline(__always)
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
    @inline(__always)
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
        let wordStart = wordStart(bytes, endingAt: period)
        let length = period - wordStart
        guard length > 0 else { return true }
        // "U.S.", "e.g.": a dot inside the token, or a single letter (an initial such as "J.").
        if wordStart > 0, bytes[wordStart - 1] == UInt8(ascii: ".") { return false }
        if length == 1, isLetter(bytes[wordStart]) { return false }
        guard length <= 5 else { return true }
        return !Abbreviations.contains(bytes, from: wordStart, to: period)
    }

    /// Where the run of letters and digits that ends at `end` begins (the word before a period).
    static func wordStart(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int {
        var start = end
        if let base = bytes.baseAddress {
            // Eight bytes at a time, from the end: the word starts after the last byte of the eight
            // that is neither a letter nor a digit, and most words are shorter than eight.
            while start >= 8 {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + start - 8).loadUnaligned(as: UInt64.self))
                let others = ~wordByteFlags(word) & 0x8080_8080_8080_8080
                if others != 0 { return start - others.leadingZeroBitCount >> 3 }
                start -= 8
            }
        }
        while start > 0, isWordByte(bytes[start - 1]) { start -= 1 }
        return start
    }

    /// The high bit of each byte of `word` that is an ASCII letter or digit. No step carries from
    /// one byte into the next, so every byte is tested exactly.
    @inline(__always) static func wordByteFlags(_ word: UInt64) -> UInt64 {
        let low = word & 0x7F7F_7F7F_7F7F_7F7F
        let folded = low | 0x2020_2020_2020_2020
        let letters = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505)  // 'a'…'z'
        let digits = (low &+ 0x5050_5050_5050_5050) & ~(low &+ 0x4646_4646_4646_4646)        // '0'…'9'
        return (letters | digits) & ~word & 0x8080_8080_8080_8080
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

    /// Keyed once, so that the check allocates nothing; a word table rather than a `Set`, whose
    /// hashing would cost more than the rest of the period's check.
    private static let keys = WordHashSet(Array(words))

    /// Whether the letters and digits `bytes[start..<end]` spell one of `words`, in either case.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var hasher = WordHasher()
        for i in start..<end { hasher.append(bytes[i] | 0x20) }  // letters and digits: `| 0x20` folds the letters only
        // "Inc." and "Corp." often do end a sentence; they are kept anyway: a company name rarely closes one.
        return keys.contains(hasher.value)
    }
}
