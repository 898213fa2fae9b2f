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
}
