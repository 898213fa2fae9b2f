import Testing
@testable import TextKernel

/// The sixteen-byte candidate masks must agree with the one-byte test for every byte value at every
/// position, both the SSE2 one (on x86-64) and the word-arithmetic one used elsewhere, and the
/// window copied while checked must be the window.
@Suite struct JSONEscapeMaskTests {
    /// Every byte value once, then text that mixes escapes, U+2028 and punctuation sharing its lead byte.
    static let texts: [[UInt8]] = [
        Array(UInt8.min...UInt8.max),
        Array("Talks “postponed” — \"maybe\"\\ next\tweek\u{2028}\u{2029}’s \u{1f}\u{7f}é".utf8),
    ]

    @Test func masksMatchTheByteTest() {
        for text in Self.texts {
            let padded = text + Array(repeating: 0x20, count: JSONEscapeScan.width)
            for start in 0..<text.count {
                let window = Array(padded[start..<start + JSONEscapeScan.width])
                var expected: UInt32 = 0
                for (i, byte) in window.enumerated() where JSONEscapeScan.isCandidate(byte) { expected |= 1 << UInt32(i) }
                var copy = [UInt8](repeating: 0, count: JSONEscapeScan.width)
                window.withUnsafeBufferPointer { buffer in
                    #expect(JSONEscapeScan.candidates(at: buffer.baseAddress!) == expected, "\(window)")
                    #expect(JSONEscapeScan.portableCandidates(at: buffer.baseAddress!) == expected, "\(window)")
                    let copied = copy.withUnsafeMutableBufferPointer { JSONEscapeScan.copyWindow(from: buffer.baseAddress!, to: $0.baseAddress!) }
                    #expect(copied == expected, "\(window)")
                }
                #expect(copy == window)
            }
        }
    }

    @Test func shortCopiesWriteExactlyTheirBytes() {
        let source = Array(UInt8(1)...UInt8(JSONEscapeScan.width))
        for count in 0..<JSONEscapeScan.width {
            var destination = [UInt8](repeating: 0xEE, count: JSONEscapeScan.width + 1)
            source.withUnsafeBufferPointer { source in
                destination.withUnsafeMutableBufferPointer {
                    JSONEscapeScan.copyShort(from: source.baseAddress!, count: count, to: $0.baseAddress! + 1)
                }
            }
            #expect(destination == [0xEE] + source[..<count] + Array(repeating: 0xEE, count: JSONEscapeScan.width - count), "\(count)")
        }
    }

    @Test func byteTestAcceptsExactlyTheCandidates() {
        let candidates = (UInt8.min...UInt8.max).filter(JSONEscapeScan.isCandidate)
        #expect(candidates == Array(0..<0x20) + [UInt8(ascii: "\""), UInt8(ascii: "\\"), 0xE2])
    }

    /// Short strings are checked in the writer's buffer, which holds whatever was written there
    /// before it was emptied: none of that may show through.
    @Test func shortStringsIgnoreWhatTheBufferHeldBefore() {
        var stream = JSONStreamWriter(capacity: 64)
        stream.string(String(repeating: "\"\\\n", count: 12))
        stream.removeAll()
        let values = ["", "a", "DATE", "2022-01-10", "fifteen bytes!!", "sixteen bytes!!!", "é’—", "a\"b", "x\u{2028}"]
        stream.beginArray()
        for value in values { stream.string(value) }
        stream.endArray()
        var output: [UInt8] = []
        stream.append(to: &output)
        var expected: [UInt8] = [UInt8(ascii: "[")]
        for (index, value) in values.enumerated() {
            if index > 0 { expected.append(UInt8(ascii: ",")) }
            JSONEscaping.appendQuoted(value, to: &expected)
        }
        expected.append(UInt8(ascii: "]"))
        #expect(output == expected)
    }
}
