import ClaimCore
import JSONLinesExtractor
import Testing

@Suite struct JSONLinesExtractorTests {
    let extractor = try! JSONLinesExtractor(settings: noSettings)

    @Test func eachLineIsADocumentAndBadLinesAreReported() async throws {
        let result = try await extractor.extract(request(try Fixture.input("wire.jsonl")))
        #expect(result.documents.map(\.item) == ["line 1", "line 3", "line 5"])
        let first = try #require(result.documents.first)
        #expect(first.title == "Vote moved to June")
        #expect(first.text == "Parliament will vote on the budget on June 3, the speaker said.")
        #expect(first.published == CalendarDay("2022-05-20"))
        #expect(first.source == "Valley Post")
        #expect(first.url == "https://valley.example/vote")
        #expect(first.segments.isEmpty)
        #expect(result.problems.map(\.description) == [
            "Fixtures/wire.jsonl [line 2]: error: is not valid JSON",
            "Fixtures/wire.jsonl [line 3]: warning: has no publication date; relative dates cannot be resolved",
            "Fixtures/wire.jsonl [line 5]: error: impossible date '2022-02-30' for 'published'; relative dates cannot be resolved",
        ])
    }

    @Test func wrongShapesAreNamed() async throws {
        let lines = input("shapes.jsonl", """
            [1, 2]
            {"title": "No text"}
            {"text": 42}
            {"text": "Fine", "published": true}
            {"text": "   "}
            """)
        let result = try await extractor.extract(request(lines))
        #expect(result.documents.isEmpty)
        #expect(result.problems.map(\.message) == [
            "expected a JSON object, found a list",
            "has no 'text'",
            "expected a string for 'text', found a number",
            "expected a string for 'published', found a boolean",
            "has an empty 'text'",
        ])
    }

    @Test func invalidUTF8CostsOnlyItsLine() async throws {
        let bytes = Array("{\"text\": \"ok\", \"published\": \"2022-01-03\"}\n{\"text\": \"".utf8) + [0xC3, 0x28] + Array("\"}\n".utf8)
        let result = try await extractor.extract(request(InputFile(path: "mixed.jsonl", bytes: bytes)))
        #expect(result.documents.count == 1)
        #expect(result.problems.map(\.description) == ["mixed.jsonl [line 2]: error: is not valid UTF-8 text (invalid byte at offset 52)"])
    }

    @Test func publishedOverrideAppliesToEveryLine() async throws {
        let result = try await extractor.extract(request(try Fixture.input("wire.jsonl"), published: CalendarDay("2022-06-01")))
        #expect(result.documents.allSatisfy { $0.published == CalendarDay("2022-06-01") })
        #expect(result.problems.map(\.item) == ["line 2"])
    }
}
