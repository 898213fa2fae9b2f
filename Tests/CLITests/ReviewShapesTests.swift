import Foundation
import Testing

/// `claims import` reads fact-checkers' reviews in the three shapes they are exchanged in, maps
/// their ratings to statuses by `ratings:` in config.yaml, and reads large files a review at a time.
@Suite struct ReviewShapesTests {
    /// One review as JSON-LD: a future event claim, its rating, and when the claim was made.
    static func review(_ claim: String, rating: String, url: String, claimDate: String = "2023-05-02") -> String {
        """
        {"@type": ["ClaimReview"], "url": "\(url)", "claimReviewed": "\(claim)", "datePublished": "2023-05-04",
         "author": [{"@type": "Organization", "name": "Harbour Checks"}],
         "reviewRating": {"@type": "Rating", "alternateName": "\(rating)"},
         "itemReviewed": {"@type": "Claim", "author": {"name": "the port authority"}, "datePublished": "\(claimDate)",
                          "appearance": {"@type": "CreativeWork", "url": "https://news.example/a"}}}
        """
    }

    /// A schema.org DataFeed, as fact-check markup tools export it: items holding reviews.
    static let dataFeed = """
        {"@context": "https://schema.org", "@type": "DataFeed", "dateModified": "2023-05-05T10:00:00Z",
         "dataFeedElement": [
           {"@type": "DataFeedItem", "dateCreated": "2023-05-04", "item": [\(review("The new ferry terminal opens on June 12, 2023", rating: "True", url: "https://checks.example/ferry"))]},
           {"@type": "DataFeedItem", "item": \(review("The harbour bridge closes for repairs on July 3, 2023", rating: "Pants on Fire", url: "https://checks.example/bridge"))},
           {"@type": "DataFeedItem", "item": [\(review("Dock workers at Hale &amp; Sons strike on June 20, 2023", rating: "Satire", url: "https://checks.example/strike"))]}
         ]}
        """

    /// A Fact Check Tools claim search, as a newsroom saves it.
    static let factCheckSearch = """
        {"claims": [
          {"text": "The city council votes on the harbour plan on June 8, 2023", "claimant": "Mayor Ruth Okafor",
           "claimDate": "2023-05-01T00:00:00Z",
           "claimReview": [{"publisher": {"name": "Coast Verify", "site": "coastverify.example"},
                            "url": "https://coastverify.example/vote", "title": "Is the vote on?",
                            "reviewDate": "2023-05-03T09:00:00Z", "textualRating": "Falso", "languageCode": "es"}]},
          {"text": "", "claimReview": [{"publisher": {"name": "Coast Verify"}, "textualRating": "True"}]}
         ],
         "nextPageToken": "abc"}
        """

    func statuses(in cli: CLIHarness) throws -> [String: String] {
        let listing = try ReportTestLedger.json(try cli.run(["list", "--format", "json"]).stdout)
        var result: [String: String] = [:]
        for claim in listing["claims"] as? [[String: Any]] ?? [] {
            result[claim["statement"] as? String ?? ""] = claim["status"] as? String
        }
        return result
    }

