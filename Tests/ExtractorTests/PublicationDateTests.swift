import ClaimCore
import HTMLExtractor
import Testing

/// The date forms sources write, read as the day written (shared by all extractors, so tested here).
@Suite struct PublicationDateTests {
    @Test(arguments: [
        ("2021-12-28", "2021-12-28"),
        ("2021-12-28T09:30:00+03:00", "2021-12-28"),
        ("2021-12-28T23:30:00-05:00", "2021-12-28"),
        ("2021-12-28 09:30", "2021-12-28"),
        ("2021-12-28T09:30:00.123Z", "2021-12-28"),
        ("  2021-12-28\n", "2021-12-28"),
        ("Tue, 28 Dec 2021 09:30:00 +0300", "2021-12-28"),
        ("Tue, 28 Dec 2021 09:30:00 GMT", "2021-12-28"),
        ("28 Dec 21 09:30 EST", "2021-12-28"),
        ("December 28, 2021", "2021-12-28"),
        ("28 December 2021", "2021-12-28"),
        ("Dec. 28, 2021", "2021-12-28"),
    ])
    func readsDay(text: String, expected: String) {
        #expect(PublicationDate(parsing: text) == .day(CalendarDay(expected)!))
    }

    @Test(arguments: ["2021-02-30", "2021-13-01", "Mon, 31 Feb 2022 10:00:00 GMT", "February 29, 2022"])
    func impossibleDates(text: String) {
        #expect(PublicationDate(parsing: text) == .impossible)
    }

    @Test(arguments: ["", "yesterday", "2021-12-28garbage", "1640683800", "28.12.2021", "December 2021", "Dec 28"])
    func unrecognizedDates(text: String) {
        #expect(PublicationDate(parsing: text) == .unrecognized)
    }
}

@Suite struct LargeInputTests {
    /// A big page full of character references: the offset mapping must stay linear.
    @Test func largeHTMLPageIsReadInLinearTime() async throws {
        var page = "<html><head><title>Big</title></head><body><article>"
        let paragraph = "<p>The talks&nbsp;&mdash; set for January&nbsp;10 &amp; 11 &mdash; were confirmed, officials said.</p>\n"
        page.reserveCapacity(4 * 1024 * 1024)
        while page.utf8.count < 4 * 1024 * 1024 { page += paragraph }
        page += "</article></body></html>"
        let clock = ContinuousClock()
        let start = clock.now
        let result = try await HTMLExtractor(settings: noSettings).extract(request(input("big.html", page)))
        let document = try #require(result.documents.first)
        #expect(clock.now - start < .seconds(60))
        // No-break spaces collapse like any whitespace, so "January 10" reads as two words.
        #expect(document.text.hasPrefix("The talks — set for January 10 & 11 — were confirmed"))
        // "were confirmed, officials said." is verbatim in every paragraph, so it maps into the file.
        let file = InputFile(path: "big.html", bytes: Array(page.utf8))
        #expect(try document.fileText(of: "were confirmed, officials said.", in: file) == "were confirmed, officials said.")
    }
}
