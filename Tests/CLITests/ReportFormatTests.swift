import Foundation
import Testing

/// `claims report` in each format, on a ledger built in the test.
@Suite struct ReportFormatTests {
    @Test func textIsAnAlignedTableGroupedByWhatNeedsAttention() throws {
        let cli = try ReportTestLedger.make()
        defer { cli.remove() }
        let result = try cli.run(["report", "--as-of", "2022-01-06"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            Open claims as of 2022-01-06: 3 (0 overdue, 1 disputed, 1 due within 7 days)
            By status: proposed 1 · confirmed 1 · very unlikely 1

            DISPUTED (1)
              EVENT       WHEN        STATUS         EVIDENCE  FLAGS     CLAIM
              2022-01     this month  very unlikely         2  disputed  leaders-meet
                  Leaders meet in person
                  latest: 2021-12-29 Wire B — the State Department: “A meeting is very unlikely” (very unlikely)

            DUE WITHIN 7 DAYS (1)
              EVENT       WHEN        STATUS         EVIDENCE  FLAGS     CLAIM
              2022-01-10  in 4 days   confirmed             2            security-talks
                  Russia and the United States hold security talks
                  latest: 2022-01-05 Moscow Daily — the Russian Foreign Ministry: “We confirm January 10” (confirmed)

            LATER (1)
              EVENT       WHEN        STATUS         EVIDENCE  FLAGS     CLAIM
              2022-03-01  in 54 days  proposed              1            budget-vote
                  \(ReportTestLedger.hostileStatement)
                  latest: 2021-12-20 City Ledger — Speaker Ann Lee: “Line one,
            line "two"” (proposed)

            """)
        #expect(!result.stdout.contains("\u{1B}["), "no colour when piped")
    }

    @Test func markdownPastesIntoATicket() throws {
        let cli = try ReportTestLedger.make()
        defer { cli.remove() }
        let result = try cli.run(["report", "--as-of", "2022-02-01", "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.stdout == #"""
            ## Open claims as of 2022-02-01

            **3** claims: 2 overdue, 1 disputed, 0 due within 7 days — proposed 1 · confirmed 1 · very unlikely 1

            ### Overdue (2)

            | Event | When | Status | Claim | Latest evidence | Evidence | Flags |
            |---|---|---|---|---|---:|---|
            | 2022-01 | 1 day ago | very unlikely | **Leaders meet in person**<br>`leaders-meet` | 2021-12-29 Wire B — the State Department: “A meeting is very unlikely” (very unlikely) | 2 | **overdue** **disputed** |
            | 2022-01-10 | 22 days ago | confirmed | **Russia and the United States hold security talks**<br>`security-talks` | 2022-01-05 Moscow Daily — the Russian Foreign Ministry: “We confirm January 10” (confirmed) | 2 | **overdue** |

            ### Later (1)

            | Event | When | Status | Claim | Latest evidence | Evidence | Flags |
            |---|---|---|---|---|---:|---|
            | 2022-03-01 | in 28 days | proposed | **Budget \<script\>alert("x")\</script\> vote \| \*final\*, "maybe"**<br>`budget-vote` | 2021-12-20 City Ledger — Speaker Ann Lee: “Line one, line "two"” (proposed) | 1 | – |

            """#)
    }

    @Test func jsonKeepsTheSharedShapeAndAddsTheReportFields() throws {
        let cli = try ReportTestLedger.make()
        defer { cli.remove() }
        let result = try cli.run(["report", "--as-of", "2022-01-06", "--format", "json"])
        #expect(result.status == 0)
        let json = try ReportTestLedger.json(result.stdout)
        #expect(json["as_of"] as? String == "2022-01-06")
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["claims"] as? Int == 3)
        #expect(summary["disputed"] as? Int == 1)
        #expect(summary["due_soon"] as? Int == 1)
        #expect(summary["by_status"] as? [String: Int] == ["proposed": 1, "confirmed": 1, "very_unlikely": 1])
        let claims = try #require(json["claims"] as? [[String: Any]])
        #expect(claims.map { $0["id"] as? String } == ["leaders-meet", "security-talks", "budget-vote"])
        #expect(claims.map { $0["group"] as? String } == ["disputed", "due_soon", "later"])
        let talks = claims[1]
        #expect(talks["status"] as? String == "confirmed")
        #expect(talks["days_until"] as? Int == 4)
        #expect(talks["when"] as? String == "in 4 days")
        #expect(talks["evidence_count"] as? Int == 2)
        #expect((talks["latest_evidence"] as? [String: Any])?["said_by"] as? String == "the Russian Foreign Ministry")
        #expect((talks["evidence"] as? [Any])?.count == 2)
        let timeline = try #require(talks["timeline"] as? [[String: Any]])
        #expect(timeline.map { $0["date"] as? String } == ["2021-12-28", "2022-01-05"])
        #expect(timeline.map { $0["to"] as? String } == ["proposed", "confirmed"])
        #expect(timeline.last?["because"] as? String == "Moscow confirmed the date")
    }

    @Test func asOfShowsTheClaimAsItStoodThatDay() throws {
        let cli = try ReportTestLedger.make()
        defer { cli.remove() }
        // On January 2 Moscow had not yet confirmed, and the vote was the only thing published before December 21.
        let early = try ReportTestLedger.json(try cli.run(["report", "--as-of", "2022-01-02", "--format", "json"]).stdout)
        let claims = try #require(early["claims"] as? [[String: Any]])
        let talks = try #require(claims.first { $0["id"] as? String == ReportTestLedger.talks })
        #expect(talks["status"] as? String == "proposed")
        #expect((talks["evidence"] as? [Any])?.count == 1)
        #expect((talks["history"] as? [Any])?.count == 1)
        let earliest = try ReportTestLedger.json(try cli.run(["report", "--as-of", "2021-12-21", "--format", "json"]).stdout)
        #expect((earliest["claims"] as? [[String: Any]])?.map { $0["id"] as? String } == ["budget-vote"])
    }

    @Test func htmlIsOneSelfContainedPageWithChartsAndEscapedText() throws {
        let cli = try ReportTestLedger.make(publisher: true)
        defer { cli.remove() }
        let result = try cli.run(["report", "--as-of", "2022-01-06", "--format", "html", "--output", "report.html"])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        let page = try cli.read("report.html")
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.hasSuffix("</body>\n</html>\n"))
        // Self-contained: inline style and SVG, nothing fetched, no scripts at all.
        #expect(page.contains("<style>"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("<link"))
        #expect(!page.contains("src="))
        #expect(page.components(separatedBy: "<svg class=\"overview\"").count == 2)
        #expect(page.components(separatedBy: "<svg class=\"timeline\"").count == 4)
        #expect(page.components(separatedBy: "<article class=\"claim\"").count == 4)
        // The statement's markup shows as text.
        #expect(page.contains("<h3>Budget &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; vote | *final*, &quot;maybe&quot;</h3>"))
        #expect(page.contains("id=\"claim-security-talks\""))
        #expect(page.contains("<section class=\"group disputed\">"))
        #expect(page.contains("published by <a href=\"https://checks.example/claims\">Example Checks</a>"))
        // Every tag that opens is a known one: no text from the ledger turned into an element.
        let tags = Set(page.components(separatedBy: "<").dropFirst().compactMap { $0.split(whereSeparator: { " >/\n".contains($0) }).first.map(String.init) })
        let known: Set<String> = [
            "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "span", "b", "i",
            "section", "svg", "rect", "text", "line", "circle", "a", "article", "code", "blockquote", "footer", "ol", "li",
        ]
        #expect(tags.subtracting(known.union(known.map { "/" + $0 })).isEmpty, "unexpected tags: \(tags.subtracting(known))")
    }

    @Test func failOnExitsOneWhenAReportedClaimHasTheFlag() throws {
        let cli = try ReportTestLedger.make()
        defer { cli.remove() }
        #expect(try cli.run(["report", "--as-of", "2022-01-06", "--fail-on", "overdue"]).status == 0)
        #expect(try cli.run(["report", "--as-of", "2022-01-06", "--fail-on", "disputed"]).status == 1)
        let late = try cli.run(["report", "--as-of", "2022-02-01", "--fail-on", "overdue", "--format", "json"])
        #expect(late.status == 1)
        #expect(late.stderr == "")
        #expect(try cli.run(["report", "--fail-on", "late"]).status == 64)
    }

    @Test func statusOptionSelectsClaimsOpenOrClosed() throws {
        let cli = try ReportTestLedger.make()
        defer { cli.remove() }
        try ReportTestLedger.expectSuccess(cli.run([
            "update", ReportTestLedger.talks, "--status", "happened", "--source", "Example Wire", "--published", "2022-01-10",
        ]))
        let open = try cli.run(["report", "--as-of", "2022-01-11", "--format", "json"])
        #expect((try ReportTestLedger.json(open.stdout)["claims"] as? [[String: Any]])?.map { $0["id"] as? String } == ["leaders-meet", "budget-vote"])
        let happened = try cli.run(["report", "--as-of", "2022-01-11", "--status", "happened"])
        #expect(happened.stdout.hasPrefix("Claims with status happened as of 2022-01-11: 1 (0 overdue, 0 disputed, 0 due within 7 days)\n"))
        #expect(happened.stdout.contains("  2022-01-10  1 day ago  happened         3         security-talks\n"))
        let unknown = try cli.run(["report", "--status", "hapened"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("error: unknown status 'hapened'\nnote: did you mean 'happened'?\n"))
    }

    /// The report for a day does not change when evidence published later arrives.
    @Test func reportForADayIsTheSameBeforeAndAfterLaterEvidence() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.write(IngestTests.config, to: "config.yaml")
        for article in ["2021-12-28-talks-announced.md", "2022-01-05-moscow-confirms.md"] {
            try ReportTestLedger.expectSuccess(cli.run(["ingest", try IngestTests.fixture("reference/\(article)")]))
        }
        let formats = ["text", "markdown", "json", "html"]
        let before = try formats.map { try cli.run(["report", "--as-of", "2022-01-06", "--format", $0]).stdout }
        let laterBefore = try cli.run(["report", "--as-of", "2022-01-11", "--format", "json"]).stdout

        let ingested = try cli.run(["ingest", try IngestTests.fixture("reference/2022-01-10-talks-held.md")])
        try ReportTestLedger.expectSuccess(ingested)
        #expect(ingested.stdout.contains("happened"), "the later article should move a claim: \(ingested.stdout)")

        let after = try formats.map { try cli.run(["report", "--as-of", "2022-01-06", "--format", $0]).stdout }
        for (format, (old, new)) in zip(formats, zip(before, after)) {
            #expect(old == new, "the \(format) report for 2022-01-06 changed")
        }
        // The later day does see the new evidence.
        #expect(try cli.run(["report", "--as-of", "2022-01-11", "--format", "json"]).stdout != laterBefore)
    }

    /// The same with a ledger built by hand: later statuses set by people, later evidence, a new claim.
    @Test func laterChangesByHandDoNotReachBack() throws {
        let cli = try ReportTestLedger.make()
        defer { cli.remove() }
        let formats = ["text", "markdown", "json", "html"]
        let before = try formats.map { try cli.run(["report", "--as-of", "2022-01-06", "--format", $0]).stdout }
        for arguments in [
            ["update", ReportTestLedger.talks, "--status", "happened", "--source", "Example Wire", "--published", "2022-01-10"],
            ["update", ReportTestLedger.meeting, "--status", "cancelled", "--source", "Wire C", "--published", "2022-01-07"],
            ["add", "A new summit", "--event-date", "2022-01-08", "--source", "Wire D", "--published", "2022-01-07"],
        ] {
            try ReportTestLedger.expectSuccess(cli.run(arguments))
        }
        let after = try formats.map { try cli.run(["report", "--as-of", "2022-01-06", "--format", $0]).stdout }
        for (format, (old, new)) in zip(formats, zip(before, after)) {
            #expect(old == new, "the \(format) report for 2022-01-06 changed")
        }
        let later = try ReportTestLedger.json(try cli.run(["report", "--as-of", "2022-01-11", "--format", "json"]).stdout)
        #expect((later["claims"] as? [[String: Any]])?.map { $0["id"] as? String } == ["new-summit-2022-01-08", "budget-vote"])
    }
}
