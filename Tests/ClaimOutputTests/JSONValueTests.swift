import ClaimCore
import ClaimOutput
import Testing

/// JSON strings are escaped from runs of UTF-8 bytes; these pin the escapes to what JSON needs.
@Suite struct JSONValueTests {
    @Test func plainStringsAreCopiedAsTheyAre() {
        #expect(JSONValue.string("").text == "\"\"")
        #expect(JSONValue.string("Talks in Genève on 2022-01-10 — “maybe”").text == "\"Talks in Genève on 2022-01-10 — “maybe”\"")
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() {
        #expect(JSONValue.string("\"a\\b\"").text == #""\"a\\b\"""#)
        #expect(JSONValue.string("one\ntwo\r\tthree").text == #""one\ntwo\r\tthree""#)
        #expect(JSONValue.string("\u{0}x\u{1f}").text == #""\u0000x\u001f""#)
    }

    @Test func escapesLineAndParagraphSeparators() {
        #expect(JSONValue.string("a\u{2028}b\u{2029}").text == #""a\u2028b\u2029""#)
        #expect(JSONValue.string("\u{2028}é\"").text == #""\u2028é\"""#)
    }

    @Test func objectKeysAreEscapedToo() {
        #expect(JSONValue.object([(key: "k\"", value: .array([.string("v\n"), .int(1), .null]))]).text == #"{"k\"":["v\n",1,null]}"#)
    }
}

/// Strings are scanned sixteen bytes at a time for bytes that need escaping; these put every kind of
/// escape at every position around the 16-byte boundaries and compare with escaping scalar by scalar.
@Suite struct JSONEscapeScanTests {
    static let escapeClasses: [String] = [
        "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{1f}", "\u{2028}", "\u{2029}",
        "’", "—", "\u{7f}", "é", " ",  // need no escape, and ’ and — share U+2028's lead byte
    ]

    /// Escaping one Unicode scalar at a time, as JSON and the JavaScript line rules need.
    static func expected(_ value: String) -> String {
        var text = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\u{2028}": text += "\\u2028"
            case "\u{2029}": text += "\\u2029"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }

    @Test(arguments: escapeClasses)
    func everyPositionAcrossWordBoundaries(escape: String) {
        for before in 0..<36 {
            for after in [0, 1, 2, 7, 8, 9, 15, 16, 17] {
                let value = String(repeating: "a", count: before) + escape + String(repeating: "b", count: after)
                #expect(JSONValue.string(value).text == Self.expected(value), "\(before) before, \(after) after")
            }
        }
    }

    @Test func neighbouringEscapesAndLeadBytesAcrossBoundaries() {
        for before in 0..<32 {
            for (first, second) in [("\"", "\\"), ("’", "\u{2028}"), ("\u{2029}", "\n"), ("—", "’"), ("\u{1}", "\"")] {
                let value = String(repeating: "x", count: before) + first + second + String(repeating: "y", count: 32 - before)
                #expect(JSONValue.string(value).text == Self.expected(value), "\(before) before")
                let repeated = String(repeating: first + "abcdefg" + second, count: 3)
                #expect(JSONValue.string(repeated).text == Self.expected(repeated))
            }
        }
    }
}
