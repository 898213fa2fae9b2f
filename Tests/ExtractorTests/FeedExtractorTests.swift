import ClaimCore
import FeedExtractor
import Testing

@Suite struct FeedExtractorTests {
    let extractor = try! FeedExtractor(settings: noSettings)

    @Test func everyRSSItemIsADocument() async throws {
        let result = try await extractor.extract(request(try Fixture.input("summit-feed.rss")))
        #expect(result.problems.isEmpty)
        #expect(result.documents.map(\.item) == ["courier-2022-0311", "https://lakeside.example/world/leaders-hope", "item 3"])
        #expect(result.documents.map(\.title) == ["Border summit called off", "Leaders still hope to meet", "Ministers to prepare summit"])
        #expect(result.documents.allSatisfy { $0.source == "Lakeside Courier – World" })
        #expect(result.documents.allSatisfy { $0.segments.isEmpty && $0.file == "Fixtures/summit-feed.rss" })
        #expect(result.documents.map(\.url) == ["https://lakeside.example/world/summit-called-off", "https://lakeside.example/world/leaders-hope", nil])
    }

    @Test func rssDatesAreTheDayWrittenInTheFeedsOffset() async throws {
        let result = try await extractor.extract(request(try Fixture.input("summit-feed.rss")))
        // "Thu, 10 Mar 2022 23:30:00 -0500" is March 11 in UTC, but the writer's day is March 10.
        #expect(result.documents.map(\.published) == [CalendarDay("2022-03-11"), CalendarDay("2022-03-10"), CalendarDay("2022-03-08")])
    }

    @Test func itemMarkupBecomesPlainText() async throws {
        let result = try await extractor.extract(request(try Fixture.input("summit-feed.rss")))
        #expect(result.documents.map(\.text) == [
            "The summit planned for March 15 has been called off, the foreign ministry said.\n\nOfficials said talks & visits would resume “when conditions allow”.",
            "Both leaders said on Thursday they still hoped to meet\n\nbefore the end of the month.\n\nA date has not been set.",
            "Foreign ministers will meet on Wednesday to prepare the summit.",
        ])
    }

    @Test func atomEntriesUseAlternateLinksAndPublishedDates() async throws {
        let result = try await extractor.extract(request(try Fixture.input("summit-feed.atom")))
        #expect(result.problems.isEmpty)
        #expect(result.documents.map(\.item) == ["urn:example:ledger:summit-postponed", "urn:example:ledger:delegations"])
        #expect(result.documents.map(\.url) == ["https://ledger.example/2022/03/summit-postponed", "https://ledger.example/2022/03/delegations"])
        #expect(result.documents.map(\.title) == ["Summit <postponed> again", "Delegations arrive"])
        #expect(result.documents.map(\.published) == [CalendarDay("2022-03-12"), CalendarDay("2022-03-09")])
        #expect(result.documents.map(\.text) == [
            "The summit, first set for March 15, was postponed until April.",
            "Delegations arrived on Wednesday.\n\nTalks begin tomorrow.",
        ])
        #expect(result.documents.allSatisfy { $0.source == "Northern Ledger" })
    }

    @Test func maxItemsKeepsTheFirstItems() async throws {
        let limited = try FeedExtractor(settings: settings("max_items: 2"))
        let result = try await limited.extract(request(try Fixture.input("summit-feed.rss")))
        #expect(result.documents.count == 2)
    }

    /// A download cut off mid-item: the whole items before the cut are kept.
    @Test func truncatedFeedKeepsTheItemsBeforeTheError() async throws {
        let feed = input("cut.rss", """
            <rss version="2.0"><channel><title>Wire</title>
            <item><title>One</title><description>Talks on Monday.</description><pubDate>Mon, 03 Jan 2022 10:00:00 GMT</pubDate></item>
            <item><title>Two</title><description>Cut off he
            """)
        let result = try await extractor.extract(request(feed))
        #expect(result.documents.map(\.title) == ["One"])
        #expect(result.documents.first?.published == CalendarDay("2022-01-03"))
        let problem = try #require(result.problems.first)
        #expect(problem.owner == "cut.rss")
        #expect(problem.severity == .error)
        #expect(problem.message.hasPrefix("is not well-formed XML (the feed ends before its elements are closed at line 3"))
        #expect(problem.message.hasSuffix("; 1 item before it was read"))
    }

    @Test func mismatchedTagIsNamed() async throws {
        let feed = input("bad.rss", "<rss><channel><title>W</title>\n<item><title>One</description></item></channel></rss>")
        let result = try await extractor.extract(request(feed))
        let problem = try #require(result.problems.first)
        #expect(problem.message.hasPrefix("is not well-formed XML (mismatched end tag at line 2, column "))
    }

    @Test func otherXMLIsNotAFeed() async throws {
        let result = try await extractor.extract(request(input("layout.xml", "<?xml version=\"1.0\"?><layout><item/></layout>")))
        #expect(result.documents.isEmpty)
        #expect(result.problems.map(\.description) == ["layout.xml: error: is not an RSS or Atom feed (its root element is 'layout')"])
    }

    @Test func itemsWithoutDatesAreKeptWithAWarning() async throws {
        let feed = input("nodates.rss", "<rss><channel><title>W</title><item><title>Vote on Friday</title><guid>v1</guid></item></channel></rss>")
        let result = try await extractor.extract(request(feed))
        #expect(result.documents.map(\.text) == ["Vote on Friday"])
        #expect(result.problems.map(\.description) == ["nodates.rss [v1]: warning: has no publication date; relative dates cannot be resolved"])
    }

    @Test func unreadableItemDateNamesTheItemAndTag() async throws {
        let feed = input("bad.rss", "<rss><channel><item><title>T</title><guid>g</guid><pubDate>soon</pubDate></item></channel></rss>")
        let result = try await extractor.extract(request(feed))
        #expect(result.problems.map(\.description) == ["bad.rss [g]: error: expected a date such as '2021-12-28' for 'pubDate', found 'soon'; relative dates cannot be resolved"])
        let override = try await extractor.extract(request(feed, published: CalendarDay("2022-01-02")))
        #expect(override.problems.isEmpty)
        #expect(override.documents.first?.published == CalendarDay("2022-01-02"))
    }

    @Test func emptyFeedIsAWarning() async throws {
        let result = try await extractor.extract(request(input("empty.rss", "<rss><channel><title>W</title></channel></rss>")))
        #expect(result.problems.map(\.description) == ["empty.rss: warning: has no items"])
    }
}
