import ClaimCore
import Testing
@testable import ClaimConfig

@Suite struct YAMLReaderTests {
    let reader = YAMLReader()

    private func parseError(_ text: String, reader: YAMLReader = YAMLReader()) -> String? {
        do {
            _ = try reader.parse(text, file: "config.yaml")
            return nil
        } catch {
            return error.description
        }
    }

    @Test func readsNestedTreeWithLocations() throws {
        let node = try reader.parse("""
            version: 1
            extractors:
              - id: rss_feed
                feeds: [https://example.org/a.xml, "quoted"]
            """, file: "config.yaml")
        let entries = try #require(node.entries)
        #expect(entries.map(\.key) == ["version", "extractors"])
        #expect(entries[0].keyLocation == SourceLocation(file: "config.yaml", line: 1, column: 1))
        #expect(entries[0].value.location == SourceLocation(file: "config.yaml", line: 1, column: 10))
        let extractor = try #require(node["extractors"]?.elements?.first)
        #expect(extractor.location.line == 3 && extractor.location.column == 5)
        let feeds = try #require(extractor["feeds"]?.elements)
        #expect(feeds.map(\.scalarText) == ["https://example.org/a.xml", "quoted"])
        #expect(feeds[1].location == SourceLocation(file: "config.yaml", line: 4, column: 40))
        #expect(feeds[0].content == .scalar(.init("https://example.org/a.xml", isQuoted: false)))
        #expect(feeds[1].content == .scalar(.init("quoted", isQuoted: true)))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let node = try reader.parse("ёлка: «да»\n", file: "f.yaml")
        #expect(node["ёлка"]?.location.column == 7)
    }

