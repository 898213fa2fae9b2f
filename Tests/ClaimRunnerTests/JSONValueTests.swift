import Testing
import ClaimRunner

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
