/// One token of a sentence: a word, a number, or a punctuation mark.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punctuation }

    /// UTF-8 byte offsets in the analysed text, end exclusive.
    var start: Int
    var end: Int
    var kind: Kind
    /// Hash of the lowercased word (ASCII letters folded, `’` read as `'`); zero for punctuation.
    var hash: UInt64
    /// The word's entry in the lexicon, or -1.
    var wordID: Int32 = -1
    /// Starts with an upper-case ASCII letter.
    var isCapitalized: Bool
    /// The word was followed by a possessive `'s`, which is not part of the token.
    var isPossessive: Bool = false
    /// For punctuation: the ASCII byte, or 0 for a non-ASCII mark (quotes, dashes).
    var mark: UInt8 = 0
}

/// Splits a sentence into tokens over its bytes; reuses one buffer across sentences.
enum SentenceTokenizer {
    /// FNV-1a over the normalized bytes of a word, the key every lexicon lookup uses.
    @inline(__always) static func hashStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100000001b3
    }
    static let hashSeed: UInt64 = 0xcbf29ce484222325

    /// The hash a lexicon entry is stored under; must agree with `tokenize` for the same word.
    static func hash(of word: String) -> UInt64 {
        var h = hashSeed
        for byte in word.utf8 { h = hashStep(h, lowerASCII(byte)) }
        return h
    }

    @inline(__always) static func lowerASCII(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }

    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into tokens: inout [Token]) {
        tokens.removeAll(keepingCapacity: true)
        var i = start
        while i < end {
            let b = bytes[i]
            if b <= 0x20 { i += 1; continue }
            let isLetter = (b | 0x20) >= 97 && (b | 0x20) <= 122
            let isDigit = b >= 48 && b <= 57
            if isLetter || isDigit || (b >= 0xC3 && b != 0xE2) || b == 0xC3 {
                i = scanWord(bytes, from: i, to: end, startsWithDigit: isDigit, into: &tokens)
                continue
            }
            // Punctuation: one ASCII byte, or one non-ASCII character (quotes, dashes, ellipsis).
            var length = 1
            if b >= 0xC0 { length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2 }
            let stop = min(end, i + length)
            tokens.append(Token(start: i, end: stop, kind: .punctuation, hash: 0, isCapitalized: false, mark: b < 0x80 ? b : 0))
            i = stop
        }
    }

    /// A word: ASCII letters and digits, non-ASCII letters, inner hyphens kept out, and inner
    /// apostrophes kept in ("didn't", "we’ll") except a possessive `'s`, which is dropped and flagged.
    private static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, startsWithDigit: Bool,
                                 into tokens: inout [Token]) -> Int {
        var h = hashSeed
        var i = start
        var allDigits = true
        var possessive = false
        while i < end {
            let b = bytes[i]
            let isLetter = (b | 0x20) >= 97 && (b | 0x20) <= 122
            let isDigit = b >= 48 && b <= 57
            if isLetter || isDigit {
                if !isDigit { allDigits = false }
                h = hashStep(h, lowerASCII(b))
                i += 1
            } else if b >= 0x80 && b != 0xE2 {
                allDigits = false
                h = hashStep(h, b)
                i += 1
            } else if b == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99, i + 3 < end,
                      isAlpha(bytes[i + 3]) {  // ’ inside a word
                if isPossessiveS(bytes, at: i + 3, end: end) { possessive = true; break }
                h = hashStep(h, UInt8(ascii: "'"))
                i += 3
            } else if b == UInt8(ascii: "'"), i + 1 < end, isAlpha(bytes[i + 1]) {
                if isPossessiveS(bytes, at: i + 1, end: end) { possessive = true; break }
                h = hashStep(h, b)
                i += 1
            } else if (b == UInt8(ascii: ".") || b == UInt8(ascii: ",")) && startsWithDigit && allDigits,
                      i + 1 < end, bytes[i + 1] >= 48, bytes[i + 1] <= 57 {
                h = hashStep(h, b)  // "3.5", "1,200"
                i += 1
            } else if b == UInt8(ascii: "."), i + 1 < end, isAlpha(bytes[i + 1]), i > start, bytes[i - 1] >= 65, bytes[i - 1] <= 90,
                      i + 2 <= end, i + 2 == end || bytes[i + 2] == UInt8(ascii: ".") {
                h = hashStep(h, b)  // "U.S", "U.N": single capitals joined by dots
                i += 1
            } else {
                break
            }
        }
        let first = bytes[start]
        var token = Token(start: start, end: i, kind: allDigits ? .number : .word, hash: h,
                          isCapitalized: first >= 65 && first <= 90)
        token.isPossessive = possessive
        tokens.append(token)
        if possessive {
            // Skip the apostrophe (1 or 3 bytes) and the "s".
            i += bytes[i] == UInt8(ascii: "'") ? 2 : 4
        } else if i < end, bytes[i] == UInt8(ascii: "."), i > start, bytes[i - 1] >= 65, bytes[i - 1] <= 90,
                  i - start >= 3, bytes[i - 2] == UInt8(ascii: ".") {
            // The final period of "U.S." belongs to the abbreviation, not the sentence.
            i += 1
        }
        return i
    }

    @inline(__always) private static func isAlpha(_ b: UInt8) -> Bool {
        (b | 0x20) >= 97 && (b | 0x20) <= 122 || b >= 0xC3 && b != 0xE2
    }

    @inline(__always) private static func isPossessiveS(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        (bytes[i] | 0x20) == UInt8(ascii: "s") && (i + 1 >= end || !isAlpha(bytes[i + 1]))
    }
}
