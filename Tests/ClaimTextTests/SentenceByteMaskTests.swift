import Testing
@testable import ClaimText

/// The sixteen-byte masks must agree with the one-byte tests for every byte value at every position,
/// both the SSE2 ones (on x86-64) and the word-arithmetic ones used elsewhere.
@Suite struct SentenceByteMaskTests {
    /// Every byte value once, then runs that mix marks, letters, digits and UTF-8 around them.
    static let texts: [[UInt8]] = {
        var texts = [Array(UInt8.min...UInt8.max)]
        for text in ["Talks “postponed”! Then?\nNext. line", "a.b!c?d\ne@[`{Z", "é.ü!ß?\n\u{2028} 1.5 U.S. ok"] {
            texts.append(Array(text.utf8))
        }
        return texts
    }()

    @Test func marksMatchTheByteTest() {
        forEachWindow { window in
            var expected: UInt32 = 0
            for (i, byte) in window.enumerated() where SentenceByteMasks.isMark(byte) { expected |= 1 << UInt32(i) }
            window.withUnsafeBufferPointer { buffer in
                #expect(SentenceByteMasks.marks(at: buffer.baseAddress!) == expected, "\(window)")
                #expect(SentenceByteMasks.portableMarks(at: buffer.baseAddress!) == expected, "\(window)")
            }
        }
    }

    @Test func lettersMatchTheByteTest() {
        forEachWindow { window in
            var expected: UInt32 = 0
            for (i, byte) in window.enumerated() where SentenceByteMasks.isLetter(byte) { expected |= 1 << UInt32(i) }
            window.withUnsafeBufferPointer { buffer in
                #expect(SentenceByteMasks.letters(at: buffer.baseAddress!) == expected, "\(window)")
                #expect(SentenceByteMasks.portableLetters(at: buffer.baseAddress!) == expected, "\(window)")
            }
        }
    }

    @Test func byteTestsAcceptExactlyTheirBytes() {
        let marks = (UInt8.min...UInt8.max).filter(SentenceByteMasks.isMark)
        #expect(marks == Array("\n!.?".utf8))
        let letters = (UInt8.min...UInt8.max).filter(SentenceByteMasks.isLetter)
        #expect(letters == Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8))
    }

    /// Each sixteen bytes of the texts, from every starting offset.
    private func forEachWindow(_ body: ([UInt8]) -> Void) {
        for text in SentenceByteMaskTests.texts {
            let padded = text + Array(repeating: 0x20, count: 16)
            for start in 0..<text.count { body(Array(padded[start..<start + 16])) }
        }
    }
}
