import Testing
@testable import TextKernel

/// The splitter's scans read eight bytes at a time; each must agree with a byte-by-byte search at
/// every offset, across word boundaries and in the tail shorter than a word.
@Suite struct SentenceMarkScanTests {
    /// Checks `scan(buffer, offset)` against `expected(bytes, offset)` for every offset of every text.
    private func expectAgreement(on texts: [String], _ scan: (UnsafeBufferPointer<UInt8>, Int) -> Int,
                                 _ expected: ([UInt8], Int) -> Int) {
        for text in texts {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                for offset in 0...bytes.count {
                    #expect(scan(buffer, offset) == expected(bytes, offset), "\(text) at \(offset)")
                }
            }
        }
    }

    /// `\n . ! ?`, searched forwards from `start`.
    @Test func findsTheSameMarkAsAByteByByteSearch() {
        let texts = ["", ".", "abc", "abcdefgh", "abcdefg.", "abcdefgh.", "Talks — “soon”! Then?\nNext line",
                     "no marks at all in this fairly long line of text", "é.ü!ß?\n\u{2028}", "1.5 and U.S. talks"]
        expectAgreement(on: texts, { SentenceSplitter.nextMark($0, from: $1) }) { bytes, start in
            var expected = start
            while expected < bytes.count, ![0x0A, 0x2E, 0x21, 0x3F].contains(bytes[expected]) { expected += 1 }
            return expected
        }
    }

    /// The word before a period, searched backwards from `end`.
    @Test func findsTheSameWordStartAsAByteByByteSearch() {
        let texts = ["", "a", "Jan", "abcdefgh", "abcdefghijklmnopq", "x U.S", "v1.2 and 3", "é1b Zz9", "tab\tand spaces  Mr",
                     "@[`{/:09AZaz", "long-hyphenated-word", "ÀÉÎõü wordsß"]
        expectAgreement(on: texts, { SentenceSplitter.wordStart($0, endingAt: $1) }) { bytes, end in
            var expected = end
            while expected > 0, SentenceSplitter.isWordByte(bytes[expected - 1]) { expected -= 1 }
            return expected
        }
    }
}
