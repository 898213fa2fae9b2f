import Testing
@testable import ClaimText

/// The splitter finds `\n . ! ?` eight bytes at a time; it must agree with a byte-by-byte search at
/// every offset, across word boundaries and in the tail shorter than a word.
@Suite struct SentenceMarkScanTests {
    @Test func findsTheSameMarkAsAByteByByteSearch() {
        let texts = ["", ".", "abc", "abcdefgh", "abcdefg.", "abcdefgh.", "Talks — “soon”! Then?\nNext line",
                     "no marks at all in this fairly long line of text", "é.ü!ß?\n\u{2028}", "1.5 and U.S. talks"]
        for text in texts {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...bytes.count {
                    var expected = start
                    while expected < bytes.count, ![0x0A, 0x2E, 0x21, 0x3F].contains(bytes[expected]) { expected += 1 }
                    #expect(SentenceSplitter.nextMark(buffer, from: start) == expected, "\(text) from \(start)")
                }
            }
        }
    }

    /// The word before a period is found eight bytes at a time, from the end.
    @Test func findsTheSameWordStartAsAByteByByteSearch() {
        let texts = ["", "a", "Jan", "abcdefgh", "abcdefghijklmnopq", "x U.S", "v1.2 and 3", "é1b Zz9", "tab\tand spaces  Mr",
                     "@[`{/:09AZaz", "long-hyphenated-word", "ÀÉÎõü wordsß"]
        for text in texts {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                for end in 0...bytes.count {
                    var expected = end
                    while expected > 0, SentenceSplitter.isWordByte(bytes[expected - 1]) { expected -= 1 }
                    #expect(SentenceSplitter.wordStart(buffer, endingAt: end) == expected, "\(text) to \(end)")
                }
            }
        }
    }
}
