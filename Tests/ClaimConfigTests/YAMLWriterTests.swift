import ClaimCore
import Testing
@testable import ClaimConfig

@Suite struct YAMLWriterTests {
    static let trickyStrings: [String] = [
        "", " ", "   ", "  padded  ", " leading", "trailing ", "\t", "tab\tinside", "\ttab first",
        "it's", "say \"hi\"", "'single'", "\"double\"", "both ' and \"",
        "a: b", "a:b", "a:", ":a", "key: value: more", "# comment", "a #b", "a#b", "-", "- item", "-1x", "--", "---", "...", "--- x",
        "?", "? x", "*", "*ref", "&anchor", "!tag", "!!str", "%YAML", "@at", "`tick`", "[", "]", "[a, b]", "{", "}", "{a: 1}",
        "|", "| x", ">", "> folded", ",", "a, b", "~", "null", "Null", "NULL", "nUlL",
        "true", "false", "True", "FALSE", "yes", "no", "Yes", "NO", "on", "off", "On", "OFF", "y", "n", "Y", "N", "<<", "=",
        "123", "-123", "+1", "1.5", "-1.5", ".5", "1.", "1e3", "1E3", "1e-3", "1_000", "0x1F", "0o17", "0b101", "017", "1:30",
        ".inf", "-.inf", ".Inf", ".NaN", ".nan", "inf", "nan", "Infinity", "1.2.3", "0.5 cups",
        "2022-01-10", "2022-1-9", "2022-01-10T10:00:00Z", "2022-01-10 10:00:00 +01:00", "2022-01", "10:00",
        "line one\nline two", "trailing newline\n", "two trailing\n\n", "three\n\n\n", "\nleading newline", "\n", "\n\n",
        "  indented\nsecond", "first\n  indented second", "a\n  \nb", "a\n \n", "spaces before break  \nnext", "a\n\n b",
        "a\r\nb", "a\rb", "tab\n\tindented", "\u{85}nel", "a\u{2028}b", "a\u{2029}b",
        "ёлка", "«ёлка»", "“curly” ‘quotes’", "emoji 🎉", "👍🏽 family 👨‍👩‍👧", "中文", "e\u{301}", "\u{A0}nbsp\u{A0}",
        "\u{0}", "bell\u{7}", "esc\u{1B}[0m", "del\u{7F}", "\u{FEFF}bom", "\u{FFFE}", "back\\slash", "\\n not a newline",
        String(repeating: "long words that must not fold ", count: 12),
        String(repeating: "x", count: 300),
        String(repeating: "a b ", count: 80) + "\n" + String(repeating: "c d ", count: 80) + "end",
    ]

    @Test(arguments: trickyStrings)
    func roundTripsTrickyString(text: String) {
        for value in placements(of: text) {
            #expect(roundTripFailure(value) == nil)
        }
    }

    @Test func roundTripsRandomStrings() {
        let pieces: [String] = [
            " ", "  ", "\n", "\n\n", "\t", "\r", ":", ": ", "#", " #", "-", "- ", "?", "*", "&", "!", "%", "@", "`", "'", "\"",
            "[", "]", "{", "}", ",", "|", ">", "~", "\\", "a", "b", "x", "0", "1", ".", "e", "_", "+", "ё", "“", "🎉", "\u{0}",
            "\u{7}", "\u{85}", "\u{2028}", "\u{A0}", "\u{FEFF}", "null", "true", "no", "0x", "2022-01-10", "---", "...", "<<",
        ]
        var generator = SeededGenerator(state: 20_220_110)
        var failures: [String] = []
        for _ in 0..<3000 {
            let count = Int.random(in: 0...10, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for value in placements(of: text) {
                if let failure = roundTripFailure(value) { failures.append(failure) }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.first ?? "")")
    }

    @Test func roundTripsNumbersAndBooleans() {
        let value: YAMLValue = [
            "ints": [0, 1, -1, .int(Int.max), .int(Int.min)],
            "doubles": [0.0, -0.0, 0.5, 1.0, -2.25, 1e20, 1e-7, 123456.789, .double(.infinity), .double(-.infinity)],
            "flags": [true, false],
            "nothing": nil,
        ]
        #expect(roundTripFailure(value) == nil)
    }

    @Test func doublesReadBackAsTheSameNumber() throws {
        for number in [0.5, 1.0, 1e20, 1e-7, 123456.789, 0.1 + 0.2] {
            let node = try YAMLReader().parse(try YAMLWriter.text(for: ["n": .double(number)]), file: "f.yaml")
            #expect(try node["n"]?.double(for: "n") == number)
        }
        #expect(YAMLWriter.yamlText(for: 1e20) == "1.0e+20")
        #expect(YAMLWriter.yamlText(for: 3) == "3.0")
        #expect(YAMLWriter.yamlText(for: .nan) == ".nan")
    }

    @Test func writesClaimLikeFileReadably() throws {
        let value: YAMLValue = [
            "id": "russia-us-security-talks-2022-01-10",
            "title": "Talks on security: “guarantees” in Geneva",
            "status": "proposed",
            "date": "2022-01-10",
            "tags": ["diplomacy", "no", "1.5"],
            "sources": [],
            "extra": [:],
            "note": "first line\nsecond line\n",
            "count": 3,
            "draft": false,
            "ёлка": "да",
        ]
        #expect(try YAMLWriter.text(for: value) == """
            id: russia-us-security-talks-2022-01-10
            title: 'Talks on security: “guarantees” in Geneva'
            status: proposed
            date: "2022-01-10"
            tags:
            - diplomacy
            - "no"
            - "1.5"
            sources: []
            extra: {}
            note: |
              first line
              second line
            count: 3
            draft: false
            ёлка: да

            """)
    }

    @Test func keepsLongStringsOnOneLine() throws {
        let long = String(repeating: "word ", count: 60) + "end"
        let text = try YAMLWriter.text(for: ["summary": .string(long)])
        #expect(text == "summary: \(long)\n")
    }

    @Test func quotesStringsThatWouldReadAsOtherTypes() throws {
        let value: YAMLValue = ["a": "true", "b": "~", "c": "", "d": "0x1F", "e": " x", "f": "plain"]
        #expect(try YAMLWriter.text(for: value) == """
            a: "true"
            b: "~"
            c: ""
            d: "0x1F"
            e: " x"
            f: plain

            """)
    }

    @Test func writesMultilineTextAsLiteralBlocks() throws {
        let value: YAMLValue = ["keep": "a\n\n", "strip": "a\nb", "indent": "\n  b\n"]
        let text = try YAMLWriter.text(for: value)
        #expect(text.contains("keep: |+\n  a\n\n"))
        #expect(text.contains("strip: |-\n  a\n  b\n"))
        #expect(roundTripFailure(value) == nil)
    }

    /// libyaml 0.2.5's emitter counts characters beyond U+FFFF as unprintable and escapes them.
    /// Exact, if not pretty; this test notices when a newer libyaml writes them as is.
    @Test func escapesCharactersOutsideTheBasicPlane() throws {
        #expect(try YAMLWriter.text(for: ["title": "party 🎉"]) == "title: \"party \\U0001F389\"\n")
        #expect(try YAMLWriter.text(for: ["title": "ёлка “q”"]) == "title: ёлка “q”\n")
    }

    @Test func refusesDuplicateKeys() {
        let value: YAMLValue = .mapping([.init("a", 1), .init("a", 2)])
        #expect(throws: YAMLWriteError.duplicateKey("a")) { try YAMLWriter.text(for: value) }
        #expect(YAMLWriteError.duplicateKey("a").description == "duplicate key 'a' in a mapping to write as YAML")
    }
}
