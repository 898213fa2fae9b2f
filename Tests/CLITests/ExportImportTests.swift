import Foundation
import Testing

/// `claims export` in each format and `claims import --format claimreview`, end to end.
@Suite struct ExportImportTests {
    @Test func csvHasOneRowPerClaimQuotedByRFC4180() throws {
        let cli = try ReportTestLedger.make()
        defer { cli.remove() }
        let result = try cli.run(["export", "--format", "csv", "--as-of", "2022-01-06"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let rows = result.stdout.components(separatedBy: "\r\n")
        #expect(rows.first == "id,statement,event_date,kind,participants,place,status,status_label,open,flags,evidence_count,"
            + "first_published,latest_published,latest_source,latest_said_by,latest_quote,latest_url,tags,created,updated")
        #expect(rows.count == 5, "header, three claims, and the empty string after the last CRLF")
        #expect(rows.last == "")
        let vote = try #require(rows.first { $0.hasPrefix("budget-vote,") })
        let created = try #require(vote.split(separator: ",").suffix(2).first.map(String.init))
        #expect(vote == #"budget-vote,"Budget <script>alert(""x"")</script> vote | *final*, ""maybe""",2022-03-01,vote,,,"#
            + #"proposed,proposed,true,,1,2021-12-20,2021-12-20,City Ledger,Speaker Ann Lee,"Line one,"#
            + "\n" + #"line ""two""",,,\#(created),\#(created)"#)
        #expect(rows.contains { $0.hasPrefix("leaders-meet,Leaders meet in person,2022-01,,,,very_unlikely,very unlikely,true,disputed,2,") })
    }

    @Test func jsonlHasOneClaimPerLineWithItsWholeHistory() throws {
        let cli = try ReportTestLedger.make()
        defer { cli.remove() }
        let result = try cli.run(["export", "--format", "jsonl", "--output", "claims.jsonl"])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        let lines = try cli.read("claims.jsonl").split(separator: "\n")
        #expect(lines.count == 3)
        let talks = try ReportTestLedger.json(String(try #require(lines.first { $0.contains("\"security-talks\"") })))
        #expect((talks["evidence"] as? [[String: Any]])?.map { $0["said_by"] as? String } == ["the White House", "the Russian Foreign Ministry"])
        #expect((talks["history"] as? [[String: Any]])?.map { $0["to"] as? String } == ["proposed", "confirmed"])
    }

    @Test func claimReviewExportHasTheRequiredAndRecommendedFields() throws {
        let cli = try ReportTestLedger.make(publisher: true)
        defer { cli.remove() }
        let result = try cli.run(["export", "--format", "claimreview"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let reviews = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(reviews.count == 3)
        for review in reviews {
            #expect(ClaimReviewCheck.problems(in: review) == [], "\(review["identifier"] ?? "?")")
        }
        let talks = try #require(reviews.first { $0["identifier"] as? String == "security-talks" })
        #expect(talks["url"] as? String == "https://checks.example/claims#claim-security-talks")
        #expect((talks["reviewRating"] as? [String: Any])?["alternateName"] as? String == "confirmed")
        let item = try #require(talks["itemReviewed"] as? [String: Any])
        #expect(item["author"] as? [String: String] == ["@type": "Organization", "name": "the White House"])
        #expect(item["datePublished"] as? String == "2021-12-28")
        #expect((item["firstAppearance"] as? [String: Any])?["url"] as? String == "https://wire.example/talks")
        #expect((item["appearance"] as? [Any])?.count == 2)
        let vote = try #require(reviews.first { $0["identifier"] as? String == "budget-vote" })
        #expect((vote["itemReviewed"] as? [String: Any])?["author"] as? [String: String] == ["@type": "Person", "name": "Speaker Ann Lee"])
    }

    @Test func claimReviewExportWithoutPublisherWarns() throws {
        let cli = try ReportTestLedger.make()
        defer { cli.remove() }
        let result = try cli.run(["export", "--format", "claimreview"])
        #expect(result.status == 0)
        #expect(result.stderr == """
            config.yaml: warning: no 'publisher' with a 'url'; the reviews have no 'url' and no 'author'
            note: add 'publisher: { name: …, url: https://… }' to config.yaml

            """)
    }

    /// A fact-checker's feed: one review of a claim the ledger has, one of a new claim with a rating
    /// that no list of `ratings:` names, in an `@graph`.
    static let factChecks = """
        {"@context": "https://schema.org", "@graph": [
          {"@type": "ClaimReview", "url": "https://factcheck.example/talks-held",
           "claimReviewed": "Russia and the United States held security talks in Geneva on January 10",
           "datePublished": "2022-01-11T08:00:00+01:00",
           "author": {"@type": "Organization", "name": "Fact Desk"},
           "reviewRating": {"@type": "Rating", "alternateName": "Happened"},
           "itemReviewed": {"@type": "Claim", "author": {"@type": "Organization", "name": "the White House"},
                            "datePublished": "2021-12-28",
                            "about": {"@type": "Event", "startDate": "2022-01-10",
                                      "attendee": [{"name": "Russia"}, {"name": "United States"}]}}},
          {"@type": "ClaimReview", "url": "https://factcheck.example/launch",
           "claimReviewed": "The rocket launch takes place on March 3, 2022",
           "datePublished": "2022-01-12",
           "author": {"@type": "Organization", "name": "Fact Desk"},
           "reviewRating": {"@type": "Rating", "alternateName": "Premature"},
           "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Ann Lee"}, "datePublished": "2022-01-02"}},
          {"@type": "WebPage", "name": "not a review"}
        ]}
        """

    @Test func importMatchesReviewsToClaimsAndIsIdempotent() throws {
        let cli = try ReportTestLedger.make()
        defer { cli.remove() }
        try cli.write(Self.factChecks, to: "checks.jsonld")
        let first = try cli.run(["import", "--format", "claimreview", "checks.jsonld"])
        #expect(first.status == 0, "\(first.stderr)")
        // The talks were confirmed by hand, so the fact-checker's "happened" is recorded, not obeyed.
        #expect(first.stdout == """
            evidence 3 for security-talks: Fact Desk (happened): “Russia and the United States held security talks in Geneva on January 10”
            kept security-talks at 'confirmed', set by hand; rule [happened_report] says 'happened'
            new claim rocket-launch-takes-place-march-3-2022-2022-03-03 (proposed) from Fact Desk
                The rocket launch takes place on March 3, 2022
                evidence 1: Fact Desk: “The rocket launch takes place on March 3, 2022”

            """)
        #expect(first.stderr == """
            checks.jsonld: warning: rating 'Premature' (1 review) is in no list of 'ratings' in config.yaml; recorded without a status
            note: add it under 'ratings.text' with the status it asserts, or under 'none'
            imported 2 reviews: 1 new claims, 1 new evidence, 0 status changes, 0 already known, 0 skipped

            """)

        let launch = try ReportTestLedger.json(try cli.run(["show", "rocket-launch-takes-place-march-3-2022-2022-03-03", "--format", "json"]).stdout)
        let evidence = try #require(((launch["claims"] as? [[String: Any]])?.first?["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["status"] is NSNull)
        #expect(evidence["published"] as? String == "2022-01-12")
        #expect(evidence["url"] as? String == "https://factcheck.example/launch")
        #expect(evidence["note"] as? String == "rating 'Premature' is in no list of ratings in config.yaml; recorded without a status; claim made by Ann Lee on 2022-01-02")

        let again = try cli.run(["import", "checks.jsonld"])
        #expect(again.status == 0)
        #expect(again.stdout == "")
        // The rating is still in no list: the warning stays until config.yaml maps it.
        #expect(again.stderr.hasSuffix("imported 2 reviews: 0 new claims, 0 new evidence, 0 status changes, 2 already known, 0 skipped\n"))
    }

    @Test func exportedReviewsImportIntoAnotherLedgerByIdentifier() throws {
        let source = try ReportTestLedger.make(publisher: true)
        defer { source.remove() }
        let exported = try source.run(["export", "--format", "claimreview"]).stdout
        let target = try ReportTestLedger.make()
        defer { target.remove() }
        try target.write(exported, to: "reviews.json")
        let result = try target.run(["import", "reviews.json"])
        #expect(result.status == 0)
        #expect(result.stderr == "imported 3 reviews: 0 new claims, 3 new evidence, 0 status changes, 0 already known, 0 skipped\n")
        #expect(result.stdout.contains("evidence 3 for security-talks: Example Checks (confirmed)"))
    }

    @Test func importReportsBrokenInput() throws {
        let cli = try ReportTestLedger.make()
        defer { cli.remove() }
        try cli.write("{not json", to: "broken.json")
        let broken = try cli.run(["import", "broken.json"])
        #expect(broken.status == 2)
        #expect(broken.stderr.hasPrefix("error: 'broken.json' is not valid JSON"))
        try cli.write(#"[{"@type": "ClaimReview", "reviewRating": {"alternateName": "confirmed"}}]"#, to: "empty.json")
        let empty = try cli.run(["import", "empty.json"])
        #expect(empty.status == 1)
        #expect(empty.stderr == """
            empty.json [review 1]: error: has no claim text ('claimReviewed'); skipped
            imported 0 reviews (1 skipped): 0 new claims, 0 new evidence, 0 status changes, 0 already known, 0 skipped

            """)
        #expect(try cli.run(["import", "--format", "csv", "empty.json"]).status == 64)
    }
}
