import Foundation
import Testing

/// External extractors (`id: exec`) end to end: the example plugins of Plugins/examples through
/// `extract` and `ingest`, and small scripts that misbehave in each way the protocol names, each with
/// its message, the exit code, and the ledger left as it was. Needs `python3`.
@Suite struct ExternalExtractorTests {
    /// Plugins/examples in this checkout.
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Plugins/examples").path

    /// A listing of two events we wrote: a confirmed hearing with a time, a cancelled all-day vote.
    static let calendar = """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        BEGIN:VEVENT\r
        UID:hearing-1@court.example\r
        DTSTAMP:20220103T090000Z\r
        DTSTART:20220118T100000Z\r
        SUMMARY:Appeal hearing in the Harbour Bridge contract cas\r
         e\r
        LOCATION:Court of Appeal\r
        ORGANIZER;CN=Court Registry:mailto:registry@court.example\r
        STATUS:CONFIRMED\r
        CATEGORIES:hearing\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        UID:vote-2@council.example\r
        DTSTAMP:20220104T090000Z\r
        DTSTART;VALUE=DATE:20220125\r
        SUMMARY:Council vote on the ferry timetable\r
        STATUS:TENTATIVE\r
        END:VEVENT\r
        END:VCALENDAR\r

        """

    static let article = "The port authority will open the new ferry terminal on January 20, a spokeswoman said.\n"

    /// The start of every misbehaving script: the handshake, then `answer(request)` for each request.
    static func script(_ body: String, version: String = "1.0") -> String {
        """
        import json, os, sys, time
        def send(record):
            sys.stdout.write(json.dumps(record) + "\\n"); sys.stdout.flush()
        for line in sys.stdin:
            request = json.loads(line)
            if request["type"] == "hello":
                send({"type": "hello", "protocol_version": "\(version)", "capabilities": ["files"]})
                continue
        \(body.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))

        """
    }

    /// A workspace with the plugin `name` for `.cal` files (before plain_text), and a ledger made from
    /// one article by the built-in extractor, so that a failing plugin can be seen to leave it alone.
    func workspace(plugin script: String?, timeout: String = "1", extra: String = "") throws -> CLIHarness {
        let cli = try CLIHarness()
        var config = """
            version: 1
            extractors:
              - id: exec
                name: listings
                command: [python3, plugin.py]
                timeout_seconds: \(timeout)
                extensions: [cal]
            \(extra)
              - id: plain_text

            """
        if script == nil { config = "version: 1\nextractors:\n  - id: plain_text\n" }
        try cli.write(config, to: "config.yaml")
        if let script { try cli.write(script, to: "plugin.py") }
        try cli.write(Self.article, to: "terminal.txt")
        try cli.write(Self.calendar, to: "court.cal")
        let seeded = try cli.run(["ingest", "--published", "2022-01-05", "terminal.txt"])
        #expect(seeded.status == 0, "\(seeded.stderr)")
        return cli
    }

    /// Runs `ingest` on the calendar alone and checks that the ledger is what it was.
    func ingestLeavesLedger(_ cli: CLIHarness, inputs: [String] = ["court.cal"]) throws -> CLIHarness.Result {
        let before = try cli.claimFiles()
        #expect(before.count == 1)
        let result = try cli.run(["ingest", "--published", "2022-01-05"] + inputs)
        #expect(try cli.claimFiles() == before)
        return result
    }

    // MARK: The examples

