import ClaimCore
import HTMLExtractor
import Testing

@Suite struct HTMLExtractorTests {
    let extractor = try! HTMLExtractor(settings: noSettings)

    @Test func readsMetadataFromMetaTags() async throws {
        let result = try await extractor.extract(request(try Fixture.input("security-talks.html")))
        #expect(result.problems.isEmpty)
        let document = try #require(result.documents.first)
        #expect(document.title == "Russia and US to hold security talks on January 10")
        #expect(document.published == CalendarDay("2021-12-28"))
        #expect(document.source == "Harbour Wire")
        #expect(document.url == "https://harbourwire.example/world/security-talks-january")
    }

    /// The headline is the document's title, not its text; the byline, the "read more" box and the
    /// newsletter form are furniture.
    @Test func textIsTheArticleWithoutPageFurniture() async throws {
        let document = try #require(try await extractor.extract(request(try Fixture.input("security-talks.html"))).documents.first)
        #expect(document.title == "Russia and US to hold security talks on January 10")
        #expect(document.text == """
            Talks between Moscow and Washington on security guarantees are scheduled for January 10, the White House said on Monday.

            The Kremlin’s envoy said there were “no final agreements” yet & that Moscow considers January 10 a possible date.

            A Russia–NATO meeting could follow on January 12.

            A personal meeting between the two presidents in January is very unlikely, a State Department official said.
            """)
    }

    @Test func wordsCopiedVerbatimMapToTheFile() async throws {
        let file = try Fixture.input("security-talks.html")
        let document = try #require(try await extractor.extract(request(file)).documents.first)
        // Across a line break in the source, collapsed to one space in the text.
        #expect(try document.fileText(of: "scheduled for January 10", in: file) == "scheduled for January 10")
        #expect(try document.fileText(of: "January 12", in: file) == "January 12")
        // "January 10" also appears in a script and in meta tags; the mapping must find the paragraph.
        let fileText = String(decoding: file.bytes, as: UTF8.self)
        let paragraph = try #require(fileText.range(of: "<p>Talks between"))
        #expect(document.fileOffset(forTextOffset: 0) == fileText.utf8.distance(from: fileText.startIndex, to: paragraph.lowerBound) + 3)
        // After an entity the text is still found: words between references are verbatim.
        #expect(try document.fileText(of: "possible date", in: file) == "possible date")
    }

    @Test func wordsDecodedFromEntitiesStayUnmapped() async throws {
        let file = try Fixture.input("security-talks.html")
        let document = try #require(try await extractor.extract(request(file)).documents.first)
        let word = try #require(document.text.range(of: "Kremlin’s"))
        let offset = document.text.utf8.distance(from: document.text.startIndex, to: word.lowerBound)
        #expect(!document.segments.contains { $0.textOffset <= offset && offset < $0.textOffset + $0.length })
    }

    @Test func paragraphsAndLineBreaksDoNotRunTogether() async throws {
        let page = input("p.html", "<html><body><div>First sentence<p>Second one</p>third<br>fourth<ul><li>a</li><li>b</li></ul></div></body></html>")
        let document = try #require(try await extractor.extract(request(page)).documents.first)
        #expect(document.text == "First sentence\n\nSecond one\n\nthird\n\nfourth\n\na\n\nb")
    }

    @Test func fallsBackToBodyAndSkipsExtraElements() async throws {
        let page = input("p.html", "<html><body><p>Talks on Monday.</p><figure><figcaption>Photo: a file image</figcaption></figure></body></html>")
        let plain = try #require(try await extractor.extract(request(page)).documents.first)
        #expect(plain.text == "Talks on Monday.\n\nPhoto: a file image")
        let custom = try HTMLExtractor(settings: settings("skip_elements: [figcaption]"))
        let skipped = try #require(try await custom.extract(request(page)).documents.first)
        #expect(skipped.text == "Talks on Monday.")
    }

    @Test func dateFromOtherMetaTagsAndJSONLD() async throws {
        let named = input("a.html", "<html><head><meta name=\"pubdate\" content=\"2022-05-02\"></head><body><p>Text</p></body></html>")
        #expect(try await extractor.extract(request(named)).documents.first?.published == CalendarDay("2022-05-02"))
        let jsonLD = input("b.html", """
            <html><head><script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2022-05-03T10:00:00Z", "headline": "Vote set"}]}</script></head><body><p>Text</p></body></html>
            """)
        let document = try #require(try await extractor.extract(request(jsonLD)).documents.first)
        #expect(document.published == CalendarDay("2022-05-03"))
        #expect(document.title == "Vote set")
        let time = input("c.html", "<html><body><article><time datetime=\"2022-05-04\">Wednesday</time><p>Text</p></article></body></html>")
        #expect(try await extractor.extract(request(time)).documents.first?.published == CalendarDay("2022-05-04"))
    }

    @Test func missingDateIsAWarning() async throws {
        let result = try await extractor.extract(request(input("nodate.html", "<html><body><p>Talks on Monday.</p></body></html>")))
        #expect(result.documents.count == 1)
        #expect(result.problems.map(\.description) == ["nodate.html: warning: has no publication date; relative dates cannot be resolved"])
    }

    @Test func unreadableMetaDateIsReportedWithItsTag() async throws {
        let page = input("bad.html", "<html><head><meta property=\"article:published_time\" content=\"2022-13-01\"></head><body><p>Text</p></body></html>")
        let result = try await extractor.extract(request(page))
        #expect(result.problems.map(\.description) == ["bad.html: error: impossible date '2022-13-01' for 'article:published_time'; relative dates cannot be resolved"])
    }

    @Test func malformedHTMLIsRecovered() async throws {
        let page = input("broken.html", "<html><body><p>Talks on <b>Monday</p><p>Vote on <i>Friday<div>end")
        let document = try #require(try await extractor.extract(request(page)).documents.first)
        #expect(document.text == "Talks on Monday\n\nVote on Friday\n\nend")
    }

    @Test func pageWithNothingReadableIsAProblem() async throws {
        let page = input("empty.html", "<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>")
        let result = try await extractor.extract(request(page))
        #expect(result.documents.isEmpty)
        #expect(result.problems.map(\.description) == ["empty.html: error: has no article text outside scripts, styles and navigation"])
    }

    @Test func publishedOverrideWins() async throws {
        let result = try await extractor.extract(request(try Fixture.input("security-talks.html"), published: CalendarDay("2022-01-01")))
        #expect(result.documents.first?.published == CalendarDay("2022-01-01"))
    }
}
