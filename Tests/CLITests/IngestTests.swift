import Foundation
import Testing

/// `claims ingest` end to end on follow-up articles we wrote, modelled on how the January 2022
/// security talks story developed.
@Suite struct IngestTests {
    static let config = """
        version: 1
        claims_directory: claims
        extractors:
          - id: plain_text
        rules:
          settings:
            other_party_confirms:
              parties:
                United States: [White House, State Department, Washington, Biden]
                Russia: [Foreign Ministry, Kremlin, Moscow, Putin, Lavrov]
                NATO: [NATO, Stoltenberg]
        """

    /// A fixture's path inside the test bundle.
    static func fixture(_ name: String) throws -> String {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return folder.appendingPathComponent(name).path
    }

    static func claims(_ cli: CLIHarness, asOf: String) throws -> [[String: Any]] {
        let result = try cli.run(["list", "--format", "json", "--as-of", asOf])
        #expect(result.status == 0, "list failed: \(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return try #require(json?["claims"] as? [[String: Any]])
    }

    static func claim(_ claims: [[String: Any]], dated date: String) throws -> [String: Any] {
        let matching = claims.filter { $0["event_date"] as? String == date }
        #expect(matching.count == 1, "expected one claim dated \(date), found \(matching.map { $0["id"] ?? "?" })")
        return try #require(matching.first)
    }

    /// The days a claim was moved from, oldest first.
    static func previousDates(_ claim: [String: Any]) -> [String]? {
        (claim["history"] as? [[String: Any]])?.compactMap { $0["previous_date"] as? String }
    }

    /// Ingests the fixtures one by one, in order, as a nightly run would.
    static func ingest(_ cli: CLIHarness, _ names: [String]) throws {
        for name in names { try cli.run(["ingest", try fixture(name)]) }
    }

    func makeLedger() throws -> CLIHarness {
        let cli = try CLIHarness()
        try cli.write(Self.config, to: "config.yaml")
        return cli
    }

    @Test func theReferenceStoryMovesEachClaimToItsStatus() throws {
        let cli = try makeLedger()
        defer { cli.remove() }

        let first = try cli.run(["ingest", try Self.fixture("reference/2021-12-28-talks-announced.md")])
        #expect(first.status == 0, "\(first.stderr)")
        var claims = try Self.claims(cli, asOf: "2021-12-28")
        #expect(claims.count == 3)
        var talks = try Self.claim(claims, dated: "2022-01-10")
        #expect(talks["status"] as? String == "proposed")
        #expect((talks["evidence"] as? [Any])?.count == 3)
        let council = try Self.claim(claims, dated: "2022-01-12")
        #expect(council["status"] as? String == "proposed")
        let meeting = try Self.claim(claims, dated: "2022-01")
        #expect(meeting["status"] as? String == "very_unlikely")
        #expect(meeting["participants"] as? [String] == ["Biden", "Putin"])

        // Moscow confirms: the other side now agrees, so the talks are confirmed.
        try cli.run(["ingest", try Self.fixture("reference/2022-01-05-moscow-confirms.md")])
        talks = try Self.claim(try Self.claims(cli, asOf: "2022-01-05"), dated: "2022-01-10")
        #expect(talks["status"] as? String == "confirmed")
        let confirmation = try #require((talks["history"] as? [[String: Any]])?.last)
        #expect(confirmation["rule"] as? String == "other_party_confirms")
        #expect(confirmation["evidence"] as? Int == 3)
        #expect(confirmation["because"] as? String == "the Russian Foreign Ministry confirms it")

        // The talks are reported held ("on Monday" is January 10), the council reported to have met.
        try cli.run(["ingest", try Self.fixture("reference/2022-01-10-talks-held.md"),
                     try Self.fixture("reference/2022-01-12-council-met.md")])
        claims = try Self.claims(cli, asOf: "2022-02-01")
        talks = try Self.claim(claims, dated: "2022-01-10")
        #expect(talks["status"] as? String == "happened")
        #expect((talks["history"] as? [[String: Any]])?.last?["rule"] as? String == "happened_report")
        #expect(talks["place"] as? String == "Geneva")
        #expect(try Self.claim(claims, dated: "2022-01-12")["status"] as? String == "happened")

        // Nobody reported a personal meeting in January: still open, and overdue on February 1.
        let report = try cli.run(["report", "--as-of", "2022-02-01", "--format", "json"])
        let open = try #require((try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])?["claims"] as? [[String: Any]])
        #expect(open.count == 1)
        #expect(open.first?["event_date"] as? String == "2022-01")
        #expect(open.first?["open"] as? Bool == true)
        #expect((open.first?["flags"] as? [String])?.contains("overdue") == true)
    }

