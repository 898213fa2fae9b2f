import Testing
@testable import TextKernel

/// How strings are written as JSON strings.
@Suite struct JSONEscapingTests {
    static func quoted(_ value: String) -> String {
        var output: [UInt8] = []
        JSONEscaping.appendQuoted(value, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() {
        #expect(Self.quoted("say \"no\" \\ now") == #""say \"no\" \\ now""#)
        #expect(Self.quoted("a\nb\rc\td") == #""a\nb\rc\td""#)
        #expect(Self.quoted("\u{0}\u{1}\u{1f}") == #""\u0000\u0001\u001f""#)
        #expect(Self.quoted("") == #""""#)
    }

    /// Non-ASCII text is copied, except U+2028 and U+2029, which end lines in JavaScript.
    @Test func copiesNonASCIIButLineSeparators() {
        #expect(Self.quoted("café ’ — “x” \u{7f}") == "\"café ’ — “x” \u{7f}\"")
        #expect(Self.quoted("a\u{2028}b\u{2029}") == #""a\u2028b\u2029""#)
    }

    /// Long strings (scanned sixteen bytes at a time) escape the same as short ones.
    @Test func longStringsEscapeLikeShortOnes() {
        let piece = "word \"quoted\"\n"
        let long = String(repeating: piece, count: 10)
        #expect(Self.quoted(long) == "\"" + String(repeating: #"word \"quoted\"\n"#, count: 10) + "\"")
    }

    /// Bytes that are not UTF-8, written from a text's bytes, are copied as they are (the writer does
    /// not validate); a `String` has no such bytes, its invalid input was repaired when it was made.
    @Test func copiesInvalidUTF8Bytes() {
        var writer = JSONStreamWriter(capacity: 16)
        TextBytes.withBytes(of: [0x61, 0xFF, 0xC3, 0x22]) { writer.string(utf8: $0) }
        var output: [UInt8] = []
        writer.append(to: &output)
        #expect(output == [0x22, 0x61, 0xFF, 0xC3, 0x5C, 0x22, 0x22])
        #expect(Self.quoted(String(decoding: [0x61, 0xFF], as: UTF8.self)) == "\"a\u{FFFD}\"")
    }

    @Test func streamWritesCommasAndNumbers() {
        var writer = JSONStreamWriter(capacity: 4)
        writer.beginObject()
        writer.key("n"); writer.int(-1234567)
        writer.key("list"); writer.strings(["a", "b"])
        writer.key("none"); writer.string(nil)
        writer.endObject()
        writer.endLine()
        var output: [UInt8] = []
        writer.append(to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "{\"n\":-1234567,\"list\":[\"a\",\"b\"],\"none\":null}\n")
    }
}
