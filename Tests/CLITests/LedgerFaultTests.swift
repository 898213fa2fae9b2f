import Foundation
import Testing

/// Faults between and around commands: a read-only ledger, claim files deleted, cut short or edited
/// by hand between two runs, a clock that went backwards. Each ends in a message naming the file and
/// the cause, and nothing that was there before is lost.
@Suite struct LedgerFaultTests {
    /// A ledger with one claim added by hand and one article about another event.
    func makeLedger() throws -> CLIHarness {
        let cli = try CLIHarness()
        try cli.run(["init"])
        try cli.run(["add", "Ministers meet in Oslo", "--event-date", "2031-04-01", "--id", "ministers-meet"])
        try cli.write("""
            ---
            published: 2030-11-02
            source: Harbour Wire
            ---
            The council of Halden will vote on the budget on March 3, 2031, officials said.
            """, to: "articles/vote.md")
        return cli
    }

    func report(_ cli: CLIHarness, asOf day: String) throws -> [String: [String: Any]] {
        let result = try cli.run(["report", "--format", "json", "--as-of", day])
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let claims = json?["claims"] as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: claims.map { ($0["id"] as? String ?? "", $0) })
    }

    /// `claims/` on a read-only mount (a mount namespace of the test's own, so it works as root, who
    /// ignores permission bits, and as any user the system lets make one); where none can be made,
    /// a directory without write permission for a user who is not root. Every writer stops at once
    /// with exit 2, naming the directory and the reason; readers work; nothing changes.
    @Test func aReadOnlyLedgerRefusesWritersAndServesReaders() throws {
        let cli = try makeLedger()
        defer { cli.remove() }
        try cli.write("[]", to: "reviews.json")
        let mountReadOnly = "mount --bind claims claims && mount -o remount,bind,ro claims claims && exec \"$0\" \"$@\""
        var launcher = ["/usr/bin/env", "unshare", "-rm", "sh", "-c", mountReadOnly]
        if (try? cli.run(["--version"], launcher: launcher))?.status != 0 {
            guard geteuid() != 0 else { return }  // neither way can make a read-only ledger here: the fault-injection tests cover it
            launcher = []
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: cli.directory.appendingPathComponent("claims").path)
        }
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: cli.directory.appendingPathComponent("claims").path) }
        let before = try cli.claimFiles()
        let writers = [
            ["update", "ministers-meet", "--status", "confirmed", "--source", "Desk", "--quote", "It is on."],
            ["ingest", "articles"],
            ["add", "Harbour opens", "--event-date", "2031-05-01"],
            ["import", "reviews.json"],
        ]
        for arguments in writers {
            let result = try cli.run(arguments, launcher: launcher)
            #expect(result.status == 2, "\(arguments[0]): \(result.stderr)")
            #expect(result.stderr.hasPrefix("claims: error: could not write in the claims directory: "), "\(arguments[0]): \(result.stderr)")
            #expect(!result.stdout.contains("new claim"), "\(arguments[0]) printed changes it could not save")
        }
        for arguments in [["report"], ["check"], ["list"], ["show", "ministers-meet"], ["export", "--format", "jsonl"]] {
            let result = try cli.run(arguments, launcher: launcher)
            #expect(result.status == 0, "\(arguments[0]): \(result.stderr)")
        }
        #expect(try cli.claimFiles() == before)
    }

    /// Between two commands someone deletes one claim file, cuts another short and edits a third in
    /// place. Each is noticed: the deleted claim is gone and an ingest makes it again; a file cut
    /// mid-entry is an error with its path and line that stops writers; one cut at the end of a line
    /// (still valid YAML) is a warning; an edit that keeps the file's size is read from the YAML.
    @Test func filesDeletedCutShortOrEditedBetweenCommands() throws {
        let cli = try makeLedger()
        defer { cli.remove() }
        try cli.run(["update", "ministers-meet", "--status", "confirmed", "--source", "Desk", "--quote", "It is on."])
        try cli.run(["ingest", "articles"])
        let names = try cli.fileNames(in: "claims").filter { $0.hasSuffix(".yaml") }
        let vote = try #require(names.first { $0.hasPrefix("vote-") })
        let voteText = try cli.read("claims/\(vote)")
        try cli.run(["list"])  // the index now caches every claim

        // Deleted: gone from every command, and reading the article again brings it back as it was.
        try FileManager.default.removeItem(at: cli.directory.appendingPathComponent("claims/\(vote)"))
        #expect(try cli.run(["check"]).status == 0)
        let show = try cli.run(["show", String(vote.dropLast(5))])
        #expect(show.status != 0 && show.stderr.contains("error: no claim '\(vote.dropLast(5))'"))
        try cli.run(["ingest", "articles"])
        #expect(try cli.read("claims/\(vote)").replacingOccurrences(of: #"\d{4}-\d\d-\d\dT[\d:]+Z"#, with: "T", options: .regularExpression)
            == voteText.replacingOccurrences(of: #"\d{4}-\d\d-\d\dT[\d:]+Z"#, with: "T", options: .regularExpression))

        // Cut mid-entry: an error naming the file and line; writers refuse, the file stays as it is.
        let meeting = try cli.read("claims/ministers-meet.yaml")
        let cut = String(meeting[..<meeting.range(of: "recorded_by:", options: .backwards)!.lowerBound])
        try cli.write(cut, to: "claims/ministers-meet.yaml")
        let check = try cli.run(["check"])
        #expect(check.status == 1)
        #expect(check.stderr.contains("claims/ministers-meet.yaml:"), "\(check.stderr)")
        #expect(check.stderr.contains("error: missing required key 'evidence[0].recorded_by'"), "\(check.stderr)")
        let ingest = try cli.run(["ingest", "articles"])
        #expect(ingest.status == 2 && ingest.stderr.contains("claims/ministers-meet.yaml:"), "\(ingest.stderr)")
        let update = try cli.run(["update", "ministers-meet", "--status", "denied", "--source", "Desk", "--quote", "Not so."])
        #expect(update.status == 2 && update.stderr.contains("claims/ministers-meet.yaml:"), "\(update.stderr)")
        #expect(try cli.read("claims/ministers-meet.yaml") == cut)

        // Cut at the end of a line before the history: valid YAML, so a warning says what happened.
        try cli.write(String(meeting[..<meeting.range(of: "history:")!.lowerBound]), to: "claims/ministers-meet.yaml")
        let warned = try cli.run(["check"])
        #expect(warned.status == 0)
        #expect(warned.stderr.contains("claims/ministers-meet.yaml:3:9: warning: the claim has evidence but no history: the file may have been cut short"),
                "\(warned.stderr)")
        // ...and within the history, dropping the last change of status.
        try cli.write(String(meeting[..<meeting.range(of: "- at:", options: .backwards)!.lowerBound]), to: "claims/ministers-meet.yaml")
        #expect(try cli.run(["check"]).stderr.contains("warning: status 'confirmed' is not the last status in the history ('proposed')"))
        try cli.write(meeting, to: "claims/ministers-meet.yaml")

        // Edited in place, same size, modification time set back: the cache is not trusted for it.
        let path = cli.directory.appendingPathComponent("claims/ministers-meet.yaml").path
        let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as! Date
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        try handle.write(contentsOf: Data(meeting.replacingOccurrences(of: "in Oslo", with: "in Rome").utf8))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: modified.addingTimeInterval(-3600)], ofItemAtPath: path)
        let list = try cli.run(["list"])
        #expect(list.stdout.contains("Ministers meet in Rome") && !list.stdout.contains("in Oslo"), "\(list.stdout)")
        #expect(try cli.run(["check"]).stdout.hasSuffix("0 errors, 0 warnings\n"))
    }

    /// The ledger holds times this computer's clock has not reached: the clock was ahead when they
    /// were recorded, or has gone backwards since. `check` warns, naming the file; a person's change
    /// and new evidence are then recorded no earlier than the claim's last change, so the history
    /// keeps its order and the report shows the status the file holds (dated by the clock, the change
    /// would sort before the earlier one, and the report would show 'confirmed'). Overdue is computed from the report date only.
    @Test func aClockBehindTheLedgerKeepsTheHistoryInOrder() throws {
        let cli = try makeLedger()
        defer { cli.remove() }
        try cli.write("""
            id: port-opening-2031-04-01
            statement: The new port opens in Halden
            status: confirmed
            event:
              date: "2031-04-01"
            created: "2099-01-01T10:00:00Z"
            updated: "2099-01-02T10:00:00Z"
            evidence:
            - source: Desk
              quote: The opening is planned.
              status: proposed
              recorded_by: tester
              recorded_at: "2099-01-01T10:00:00Z"
            - source: Desk
              quote: The port confirmed the day.
              status: confirmed
              recorded_by: tester
              recorded_at: "2099-01-02T10:00:00Z"
            history:
            - at: "2099-01-01T10:00:00Z"
              to: proposed
              because: recorded by hand
              evidence: 0
              by: tester
            - at: "2099-01-02T10:00:00Z"
              from: proposed
              to: confirmed
              because: set by hand
              evidence: 1
              by: tester

            """, to: "claims/port-opening-2031-04-01.yaml")
        let check = try cli.run(["check"])
        #expect(check.status == 0)
        #expect(check.stderr.contains("claims/port-opening-2031-04-01.yaml: warning: last changed at 2099-01-02T10:00:00Z, later than this computer's clock"),
                "\(check.stderr)")

        let update = try cli.run(["update", "port-opening-2031-04-01", "--status", "denied", "--source", "Desk", "--quote", "The port denies the date."])
        #expect(update.status == 0, "\(update.stderr)")
        let file = try cli.read("claims/port-opening-2031-04-01.yaml")
        // The new evidence and the change are dated at the claim's last change, not before it.
        #expect(file.components(separatedBy: "\"2099-01-02T10:00:00Z\"").count - 1 == 5, "\(file)")
        #expect(file.hasSuffix("  from: confirmed\n  to: denied\n  because: set by hand\n  evidence: 2\n  by: tester\n"), "\(file)")
        #expect(try report(cli, asOf: "2099-01-03")["port-opening-2031-04-01"]?["status"] as? String == "denied")
        // So is the evidence of an article with no publication date (ordered by when it was recorded).
        try cli.write("The new port in Halden will not open on April 1, 2031, the council said.\n", to: "late/port.txt")
        let ingest = try cli.run(["ingest", "late"])
        #expect(ingest.stdout.contains("evidence 4 for port-opening-2031-04-01"), "\(ingest.stdout)")
        #expect(try cli.read("claims/port-opening-2031-04-01.yaml").components(separatedBy: "recorded_at: \"2099-01-02T10:00:00Z\"").count - 1 == 3)

        // Overdue follows the report date, never the times recorded: open and past its day, or not yet.
        #expect(try report(cli, asOf: "2031-03-30")["ministers-meet"]?["flags"] as? [String] == [])
        #expect(try report(cli, asOf: "2031-04-05")["ministers-meet"]?["flags"] as? [String] == ["overdue"])
    }
}