    @Test func dataFeedImportsEveryItemsReviewsWithRatingsMapped() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.run(["init"])
        try cli.write(Self.dataFeed, to: "feed.json")
        let result = try cli.run(["import", "feed.json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasSuffix("imported 3 reviews: 3 new claims, 0 new evidence, 0 status changes, 0 already known, 0 skipped\n"))
        // True → confirmed; Pants on Fire → denied; Satire asserts no status, so the claim starts as a plan.
        #expect(try statuses(in: cli) == [
            "The new ferry terminal opens on June 12, 2023": "confirmed",
            "The harbour bridge closes for repairs on July 3, 2023": "denied",
            // Markup tools write HTML in claimReviewed; its references are decoded.
            "Dock workers at Hale & Sons strike on June 20, 2023": "proposed",
        ])
        // The same file asked for as a DataFeed reads the same; as a Fact Check Tools search, it holds none.
        #expect(try cli.run(["import", "--format", "datafeed", "feed.json"]).stderr.contains("3 already known"))
        let wrongShape = try cli.run(["import", "--format", "factcheck-api", "feed.json"])
        #expect(wrongShape.status == 1)
        #expect(wrongShape.stderr.hasPrefix("feed.json: error: no Fact Check Tools claim with a review found (3 other nodes)"))
    }

    @Test func factCheckSearchImportsClaimsAndSkipsOnesWithoutText() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.run(["init"])
        try cli.write(Self.factCheckSearch, to: "search.json")
        let result = try cli.run(["import", "search.json"])
        #expect(result.status == 1, "the review without claim text is an error")
        #expect(result.stderr == """
            search.json [review 2]: error: has no claim text ('text'); skipped
            imported 1 review (1 skipped): 1 new claims, 0 new evidence, 0 status changes, 0 already known, 0 skipped

            """)
        #expect(try statuses(in: cli) == ["The city council votes on the harbour plan on June 8, 2023": "denied"])
        let show = try cli.run(["show", "--format", "json", try #require(try listIDs(cli).first)])
        #expect(show.stdout.contains("\"said_by\" : \"Coast Verify\"") || show.stdout.contains("\"said_by\": \"Coast Verify\""))
        #expect(show.stdout.contains("claim made by Mayor Ruth Okafor on 2023-05-01"))
    }

    func listIDs(_ cli: CLIHarness) throws -> [String] {
        let listing = try ReportTestLedger.json(try cli.run(["list", "--format", "json"]).stdout)
        return (listing["claims"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    @Test func reviewWithoutAnyDateIsSkippedWithItsReason() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.run(["init"])
        try cli.write(#"[{"@type": "ClaimReview", "claimReviewed": "The harbour master resigns", "reviewRating": {"alternateName": "False"}}]"#, to: "undated.json")
        let result = try cli.run(["import", "undated.json"])
        #expect(result.stderr == """
            undated.json [review 1]: warning: no date for the event in the review, the claim or its words; skipped
            imported 0 reviews (1 skipped): 0 new claims, 0 new evidence, 0 status changes, 0 already known, 0 skipped

            """)
        #expect(try listIDs(cli).isEmpty)
    }

    /// Ratings on a scale: the fraction between worst and best decides, by `ratings.numeric`.
    @Test func numericRatingsFollowTheThresholds() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.run(["init"])
        func numeric(_ claim: String, _ value: Int) -> String {
            """
            {"@type": "ClaimReview", "claimReviewed": "\(claim)", "datePublished": "2023-05-04",
             "reviewRating": {"@type": "Rating", "ratingValue": \(value), "bestRating": 5, "worstRating": 1}}
            """
        }
        try cli.write("[" + numeric("The marina reopens on June 1, 2023", 5) + "," + numeric("The lighthouse is sold on June 2, 2023", 1) + "]", to: "scale.json")
        #expect(try cli.run(["import", "scale.json"]).status == 0)
        #expect(try statuses(in: cli) == ["The marina reopens on June 1, 2023": "confirmed", "The lighthouse is sold on June 2, 2023": "denied"])
    }

    @Test func unreadableRatingIsReportedPerReview() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.run(["init"])
        try cli.write(#"[{"@type": "ClaimReview", "claimReviewed": "The marina reopens on June 1, 2023", "datePublished": "2023-05-04", "reviewRating": {"ratingValue": "five"}}]"#, to: "odd.json")
        let result = try cli.run(["import", "odd.json"])
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("odd.json [review 1]: warning: rating value 'five' is not a number on a scale, and there is no rating in words; recorded without a status\n"))
        #expect(try statuses(in: cli) == ["The marina reopens on June 1, 2023": "proposed"])
    }

    /// A newsroom maps its own fact-checkers' words; ratings are compared ignoring case and punctuation.
    @Test func ratingsAreTheNewsroomsToMap() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.run(["init"])
        var config = try cli.read("config.yaml")
        let start = try #require(config.range(of: "\nratings:\n"))
        config.replaceSubrange(start.lowerBound..<config.endIndex, with: "\nratings:\n  text:\n    very_unlikely: [\"Too Early To Say!\"]\n")
        try cli.write(config, to: "config.yaml")
        try cli.write("[" + Self.review("The ferry strike ends on June 30, 2023", rating: "too early to say", url: "https://checks.example/x") + "]", to: "r.json")
        #expect(try cli.run(["import", "r.json"]).status == 0)
        #expect(try statuses(in: cli) == ["The ferry strike ends on June 30, 2023": "very_unlikely"])
    }

    @Test func badRatingsSectionNamesFileLineAndKey() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.run(["init"])
        var config = try cli.read("config.yaml")
        let start = try #require(config.range(of: "\nratings:\n"))
        config.replaceSubrange(start.lowerBound..<config.endIndex, with: """

            ratings:
              text:
                confirmed: ["true"]
                denied: ["False", "TRUE"]
                very_unlikly: ["doubtful"]
              numeric:
                - { at_least: 1.5, status: confirmed }

            """)
        try cli.write(config, to: "config.yaml")
        let result = try cli.run(["check"])
        #expect(result.status == 1)
        let lines = config.components(separatedBy: "\n")
        let typo = try #require(lines.firstIndex { $0.contains("very_unlikly") }) + 1
        let twice = try #require(lines.firstIndex { $0.contains("\"TRUE\"") }) + 1
        let threshold = try #require(lines.firstIndex { $0.contains("1.5") }) + 1
        #expect(result.stderr.contains("config.yaml:\(typo):5: error: unknown status 'very_unlikly' in 'ratings.text'\nnote: did you mean 'very_unlikely'?"))
        #expect(result.stderr.contains("config.yaml:\(twice):"))
        #expect(result.stderr.contains("error: rating 'TRUE' is listed under both 'confirmed' and 'denied' in 'ratings.text'"))
        #expect(result.stderr.contains("config.yaml:\(threshold):"))
        #expect(result.stderr.contains("'ratings.numeric[0].at_least'"))
    }

    /// A feed of thousands of reviews is read a review at a time and imported whole.
    @Test func largeDataFeedImportsEveryReview() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.run(["init"])
        let count = 400
        let items = (1...count).map { index in
            // A different day for each, so that no two are the same event.
            let month = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][index % 12]
            let day = (index / 12) % 28 + 1, year = 2024 + index / 336
            return #"{"@type": "DataFeedItem", "item": [{"@type": "ClaimReview", "url": "https://checks.example/r\#(index)", "#
                + #""claimReviewed": "Berth \#(index) reopens on \#(month) \#(day), \#(year)", "datePublished": "2023-05-04", "#
                + #""reviewRating": {"alternateName": "True"}}]}"#
        }
        try cli.write(#"{"@type": "DataFeed", "dataFeedElement": ["# + items.joined(separator: ",\n") + "]}", to: "big.json")
        let result = try cli.run(["import", "--dry-run", "big.json"])
        #expect(result.status == 0)
        #expect(result.stderr.hasSuffix("dry run, nothing written: imported \(count) reviews: \(count) new claims, 0 new evidence, 0 status changes, 0 already known, 0 skipped\n"))
    }

    @Test func cutOffFileIsAnErrorWithItsOffset() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.run(["init"])
        try cli.write(String(Self.dataFeed.prefix(300)), to: "cut.json")
        let result = try cli.run(["import", "cut.json"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: 'cut.json' is not valid JSON: the document ends before its values are closed at byte 300"))
        #expect(try listIDs(cli).isEmpty, "nothing is written from a file that was not read whole")
    }

    /// A newsroom publishes its tracker as a DataFeed; another imports it into an empty ledger and
    /// has the same claims, with the same dates and statuses.
    @Test func exportedDataFeedRoundTripsIntoAnEmptyLedger() throws {
        let source = try ReportTestLedger.make(publisher: true)
        defer { source.remove() }
        let export = try source.run(["export", "--format", "datafeed", "--as-of", "2022-01-06"])
        #expect(export.status == 0)
        let feed = try ReportTestLedger.json(export.stdout)
        #expect(feed["@type"] as? String == "DataFeed")
        #expect((feed["dataFeedElement"] as? [Any])?.count == 3)
        #expect(feed["dateModified"] is String)

        let target = try CLIHarness()
        defer { target.remove() }
        try target.run(["init"])
        try target.write(export.stdout, to: "tracker.json")
        let imported = try target.run(["import", "tracker.json"])
        #expect(imported.status == 0, "\(imported.stderr)")
        func summary(_ cli: CLIHarness) throws -> [String] {
            let listing = try ReportTestLedger.json(try cli.run(["list", "--format", "json"]).stdout)
            return (listing["claims"] as? [[String: Any]] ?? []).map { claim in
                ["id", "statement", "event_date", "status"].map { "\(claim[$0] ?? "-")" }.joined(separator: " | ")
            }.sorted()
        }
        #expect(try summary(target) == summary(source))
        #expect(try summary(target).count == 3)
    }
}