    @Test func marksQuotedAndBlockScalarsAsQuoted() throws {
        let node = try reader.parse("""
            plain: true
            single: 'true'
            double: "true"
            literal: |
              true
            folded: >
              true
            tagged: !!str true
            bare: ! 12
            """, file: "f.yaml")
        let quoted = try #require(node.entries).map { entry -> Bool in
            guard case .scalar(let scalar) = entry.value.content else { return false }
            return scalar.isQuoted
        }
        #expect(quoted == [false, true, true, true, true, true, true])
        #expect(node["literal"]?.scalarText == "true\n")
    }

    @Test func emptyInputIsNullAtStart() throws {
        for text in ["", "# only a comment\n", "\n\n"] {
            let node = try reader.parse(text, file: "empty.yaml")
            #expect(node.isNull)
            #expect(node.location == SourceLocation(file: "empty.yaml", line: 1, column: 1))
        }
    }

    @Test func reportsSyntaxErrorWithCaret() {
        #expect(parseError("version: 1\nclaims_directory: a: b\n") == """
            config.yaml:2:20: error: could not parse YAML: mapping values are not allowed in this context
            claims_directory: a: b
                               ^
            """)
    }

    @Test func reportsUnclosedFlowSequenceWithContext() {
        #expect(parseError("list: [a, b\nnext: 1\n") == """
            config.yaml:2:5: error: could not parse YAML: did not find expected ',' or ']'
            next: 1
                ^
            note: while parsing a flow sequence that starts at config.yaml:1:7
            """)
    }

    @Test func rejectsDuplicateKeys() {
        #expect(parseError("name: a\nother: b\nname: c\n") == """
            config.yaml:3:1: error: duplicate key 'name'
            name: c
            ^
            note: first defined at config.yaml:1:1
            """)
    }

    @Test func rejectsDuplicateKeysInNestedFlowMappings() {
        #expect(parseError("outer:\n  - {a: 1, a: 2}\n") == """
            config.yaml:2:12: error: duplicate key 'a'
              - {a: 1, a: 2}
                       ^
            note: first defined at config.yaml:2:6
            """)
    }

    @Test func rejectsCollectionKeys() {
        #expect(parseError("? [a, b]\n: value\n")?.hasPrefix("config.yaml:1:3: error: mapping keys must be text, found a list") == true)
    }

    @Test func rejectsSecondDocument() {
        #expect(parseError("a: 1\n---\nb: 2\n") == """
            config.yaml:2:1: error: expected one YAML document, found more
            ---
            ^
            """)
    }

    @Test func allowsExplicitSingleDocument() throws {
        let node = try reader.parse("---\na: 1\n...\n", file: "f.yaml")
        #expect(node["a"]?.scalarText == "1")
    }

    @Test func expandsAliases() throws {
        let node = try reader.parse("""
            base: &common { grace_days: 1, cues: [a, b] }
            copy: *common
            """, file: "f.yaml")
        #expect(node["copy"] == node["base"])
        #expect(node["copy"]?["cues"]?.elements?.count == 2)
    }

    @Test func allowsAliasAsKey() throws {
        let node = try reader.parse("a: &k name\n*k : value\n", file: "f.yaml")
        #expect(node["name"]?.scalarText == "value")
    }

    @Test func refusesBillionLaughs() {
        let text = """
            a: &a [x, x, x, x, x, x, x, x, x, x]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
            """
        #expect(parseError(text) == """
            config.yaml:2:44: error: YAML aliases expand beyond 100 nodes
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
                                                       ^
            """)
        // The limit is configurable for callers that knowingly read bigger files.
        #expect(parseError(text, reader: YAMLReader(maxAliasExpansion: 20_000)) == nil)
    }

    @Test func rejectsUnknownAnchor() {
        #expect(parseError("a: *missing\n") == """
            config.yaml:1:4: error: unknown anchor 'missing' in alias '*missing'
            a: *missing
               ^
            note: an anchor ('&missing') must be defined before an alias uses it
            """)
    }

    @Test func rejectsRecursiveAlias() {
        #expect(parseError("a: &x [*x]\n")?.contains("unknown anchor 'x'") == true)
    }

    @Test func rejectsUnknownTags() {
        #expect(parseError("when: !!timestamp 2022-01-10\n") == """
            config.yaml:1:7: error: unsupported YAML tag '!!timestamp'
            when: !!timestamp 2022-01-10
                  ^
            note: write the value without a tag; quote it to make it a string
            """)
        #expect(parseError("x: !custom {a: 1}\n")?.contains("unsupported YAML tag '!custom'") == true)
        #expect(parseError("x: !!map {a: 1}\ny: !!seq [1]\n") == nil)
    }

    @Test func rejectsInvalidUTF8() {
        var bytes = Array("name: ok\nbad: ".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("\n".utf8)
        #expect(throws: Diagnostic.self) { try reader.parse(bytes, file: "config.yaml") }
        do {
            _ = try reader.parse(bytes, file: "config.yaml")
        } catch {
            #expect(error.description == """
                config.yaml:2:6: error: file is not valid UTF-8: invalid leading UTF-8 octet
                bad: \u{FFFD}\u{FFFD}
                     ^
                """)
        }
    }

    @Test func rejectsControlCharacters() {
        #expect(parseError("name: a\u{01}b\n") == """
            config.yaml:1:8: error: could not read YAML: control characters are not allowed (found U+0001)
            name: a\u{FFFD}b
                   ^
            """)
    }

    @Test func limitsNesting() {
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(parseError(deep)?.hasPrefix("config.yaml:1:257: error: YAML nesting is deeper than 256 levels") == true)
    }

    @Test func readsCRLFLineEndings() throws {
        let node = try reader.parse("a: 1\r\nb: 2\r\n", file: "f.yaml")
        #expect(node["b"]?.location.line == 2)
        #expect(parseError("a: 1\r\nb: c: d\r\n")?.contains("\nb: c: d\n") == true)
    }

    @Test func skipsByteOrderMark() throws {
        let node = try reader.parse("\u{FEFF}a: 1\n", file: "f.yaml")
        #expect(node["a"]?.location == SourceLocation(file: "f.yaml", line: 1, column: 4))
        #expect(node.entries?.first?.keyLocation.column == 1)
    }
}