    @Test func icsExampleTurnsEventsIntoClaimsThroughExtract() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.write("""
            version: 1
            extractors:
              - id: exec
                name: court_calendar
                command: [python3, \(Self.examples)/ics_calendar.py]
                extensions: [ics]
              - id: plain_text
            """, to: "config.yaml")
        try cli.write(Self.calendar, to: "court.ics")
        let result = try cli.run(["extract", "--format", "jsonl", "court.ics"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        let records = result.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(records.count == 2)
        let hearing = try #require(records.first ?? nil)
        #expect(hearing["item"] as? String == "hearing-1@court.example")
        #expect(hearing["published"] as? String == "2022-01-03")
        let claim = try #require((hearing["claims"] as? [[String: Any]])?.first)
        #expect(claim["statement"] as? String == "Appeal hearing in the Harbour Bridge contract case")
        #expect(claim["event_date"] as? String == "2022-01-18T10:00")
        #expect(claim["status"] as? String == "confirmed")
        #expect(claim["said_by"] as? String == "Court Registry")
        #expect(claim["quote"] as? String == "Appeal hearing in the Harbour Bridge contract case is scheduled for 2022-01-18T10:00 at Court of Appeal.")
        let date = try #require((hearing["dates"] as? [[String: Any]])?.first)
        #expect(date["text"] as? String == "2022-01-18T10:00")
        let vote = try #require(records.last ?? nil)
        #expect((vote["claims"] as? [[String: Any]])?.first?["status"] as? String == "proposed")

        let text = try cli.run(["extract", "court.ics"])
        #expect(text.stdout.contains("read by court_calendar"))
    }

    @Test func icsExampleRecordsEvidenceUnderItsNameThroughIngest() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.write("""
            version: 1
            extractors:
              - id: exec
                name: court_calendar
                command: [python3, \(Self.examples)/ics_calendar.py]
                extensions: [ics]
              - id: plain_text
            """, to: "config.yaml")
        try cli.write(Self.calendar, to: "court.ics")
        try cli.write(Self.article, to: "terminal.txt")
        let result = try cli.run(["ingest", "court.ics", "terminal.txt", "--published", "2022-01-05"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try cli.claimFiles()
        #expect(files.count == 3)
        let hearing = try #require(files.first { $0.contains("Harbour Bridge") })
        #expect(hearing.contains("recorded_by: court_calendar"))
        #expect(hearing.contains("status: confirmed"))
        #expect(hearing.contains("place: Court of Appeal"))
        #expect(files.contains { $0.contains("recorded_by: plain_text") })
        // Read again, the listing adds nothing.
        let again = try cli.run(["ingest", "court.ics", "--published", "2022-01-05"])
        #expect(again.status == 0)
        #expect(try cli.claimFiles() == files)
    }

    @Test func sourceExampleHandsOverNewArticlesOncePerArrival() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.write("""
            version: 1
            extractors:
              - id: exec
                name: inbox
                command: [python3, \(Self.examples)/folder_source.py, inbox, inbox-state.json]
            """, to: "config.yaml")
        try cli.write("Published: 2022-01-05\n" + Self.article, to: "inbox/terminal.txt")
        let first = try cli.run(["ingest"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("inbox: 1 new article(s) in inbox\n"))
        let files = try cli.claimFiles()
        #expect(files.count == 1)
        #expect(files[0].contains("recorded_by: inbox"))
        #expect(files[0].contains("2022-01-20"))

        let second = try cli.run(["extract", "--format", "jsonl"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout == "")
        #expect(second.stderr.contains("inbox: 0 new article(s) in inbox"))
    }

    @Test func readmesTenLinePluginWorksAsWritten() throws {
        let readme = try String(contentsOfFile: Self.examples + "/../../README.md", encoding: .utf8)
        let start = try #require(readme.range(of: "`tools/paragraphs.py`, a whole plugin"))
        let code = try #require(readme[start.upperBound...].range(of: "```python\n"))
        let end = try #require(readme[code.upperBound...].range(of: "```"))
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.write(String(readme[code.upperBound..<end.lowerBound]), to: "tools/paragraphs.py")
        try cli.write("""
            version: 1
            extractors:
              - id: exec
                name: paragraphs
                command: [python3, tools/paragraphs.py]
                extensions: [txt]
            """, to: "config.yaml")
        try cli.write(Self.article + "\nThe council will vote on the ferry timetable on January 25.\n", to: "two.txt")
        let result = try cli.run(["extract", "--format", "jsonl", "--published", "2022-01-05", "two.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.last?.contains(#""item":"paragraph 2""#) == true)
        #expect(lines.last?.contains(#""event_date":"2022-01-25""#) == true)
    }

    @Test func pluginsListsAndChecksExternalExtractors() throws {
        let cli = try workspace(plugin: Self.script("send({'type': 'result', 'id': request['id'], 'documents': []})"))
        defer { cli.remove() }
        let listing = try cli.run(["plugins"])
        #expect(listing.status == 0)
        #expect(listing.stdout.hasSuffix("""
            External extractors (config.yaml, 'id: exec'):

            listings  files: cal
              command: python3 plugin.py

            """))
        let check = try cli.run(["plugins", "--check"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout == "listings: answers, protocol 1.0, capabilities: files\n")

        try cli.write(Self.script("pass", version: "2.0"), to: "plugin.py")
        let failing = try cli.run(["plugins", "--check"])
        #expect(failing.status == 1)
        #expect(failing.stderr.hasPrefix("error: extractor 'listings' broke the plugin protocol: it speaks protocol version '2.0', this claims speaks 1.0 (major version 1)\n"))
    }

    // MARK: Misbehaving plugins

    @Test func hangingPluginIsStoppedWithItsChildrenAndTheRunGoesOn() throws {
        let cli = try workspace(plugin: Self.script("""
            import subprocess
            subprocess.Popen(["sleep", "30"])
            time.sleep(30)
            """), timeout: "0.5")
        defer { cli.remove() }
        try cli.write(Self.calendar, to: "second.cal")
        let started = ContinuousClock.now
        let result = try ingestLeavesLedger(cli, inputs: ["court.cal", "second.cal", "terminal.txt"])
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(result.status == 1)
        #expect(result.stderr.contains("""
            court.cal: error: extractor 'listings' timed out after 0.5s reading this input; it was stopped, with its child processes
            second.cal: error: not read: extractor 'listings' stopped earlier in this run

            """))
        #expect(result.stderr.contains("ingested 1 document: 1 findings"))
    }

    /// A plugin that fails in one way, and the first lines `ingest` reports about the calendar it was offered.
    struct Misbehaviour: Sendable, CustomTestStringConvertible {
        var name: String
        var script: String
        var extraSettings = ""
        var expected: String
        var testDescription: String { name }
    }

    static let misbehaviours = [
        Misbehaviour(name: "crashes", script: script("sys.exit(3)"),
                     expected: "court.cal: error: extractor 'listings' exited with status 3 while reading this input\n"),
        Misbehaviour(name: "is killed by a signal", script: script("os.kill(os.getpid(), 11)"),
                     expected: "court.cal: error: extractor 'listings' was killed by signal 11 (SIGSEGV) while reading this input\n"),
        Misbehaviour(name: "prints garbage", script: script("print('Reading', request['path'], flush=True)"), expected: """
            court.cal: error: extractor 'listings' broke the plugin protocol: line 2 of its output is not valid JSON: 'Reading court.cal'
            note: docs/plugin-protocol.md describes what a plugin writes

            """),
        Misbehaviour(name: "speaks another major version",
                     script: script("send({'type': 'result', 'id': request['id'], 'documents': []})", version: "2.1"),
                     expected: "court.cal: error: extractor 'listings' broke the plugin protocol: it speaks protocol version '2.1', this claims speaks 1.0 (major version 1)\n"),
        Misbehaviour(name: "writes too much", script: script("""
            sys.stdout.write('{"type": "result", "id": "1", "documents": [' + '{"text": "x"},' * 100000)
            sys.stdout.flush()
            time.sleep(30)
            """), extraSettings: "    max_output_bytes: 10000",
                     expected: "court.cal: error: extractor 'listings' broke the plugin protocol: it wrote more than 10000 bytes for one answer (max_output_bytes)\n"),
        Misbehaviour(name: "exits in the middle of an answer", script: script("""
            sys.stdout.write('{"type": "result", "id": "1", "documents": [{"text": "The ferry vote is sched')
            sys.stdout.flush()
            os._exit(0)
            """), expected: "court.cal: error: extractor 'listings' broke the plugin protocol: it exited while reading this input without answering\n"),
        Misbehaviour(name: "reports an error record", script: script("send({'type': 'error', 'id': request['id'], 'message': 'no BEGIN:VCALENDAR'})"),
                     expected: "court.cal: error: extractor 'listings' could not read it: no BEGIN:VCALENDAR\n"),
    ]

    /// Each failure has its own message and exit code 1; the ledger is left as it was, and the built-in
    /// extractor's findings in the same run are still read.
    @Test(arguments: misbehaviours)
    func misbehavingPluginIsReportedAndCostsOnlyItsOwnFindings(_ case: Misbehaviour) throws {
        let cli = try workspace(plugin: `case`.script, extra: `case`.extraSettings)
        defer { cli.remove() }
        let result = try ingestLeavesLedger(cli, inputs: ["court.cal", "terminal.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(`case`.expected), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("ingested 1 document: 1 findings, 0 new claims, 0 new evidence, 0 status changes, 1 already known, 0 skipped\n"))
    }

    @Test func wholeRunTimeoutStopsAPluginThatIsSlowOnEveryInput() throws {
        let cli = try workspace(plugin: Self.script("""
            time.sleep(0.4)
            send({"type": "result", "id": request["id"], "documents": []})
            """), timeout: "1", extra: "    run_timeout_seconds: 1")
        defer { cli.remove() }
        for name in ["b.cal", "c.cal", "d.cal"] { try cli.write(Self.calendar, to: name) }
        let result = try ingestLeavesLedger(cli, inputs: ["court.cal", "b.cal", "c.cal", "d.cal"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: extractor 'listings' timed out after 1s for the whole run; it was stopped, with its child processes\n"))
        #expect(result.stderr.contains("d.cal: error: not read: extractor 'listings' stopped earlier in this run\n"))
    }

    @Test func sourceFailingMidwayKeepsWhatItHandedOverWhole() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.write("""
            version: 1
            extractors:
              - id: exec
                name: archive
                command: [python3, archive.py]
            """, to: "config.yaml")
        try cli.write("""
            import json, sys
            for line in sys.stdin:
                request = json.loads(line)
                if request["type"] == "hello":
                    print(json.dumps({"type": "hello", "protocol_version": "1.0", "capabilities": ["source"]}), flush=True)
                    continue
                document = {"file": "archive/1", "published": "2022-01-05", "text": "The port authority will open the new ferry terminal on January 20."}
                print(json.dumps({"type": "result", "id": request["id"], "documents": [document], "more": True}), flush=True)
                sys.stdout.write('{"type": "result", "id": "1", "docum'); sys.stdout.flush()
                sys.exit(4)
            """, to: "archive.py")
        let result = try cli.run(["ingest"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: extractor 'archive' exited with status 4 while collecting its documents\n"))
        let files = try cli.claimFiles()
        #expect(files.count == 1)
        #expect(files.first?.contains("recorded_by: archive") == true)
    }

    @Test func pluginWithoutTheNeededCapabilityIsRefused() throws {
        let cli = try workspace(plugin: Self.script("pass").replacingOccurrences(of: #"["files"]"#, with: #"["source"]"#))
        defer { cli.remove() }
        let check = try cli.run(["plugins", "--check"])
        #expect(check.status == 1)
        #expect(check.stderr == """
            error: extractor 'listings' does not announce 'files', which 'extensions' needs
            note: its handshake lists the capabilities it has; see docs/plugin-protocol.md

            """)
    }

    @Test func slowPluginWithinItsTimeoutIsRead() throws {
        let cli = try workspace(plugin: Self.script("""
            print("thinking about", request["path"], file=sys.stderr, flush=True)
            time.sleep(0.3)
            send({"type": "result", "id": request["id"], "documents": [{"text": "The ferry vote is scheduled for January 25, the council said.", "published": "2022-01-04"}]})
            """), timeout: "2")
        defer { cli.remove() }
        let result = try cli.run(["ingest", "court.cal"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("listings: thinking about court.cal\n"))
        #expect(try cli.claimFiles().contains { $0.contains("recorded_by: listings") })
    }

    @Test func offsetsOutOfRangeDropTheAnswerButNotThePlugin() throws {
        let cli = try workspace(plugin: Self.script("""
            text = "The ferry vote is scheduled for January 25."
            end = 400 if request["path"] == "court.cal" else len(text)
            claim = {"statement": "Ferry vote", "status": "proposed", "event_date": "2022-01-25", "sentence": {"start": 0, "end": end}}
            send({"type": "result", "id": request["id"], "documents": [{"text": text, "published": "2022-01-04", "claims": [claim]}]})
            """))
        defer { cli.remove() }
        try cli.write(Self.calendar, to: "second.cal")
        let result = try cli.run(["ingest", "court.cal", "second.cal"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("court.cal: error: extractor 'listings' broke the plugin protocol: offsets 0..<400 of 'documents[0].claims[0].sentence' are out of range: the text has 43 UTF-8 bytes\n"))
        #expect(try cli.claimFiles().contains { $0.contains("statement: Ferry vote") })
    }

    @Test func unparseableDatesAndUnknownStatusesAreRejected() throws {
        let cli = try workspace(plugin: Self.script("""
            text = "The ferry vote is scheduled for January 25."
            claim = {"statement": "Ferry vote", "status": "pencilled_in" if request["id"] == "2" else "proposed", "sentence": {"start": 0, "end": len(text)}}
            if request["id"] == "1": claim["event_date"] = "25/01/2022"
            send({"type": "result", "id": request["id"], "documents": [{"text": text, "published": "2022-01-04", "claims": [claim]}]})
            """))
        defer { cli.remove() }
        try cli.write(Self.calendar, to: "second.cal")
        let result = try ingestLeavesLedger(cli, inputs: ["court.cal", "second.cal"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("court.cal: error: extractor 'listings' broke the plugin protocol: 'documents[0].claims[0].event_date' is not a date such as '2022-01-10', '2022-01' or '2022-01-10T14:00': '25/01/2022'\n"))
        #expect(result.stderr.contains("second.cal: error: extractor 'listings' broke the plugin protocol: unknown status 'pencilled_in' in its findings; skipped\n"))
    }

    @Test func missingProgramCannotStart() throws {
        let cli = try workspace(plugin: "")
        defer { cli.remove() }
        try cli.write(try cli.read("config.yaml").replacingOccurrences(of: "[python3, plugin.py]", with: "[./no-such-plugin]"), to: "config.yaml")
        let result = try ingestLeavesLedger(cli)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("""
            court.cal: error: extractor 'listings' could not start './no-such-plugin': No such file or directory
            note: check 'command' in config.yaml; a relative path is read from the current directory

            """))
    }

    @Test func settingsAreCheckedWithTheirPlace() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.write("""
            version: 1
            extractors:
              - id: exec
                name: listings
                command: [python3, plugin.py]
                timeout_seconds: [1]
            """, to: "config.yaml")
        let wrongType = try cli.run(["extract", "x.cal"])
        #expect(wrongType.status == 2)
        #expect(wrongType.stderr == "config.yaml:6:22: error: expected a number for 'timeout_seconds', found a list\n")

        try cli.write("""
            version: 1
            extractors:
              - id: exec
                command: [python3, plugin.py]
                timout_seconds: 1
            """, to: "config.yaml")
        let unnamed = try cli.run(["extract", "x.cal"])
        #expect(unnamed.status == 2)
        #expect(unnamed.stderr == "config.yaml:3:5: error: an 'exec' extractor needs a 'name', by which its findings and messages are known\n")
    }
}
