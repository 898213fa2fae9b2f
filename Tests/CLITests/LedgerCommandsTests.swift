import Foundation
import Testing

/// `claims init`, `add`, `update`, `show`, `list`, `report` end to end, each in its own directory.
@Suite struct LedgerCommandsTests {
    @Test func initCreatesAStarterConfigurationOnce() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        let first = try cli.run(["init"])
        #expect(first.status == 0)
        #expect(first.stdout == """
            created ./config.yaml
            created ./claims/
            created ./.gitattributes
            created ./.gitignore
            to merge claim files when the ledger is in git, run once per clone: git config merge.claims.driver "claims merge-file %O %A %B %P"

            """)
        #expect(try cli.read("config.yaml").hasPrefix("# claims configuration."))
        let again = try cli.run(["init"])
        #expect(again.status == 2)
        #expect(again.stderr == "error: './config.yaml' already exists; not overwriting it\n")
        #expect(try cli.run(["check"]).stdout == "checked config.yaml and 0 claim files: 0 errors, 0 warnings\n")
    }

    @Test func addUpdateShowAndReportTellOneStory() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.run(["init"])

        let added = try cli.run([
            "add", "Russia and the United States hold security talks", "--event-date", "2022-01-10",
            "--kind", "talks", "--participant", "Russia", "--participant", "United States",
            "--source", "Example Wire", "--published", "2021-12-28", "--said-by", "the White House",
            "--quote", "The talks are scheduled for January 10",
        ])
        #expect(added.status == 0)
        #expect(added.stderr == "")
        let id = "russia-united-states-hold-security-talks-2022-01-10"
        #expect(added.stdout == id + "\n")
        #expect(try cli.fileNames(in: "claims") == [".lock", "\(id).yaml"])

        let updated = try cli.run([
            "update", id, "--status", "confirmed", "--source", "Moscow Daily", "--published", "2022-01-05",
            "--said-by", "the Russian Foreign Ministry", "--quote", "We confirm January 10", "--note", "Moscow confirmed the date",
        ])
        #expect(updated.status == 0)
        #expect(updated.stdout == "\(id): proposed → confirmed\n")

        let report = try cli.run(["report", "--as-of", "2022-01-05", "--format", "json"])
        #expect(report.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        #expect(json["as_of"] as? String == "2022-01-05")
        let claims = try #require(json["claims"] as? [[String: Any]])
        #expect(claims.count == 1)
        let claim = try #require(claims.first)
        #expect(claim["id"] as? String == id)
        #expect(claim["event_date"] as? String == "2022-01-10")
        #expect(claim["status"] as? String == "confirmed")
        #expect(claim["open"] as? Bool == true)
        #expect(claim["flags"] as? [String] == [])
        let evidence = try #require(claim["evidence"] as? [[String: Any]])
        #expect(evidence.map { $0["said_by"] as? String } == ["the White House", "the Russian Foreign Ministry"])
        #expect(evidence.map { $0["status"] as? String } == ["proposed", "confirmed"])
        #expect(evidence.map { $0["recorded_by"] as? String } == ["tester", "tester"])
        let history = try #require(claim["history"] as? [[String: Any]])
        #expect(history.map { $0["to"] as? String } == ["proposed", "confirmed"])
        #expect(history.last?["from"] as? String == "proposed")
        #expect(history.last?["because"] as? String == "Moscow confirmed the date")

        // Two weeks later nobody has reported that the talks took place: the claim is overdue.
        let later = try cli.run(["report", "--as-of", "2022-01-20", "--format", "json"])
        let laterClaims = try #require((try JSONSerialization.jsonObject(with: Data(later.stdout.utf8)) as? [String: Any])?["claims"] as? [[String: Any]])
        #expect(laterClaims.first?["flags"] as? [String] == ["overdue"])

        let story = try cli.run(["show", id, "--as-of", "2022-01-20"])
        #expect(story.status == 0)
        #expect(story.stdout.contains("status: confirmed (open) [overdue]\n"))
        #expect(story.stdout.contains("  1. 2021-12-28 Example Wire — the White House: “The talks are scheduled for January 10” (proposed)\n"))
        #expect(story.stdout.contains("proposed → confirmed  by tester: Moscow confirmed the date (evidence 2)\n"))

        // Reported as having happened: the claim closes and leaves the open-claims report.
        try cli.run(["update", id, "--status", "happened", "--source", "Example Wire", "--published", "2022-01-10"])
        let closed = try cli.run(["report", "--as-of", "2022-01-20"])
        #expect(closed.stdout == "Open claims as of 2022-01-20: 0 (0 overdue, 0 disputed, 0 due within 7 days)\n")
        let listed = try cli.run(["list", "--status", "happened"])
        #expect(listed.stdout.contains(id))
    }

    @Test func disagreeingSourcesAreFlaggedDisputed() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.run(["init"])
        try cli.run(["add", "Leaders meet in person", "--event-date", "2022-01", "--id", "leaders-meet",
                     "--source", "Wire A", "--said-by", "the President", "--published", "2021-12-28"])
        try cli.run(["update", "leaders-meet", "--status", "very_unlikely", "--source", "Wire B",
                     "--said-by", "the State Department", "--published", "2021-12-29"])
        let report = try cli.run(["report", "--as-of", "2022-02-01"])
        #expect(report.stdout.contains("  2022-01  1 day ago  very unlikely         2  overdue disputed  leaders-meet\n"))
    }

    @Test func unknownStatusAndMissingClaimAreClearErrors() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.run(["init"])
        let badStatus = try cli.run(["add", "A vote", "--event-date", "2022-03-01", "--status", "confirmd"])
        #expect(badStatus.status == 64)
        #expect(badStatus.stderr == """
            error: unknown status 'confirmd'
            note: did you mean 'confirmed'?
            note: statuses defined in config.yaml: proposed, confirmed, very_unlikely, denied, postponed, cancelled, happened

            """)
        let missing = try cli.run(["show", "no-such-claim"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: no claim 'no-such-claim' in 'claims'\n")
        let usage = try cli.run(["add", "A vote"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("Missing expected argument '--event-date <date>'"))
    }
}
