import Testing
@testable import TextKernel

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

    /// A sixteen-byte mask, its two implementations and the one-byte test they must agree with.
    enum Mask: CaseIterable, Sendable {
        case marks, letters

        func byteTest(_ byte: UInt8) -> Bool {
            self == .marks ? SentenceByteMasks.isMark(byte) : SentenceByteMasks.isLetter(byte)
        }

        func fast(_ pointer: UnsafePointer<UInt8>) -> UInt32 {
            self == .marks ? SentenceByteMasks.marks(at: pointer) : SentenceByteMasks.letters(at: pointer)
        }

        func portable(_ pointer: UnsafePointer<UInt8>) -> UInt32 {
            self == .marks ? SentenceByteMasks.portableMarks(at: pointer) : SentenceByteMasks.portableLetters(at: pointer)
        }
    }

    @Test(arguments: Mask.allCases)
    func masksMatchTheByteTest(mask: Mask) {
        forEachWindow { window in
            var expected: UInt32 = 0
            for (i, byte) in window.enumerated() where mask.byteTest(byte) { expected |= 1 << UInt32(i) }
            window.withUnsafeBufferPointer { buffer in
                #expect(mask.fast(buffer.baseAddress!) == expected, "\(window)")
                #expect(mask.portable(buffer.baseAddress!) == expected, "\(window)")
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
