import ClaimCore
import Testing
import TextExtractor

@Suite struct TextExtractorTests {
    let extractor = try! TextExtractor(settings: noSettings)

    @Test func readsFrontMatterFields() async throws {
        let file = try Fixture.input("security-talks.md")
        let result = try await extractor.extract(request(file))
        #expect(result.problems.isEmpty)
        let document = try #require(result.documents.first)
        #expect(document.title == "Russia and US agree to talks on January 10")
        #expect(document.published == CalendarDay("2021-12-28"))
        #expect(document.source == "Harbour Wire")
        #expect(document.url == "https://harbourwire.example/world/talks")
        #expect(document.item == nil)
        #expect(document.text.hasPrefix("# Russia and US agree"))
        #expect(!document.text.contains("tags:"))
    }

    @Test func offsetsCountFromTheStartOfTheFileIncludingFrontMatter() async throws {
        let file = try Fixture.input("security-talks.md")
        let document = try #require(try await extractor.extract(request(file)).documents.first)
        let phrase = "scheduled for January 10"
        let textOffset = document.text.utf8.distance(from: document.text.startIndex, to: try #require(document.text.range(of: phrase)).lowerBound)
        let fileOffset = document.fileOffset(forTextOffset: textOffset)
        let fileText = String(decoding: file.bytes, as: UTF8.self)
        let expected = fileText.utf8.distance(from: fileText.startIndex, to: try #require(fileText.range(of: phrase)).lowerBound)
        #expect(fileOffset == expected)
        #expect(fileOffset > textOffset)
        #expect(try document.fileText(of: phrase, in: file) == phrase)
    }

    @Test func plainTextWithoutFrontMatterMapsOneToOne() async throws {
        let file = input("-", "The vote is set for June 3.\n")
        let result = try await extractor.extract(request(file))
        let document = try #require(result.documents.first)
        #expect(document.text == "The vote is set for June 3.\n")
        #expect(document.segments == [TextSegment(textOffset: 0, fileOffset: 0, length: 28)])
        #expect(result.problems == [Diagnostic(.warning, owner: "-", "has no publication date; relative dates cannot be resolved")])
    }

    @Test func byteOrderMarkIsSkippedButCounted() async throws {
        let file = InputFile(path: "bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("---\npublished: 2022-01-04\n---\nTalks on Monday.".utf8))
        let document = try #require(try await extractor.extract(request(file)).documents.first)
        #expect(document.text == "Talks on Monday.")
        #expect(document.published == CalendarDay("2022-01-04"))
        #expect(document.segments.first?.fileOffset == 3 + 30)
        #expect(try document.fileText(of: "Monday", in: file) == "Monday")
    }

    @Test func timestampInFrontMatterGivesTheDayAsWritten() async throws {
        let file = input("late.md", "---\npublished: 2021-12-28T23:30:00-05:00\n---\nTalks resume tomorrow.\n")
        let document = try #require(try await extractor.extract(request(file)).documents.first)
        #expect(document.published == CalendarDay("2021-12-28"))
    }

    @Test func impossibleDateIsAnErrorAndTheDocumentIsKept() async throws {
        let file = input("odd.md", "---\ntitle: Ferry\npublished: 2021-02-30\n---\nThe ferry resumes on Friday.\n")
        let result = try await extractor.extract(request(file))
        let document = try #require(result.documents.first)
        #expect(document.published == nil)
        #expect(result.problems.map(\.description) == [
            "odd.md: error: impossible date '2021-02-30' for 'published'; relative dates cannot be resolved",
        ])
    }

    @Test func unreadableDateIsAnError() async throws {
        let file = input("odd.md", "---\npublished: last Tuesday\n---\nText.\n")
        let result = try await extractor.extract(request(file))
        #expect(result.problems.map(\.description) == [
            "odd.md: error: expected a date such as '2021-12-28' for 'published', found 'last Tuesday'; relative dates cannot be resolved",
        ])
        #expect(result.documents.count == 1)
    }

    @Test func publishedOverrideReplacesTheFrontMatterDate() async throws {
        let file = input("odd.md", "---\npublished: 2021-02-30\n---\nThe ferry resumes on Friday.\n")
        let result = try await extractor.extract(request(file, published: CalendarDay("2022-03-01")))
        #expect(result.problems.isEmpty)
        #expect(result.documents.first?.published == CalendarDay("2022-03-01"))
        let plain = try await extractor.extract(request(input("-", "No date here."), published: CalendarDay("2022-03-01")))
        #expect(plain.problems.isEmpty)
        #expect(plain.documents.first?.published == CalendarDay("2022-03-01"))
    }

    @Test func invalidFrontMatterYAMLIsReportedWithItsLineInTheFile() async throws {
        let file = input("broken.md", "---\ntitle: [unclosed\npublished: 2021-12-28\n---\nBody text.\n")
        let result = try await extractor.extract(request(file))
        #expect(result.documents.count == 1)
        let problem = try #require(result.problems.first)
        #expect(problem.severity == .error)
        #expect(problem.owner == "broken.md")
        #expect(problem.message.contains("(front matter, line "))
    }

    @Test func frontMatterOfTheWrongShapeIsReported() async throws {
        let list = try await extractor.extract(request(input("list.md", "---\n- a\n- b\n---\nBody.\n")))
        #expect(list.problems.first?.message == "expected a mapping of 'title', 'published', 'source' and 'url' in the front matter, found a list (front matter, line 2)")
        let title = try await extractor.extract(request(input("title.md", "---\ntitle: [a, b]\n---\nBody.\n")))
        #expect(title.problems.first?.message == "expected a string for 'title', found a list (front matter, line 2)")
    }

    @Test func unclosedFrontMatterIsReportedAndTheTextStillRead() async throws {
        let result = try await extractor.extract(request(input("open.md", "---\ntitle: Talks\n\nTalks are set for Monday.\n")))
        #expect(result.documents.first?.text.hasPrefix("---") == true)
        #expect(result.problems.first?.message == "front matter opened by '---' on line 1 is never closed by a '---' line; reading the whole file as text")
    }

    @Test func frontMatterWithoutBodyIsReported() async throws {
        let result = try await extractor.extract(request(input("empty.md", "---\ntitle: Talks\n---\n\n")))
        #expect(result.documents.isEmpty)
        #expect(result.problems.map(\.description) == ["empty.md: error: has no text after its front matter"])
    }

    @Test func markdownHeadingIsTheTitleWhenFrontMatterHasNone() async throws {
        let result = try await extractor.extract(request(input("note.md", "# Vote moved to June\n\nThe vote is now on June 3.\n")))
        #expect(result.documents.first?.title == "Vote moved to June")
    }

    @Test func extensionsSettingReplacesTheDefaults() throws {
        let custom = try TextExtractor(settings: settings("extensions: [.log]"))
        #expect(custom.canRead(input("wire.log", "Talks on Monday.")))
        #expect(!custom.canRead(input("page.md", "<p>not text</p>")))
    }
}