    @Test func ingestingTheSameArticleTwiceAddsNothing() throws {
        let cli = try makeLedger()
        defer { cli.remove() }
        let path = try Self.fixture("reference/2021-12-28-talks-announced.md")
        try cli.run(["ingest", path])
        let before = try cli.claimFiles()
        let again = try cli.run(["ingest", path])
        #expect(again.status == 0)
        #expect(again.stdout == "")
        #expect(again.stderr.contains(" 0 new claims, 0 new evidence, 0 status changes"))
        #expect(try cli.claimFiles() == before)
    }

    @Test func dryRunExplainsAndWritesNothing() throws {
        let cli = try makeLedger()
        defer { cli.remove() }
        try cli.run(["ingest", try Self.fixture("reference/2021-12-28-talks-announced.md")])
        let before = try cli.claimFiles()
        let dry = try cli.run(["ingest", "--dry-run", try Self.fixture("reference/2022-01-05-moscow-confirms.md")])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("    matched: score "))
        #expect(dry.stdout.contains("same date 2022-01-10"))
        #expect(dry.stdout.contains("proposed → confirmed"))
        #expect(dry.stderr.hasPrefix("dry run, nothing written: ingested 1 document"))
        #expect(try cli.claimFiles() == before)

        // A finding that matches nothing says why: here nothing shares its month or a participant.
        let unrelated = try cli.run(["ingest", "--dry-run", try Self.fixture("cases/vote-announced.md")])
        #expect(unrelated.stdout.contains("    no match: no candidate shares its month or a participant\n"))
        #expect(try cli.claimFiles() == before)
    }

    @Test func aSummitCalledOffIsCancelled() throws {
        let cli = try makeLedger()
        defer { cli.remove() }
        try cli.run(["ingest", try Self.fixture("cases/summit-announced.md")])
        try cli.run(["ingest", try Self.fixture("cases/summit-called-off.md")])
        let summit = try Self.claim(try Self.claims(cli, asOf: "2023-03-16"), dated: "2023-03-20")
        #expect(summit["status"] as? String == "cancelled")
        #expect(summit["open"] as? Bool == false)
        #expect((summit["evidence"] as? [Any])?.count == 2)
    }

    @Test func actorsNamedLaterInTheFirstArticleFindTheEventAgain() throws {
        // The first sentence names the strikers by their place, the next by their union; a later
        // article that names only the union moves the same strike.
        let cli = try makeLedger()
        defer { cli.remove() }
        try cli.run(["ingest", try Self.fixture("cases/walkout-called.md")])
        try cli.run(["ingest", try Self.fixture("cases/walkout-moved.md")])
        let claims = try Self.claims(cli, asOf: "2024-04-03")
        #expect(claims.count == 1)
        let strike = try Self.claim(claims, dated: "2024-04-15")
        #expect(strike["status"] as? String == "postponed")
    }

    @Test func aFormerPlanNamedBesideTheNewDateMovesTheClaim() throws {
        let cli = try makeLedger()
        defer { cli.remove() }
        try cli.run(["ingest", try Self.fixture("cases/trials-planned.md")])
        try cli.run(["ingest", try Self.fixture("cases/trials-slip.md")])
        let claims = try Self.claims(cli, asOf: "2024-04-21")
        #expect(claims.count == 1)
        let runs = try Self.claim(claims, dated: "2024-07")
        #expect(runs["status"] as? String == "postponed")
        let change = try #require((runs["history"] as? [[String: Any]])?.last)
        #expect(change["previous_date"] as? String == "2024-05")
    }

    @Test func aReportThatTheEventTookPlaceOnADayWithinItsMonthGivesTheDay() throws {
        let cli = try makeLedger()
        defer { cli.remove() }
        try cli.run(["ingest", try Self.fixture("cases/panel-expected.md")])
        try cli.run(["ingest", try Self.fixture("cases/panel-voted.md")])
        let claims = try Self.claims(cli, asOf: "2024-03-23")
        #expect(claims.count == 1)
        let review = try Self.claim(claims, dated: "2024-03-20")
        #expect(review["status"] as? String == "happened")
    }

    /// With `record_past_events`, "have won a contract" with no date opens a claim of an event just
    /// past; a later article that dates it ("last month … won the contract") is the same event and
    /// gives it its date.
    @Test func aRecentEventReportedWithoutADateTakesItsDateFromALaterReport() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.write(Self.config + "\ningest:\n  record_past_events: true\n", to: "config.yaml")
        try cli.write("""
            ---
            title: "Shipbuilders beat rival to coast guard order"
            published: 2024-03-02
            source: Harbour Times
            ---
            Velmont Shipyards and Ardena Marine have unexpectedly won a contract to build twelve patrol boats for the Lusitran coast guard.
            """, to: "first.md")
        try cli.write("""
            ---
            title: "Second order for Velmont"
            published: 2024-04-12
            source: Port Gazette
            ---
            Last month, Velmont Shipyards and Ardena Marine won the contract to build twelve patrol boats for the Lusitran coast guard.
            """, to: "second.md")
        #expect(try cli.run(["ingest", "first.md"]).status == 0)
        var claims = try Self.claims(cli, asOf: "2024-03-05")
        #expect(claims.count == 1)
        #expect(claims.first?["event_date"] == nil || claims.first?["event_date"] is NSNull)
        #expect(try cli.run(["ingest", "second.md"]).status == 0)
        claims = try Self.claims(cli, asOf: "2024-04-15")
        #expect(claims.count == 1)
        let contract = try Self.claim(claims, dated: "2024-03")
        #expect((contract["evidence"] as? [Any])?.count == 2)
    }

    @Test func aMovedVoteIsPostponedToItsNewDate() throws {
        let cli = try makeLedger()
        defer { cli.remove() }
        try cli.run(["ingest", try Self.fixture("cases/vote-announced.md")])
        try cli.run(["ingest", try Self.fixture("cases/vote-postponed.md")])
        let claims = try Self.claims(cli, asOf: "2023-05-12")
        #expect(claims.count == 1)
        let vote = try Self.claim(claims, dated: "2023-05-30")
        #expect(vote["status"] as? String == "postponed")
        let change = try #require((vote["history"] as? [[String: Any]])?.last)
        #expect(change["previous_date"] as? String == "2023-05-16")
        #expect(change["rule"] as? String == "reschedule")
    }

    @Test func conflictingSourcesAreDisputed() throws {
        let cli = try makeLedger()
        defer { cli.remove() }
        try cli.run(["ingest", try Self.fixture("cases/launch-announced.md"), try Self.fixture("cases/launch-doubted.md")])
        let launch = try Self.claim(try Self.claims(cli, asOf: "2023-06-06"), dated: "2023-06-14")
        #expect(launch["status"] as? String == "very_unlikely")
        #expect(launch["flags"] as? [String] == ["disputed"])
    }

    @Test func aStatusSetByHandIsKeptAgainstTheRules() throws {
        let cli = try makeLedger()
        defer { cli.remove() }
        try cli.run(["ingest", try Self.fixture("cases/summit-announced.md")])
        let id = try #require(try Self.claims(cli, asOf: "2023-03-02").first?["id"] as? String)
        try cli.run(["update", id, "--status", "confirmed", "--note", "our correspondent saw the invitations"])
        let result = try cli.run(["ingest", try Self.fixture("cases/summit-called-off.md")])
        #expect(result.stdout.contains("kept \(id) at 'confirmed', set by hand; rule [latest_assertion] says 'cancelled'"))
        let summit = try Self.claim(try Self.claims(cli, asOf: "2023-03-16"), dated: "2023-03-20")
        #expect(summit["status"] as? String == "confirmed")
        #expect((summit["evidence"] as? [Any])?.count == 3)
    }

    // MARK: Reading again changes nothing; rescheduling is the same claim

    static let bridgeStory = ["lifecycle/opening-set.md", "lifecycle/opening-delayed.md", "lifecycle/opening-delayed-again.md"]

    @Test func aRescheduledEventStaysOneClaimWithItsOldDatesInHistory() throws {
        let cli = try makeLedger()
        defer { cli.remove() }
        for name in Self.bridgeStory { try cli.run(["ingest", try Self.fixture(name)]) }
        let claims = try Self.claims(cli, asOf: "2024-09-12")
        let opening = claims.filter { ($0["statement"] as? String)?.contains("Harbour") == true }
        #expect(opening.count == 1, "one claim for the bridge opening, found \(claims.map { $0["id"] ?? "?" })")
        let bridge = try Self.claim(claims, dated: "2024-10-02")
        #expect(bridge["status"] as? String == "postponed")
        let previous = (bridge["history"] as? [[String: Any]])?.compactMap { $0["previous_date"] as? String }
        #expect(previous == ["2024-09-04", "2024-09-18"])
    }

    @Test func ingestingAStoryAgainAfterItsDateMovedChangesNothing() throws {
        let cli = try makeLedger()
        defer { cli.remove() }
        let paths = try Self.bridgeStory.map { try Self.fixture($0) }
        for path in paths { try cli.run(["ingest", path]) }
        let before = try cli.claimFiles()
        #expect(before.joined().contains("  document: sha256:"))
        // The first article's findings no longer match the claim's date: they must not open a second claim.
        for path in paths {
            let again = try cli.run(["ingest", path])
            #expect(again.status == 0)
            #expect(again.stderr.contains(" 0 new claims, 0 new evidence, 0 status changes"))
        }
        try cli.run(["ingest"] + paths)
        #expect(try cli.claimFiles() == before)
    }

    @Test func anUpdatedArticleAtAKnownURLAddsOnlyWhatIsNew() throws {
        let cli = try makeLedger()
        defer { cli.remove() }
        for name in Self.bridgeStory { try cli.run(["ingest", try Self.fixture(name)]) }
        let evidenceBefore = try Self.claims(cli, asOf: "2024-09-12").reduce(0) { $0 + (($1["evidence"] as? [Any])?.count ?? 0) }
        // The same page, with a paragraph added: the ferry is news, the postponement is not.
        let updated = try cli.run(["ingest", try Self.fixture("lifecycle/opening-delayed-updated.md")])
        #expect(updated.stderr.contains(" 1 new claims, 0 new evidence, 0 status changes"))
        let claims = try Self.claims(cli, asOf: "2024-09-12")
        #expect(claims.reduce(0) { $0 + (($1["evidence"] as? [Any])?.count ?? 0) } == evidenceBefore + 1)
        #expect(try Self.claim(claims, dated: "2024-10-02")["status"] as? String == "postponed")
    }

    @Test func aReportSharingOnlyAnActorNeitherAttachesNorMovesADate() throws {
        let cli = try makeLedger()
        defer { cli.remove() }
        for name in Self.bridgeStory { try cli.run(["ingest", try Self.fixture(name)]) }
        let bridgeBefore = try Self.claim(try Self.claims(cli, asOf: "2024-09-12"), dated: "2024-10-02")
        // "The regional transport authority will open a new office … this year": an opening, the same
        // authority, a date in the same year; not the bridge.
        try cli.run(["ingest", try Self.fixture("lifecycle/shares-no-date.md")])
        let bridge = try Self.claim(try Self.claims(cli, asOf: "2024-09-12"), dated: "2024-10-02")
        #expect((bridge["evidence"] as? [Any])?.count == (bridgeBefore["evidence"] as? [Any])?.count)
        #expect(bridge["status"] as? String == "postponed")
    }

    @Test func aSentenceNamingTheReportDayAndTheEventDayMakesOneClaim() throws {
        let cli = try makeLedger()
        defer { cli.remove() }
        // Headline and body name the meeting's day; the body also names the day it was announced.
        try cli.run(["ingest", try Self.fixture("lifecycle/summit-report-day.md")])
        let claims = try Self.claims(cli, asOf: "2024-03-05")
        #expect(claims.count == 1, "found \(claims.map { $0["id"] ?? "?" })")
        #expect(claims.first?["event_date"] as? String == "2024-03-21")
    }

    @Test func twoEventsOfOneSentenceAreTwoClaimsAndStaySoWhenReadAgain() throws {
        let cli = try makeLedger()
        defer { cli.remove() }
        let path = try Self.fixture("lifecycle/two-events-one-sentence.md")
        try cli.run(["ingest", path])
        let claims = try Self.claims(cli, asOf: "2024-05-03")
        #expect(claims.compactMap { $0["event_date"] as? String }.sorted() == ["2024-05-14", "2024-05-20"])
        let before = try cli.claimFiles()
        try cli.run(["ingest", path])
        #expect(try cli.claimFiles() == before)
    }

    @Test func aSentenceSayingWhenAPostponedEventWillNowTakePlaceMovesIt() throws {
        let cli = try makeLedger()
        defer { cli.remove() }
        // "postponed in August, will now take place on November 5": the month is when it was put off,
        // the day is its new date.
        for name in ["lifecycle/opening-set.md", "lifecycle/opening-delayed.md", "lifecycle/opening-rescheduled.md"] {
            try cli.run(["ingest", try Self.fixture(name)])
        }
        let claims = try Self.claims(cli, asOf: "2024-09-21")
        #expect(claims.count == 1, "found \(claims.map { $0["id"] ?? "?" })")
        let bridge = try Self.claim(claims, dated: "2024-11-05")
        let previous = (bridge["history"] as? [[String: Any]])?.compactMap { $0["previous_date"] as? String }
        #expect(previous == ["2024-09-04", "2024-09-18"])
    }

    @Test func aMoveFromANamedDayRecordsThatDayAsTheOldDate() throws {
        let cli = try makeLedger()
        defer { cli.remove() }
        // Due "in March", then "pushed back to April 22 from March 18": the event was due on March 18.
        for name in ["lifecycle/museum-month.md", "lifecycle/museum-pushed-back.md"] {
            try cli.run(["ingest", try Self.fixture(name)])
        }
        let claims = try Self.claims(cli, asOf: "2025-03-06")
        #expect(claims.count == 1, "found \(claims.map { $0["id"] ?? "?" })")
        let museum = try Self.claim(claims, dated: "2025-04-22")
        #expect(museum["status"] as? String == "postponed")
        let previous = (museum["history"] as? [[String: Any]])?.compactMap { $0["previous_date"] as? String }
        #expect(previous == ["2025-03-18"])
    }
    @Test func aLaterDayToldWithoutADelayWordMovesTheEventAndKeepsItsOldDays() throws {
        let cli = try makeLedger()
        defer { cli.remove() }
        // Due on May 6; "now expected to arrive on May 9" (no word of delay); "arrived on Saturday",
        // May 10: one claim, at the day it happened, with both days it left in its history.
        try Self.ingest(cli, ["lifecycle/ferry-due.md", "lifecycle/ferry-now-expected.md", "lifecycle/ferry-arrived.md"])
        let claims = try Self.claims(cli, asOf: "2025-05-12")
        #expect(claims.count == 1, "found \(claims.map { $0["id"] ?? "?" })")
        let ferry = try Self.claim(claims, dated: "2025-05-10")
        #expect(ferry["status"] as? String == "happened")
        #expect((ferry["evidence"] as? [Any])?.count == 3)
        #expect(Self.previousDates(ferry) == ["2025-05-06", "2025-05-09"])
    }

    @Test func aMoveToNextYearNamedToTheDayTakesTheDay() throws {
        let cli = try makeLedger()
        defer { cli.remove() }
        // "postponed in October, will now take place from March 10 to 12 next year": March 10, not just next year.
        try Self.ingest(cli, ["lifecycle/tour-set.md", "lifecycle/tour-rescheduled.md"])
        let claims = try Self.claims(cli, asOf: "2025-11-20")
        #expect(claims.count == 1, "found \(claims.map { $0["id"] ?? "?" })")
        let visit = try Self.claim(claims, dated: "2026-03-10")
        #expect(Self.previousDates(visit) == ["2025-10-14"])
    }
}
