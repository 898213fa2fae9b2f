import Foundation
import Testing

/// Several writers at once, and a writer killed mid-run, never leave a torn or lost claim file.
@Suite struct CrashSafetyTests {
    @Test func concurrentWritersAreSerializedAndNothingIsLost() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.run(["init"])
        try cli.run(["add", "Ministers meet", "--event-date", "2023-04-01", "--id", "ministers-meet"])
        let writers = 6
        let results = ConcurrentResults(count: writers)
        DispatchQueue.concurrentPerform(iterations: writers) { index in
            let arguments = index % 2 == 0
                ? ["add", "Summit number \(index)", "--event-date", "2023-05-0\(index + 1)", "--id", "summit-\(index)"]
                : ["update", "ministers-meet", "--status", "confirmed", "--source", "Wire \(index)", "--quote", "writer \(index)"]
            results.set(index, (try? cli.run(arguments))?.status ?? -1)
        }
        #expect(results.values == Array(repeating: 0, count: writers))
        let check = try cli.run(["check"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout == "checked config.yaml and 4 claim files: 0 errors, 0 warnings\n")
        let show = try cli.run(["show", "ministers-meet", "--format", "json"])
        let claim = try #require(((try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])?["claims"] as? [[String: Any]])?.first)
        // Every update appended its evidence: none overwrote another's.
        #expect((claim["evidence"] as? [[String: Any]])?.compactMap { $0["quote"] as? String }.sorted() == ["writer 1", "writer 3", "writer 5"])
    }

    @Test func aWriterKilledMidRunLeavesAValidLedgerAndARerunCompletesIt() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.run(["init"])
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
        for number in 0..<150 {
            // 150 different events: each on its own day of 2024.
            try cli.write("""
                ---
                published: 2023-12-01
                source: Wire \(number)
                ---
                The ministry said talks between Norway and Sweden are scheduled for \(months[number / 15]) \(number % 15 + 1), 2024.
                """, to: "articles/\(number).md")
        }
        let process = Process()
        process.executableURL = CLIHarness.executable
        process.arguments = ["ingest", "articles"]
        process.currentDirectoryURL = cli.directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once it has started writing claim files.
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, ((try? cli.fileNames(in: "claims"))?.filter { $0.hasSuffix(".yaml") }.count ?? 0) < 5 {
            usleep(2_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let check = try cli.run(["check"])
        #expect(check.status == 0, "\(check.stderr)")
        let rerun = try cli.run(["ingest", "articles"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let after = try cli.fileNames(in: "claims").filter { $0.hasSuffix(".yaml") }
        #expect(after.count == 150)
        #expect(try cli.fileNames(in: "claims").allSatisfy { !$0.hasPrefix(".tmp-") })
        let third = try cli.run(["ingest", "articles"])
        #expect(third.stderr.contains("0 new claims, 0 new evidence"))
    }
}

extension CrashSafetyTests {
    /// Twelve council votes, each reported by two wires on different days; set k
    /// holds articles 5k to 5k+9 of the 24, so each set shares articles with its neighbours.
    func writeOverlappingSets(in cli: CLIHarness) throws {
        let places = ["Kellford", "Port Ellis", "Marenta", "Halden", "Norby", "Sarvik",
                      "Ostrava Bay", "Lindqvist", "Tarrow", "Ebbing", "Castelmoor", "Vennick"]
        for article in 0..<24 {
            let event = article % 12
            let text = """
                ---
                published: 2030-\(article < 12 ? "10" : "11")-\(event + 10)
                source: Wire \(article)
                ---
                The council of \(places[event]) will vote on the budget on March \(event + 3), 2031, \(article < 12 ? "officials" : "a spokesman") said.
                """
            for set in 0..<4 where (set * 5..<set * 5 + 10).contains(article) {
                try cli.write(text, to: "set\(set)/article\(article).md")
            }
        }
    }

    /// The ledger's content, in an order-free form: recording times, the history (which records the
    /// order things arrived in) and the order of each claim's evidence left out.
    func content(of cli: CLIHarness) throws -> [String] {
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return object.filter { !["created", "updated", "recorded_at", "at", "history"].contains($0.key) }.mapValues(strip)
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        func text(_ value: Any) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
        }
        let export = try cli.run(["export", "--format", "jsonl"])
        return try export.stdout.split(separator: "\n").map { line in
            var claim = try #require(strip(try JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any])
            claim["evidence"] = try (claim["evidence"] as? [Any] ?? []).map(text).sorted()
            return try text(claim)
        }.sorted()
    }

    /// Four ingests over overlapping article sets, four updates and two readers, all at once: every
    /// writer succeeds, every read sees whole files, nothing is lost or counted twice, and the ledger
    /// holds what running the same commands one after another gives (`bash
    /// scripts/concurrency-campaign.sh` runs the large version).
    @Test func ingestsUpdatesAndReadersAtOnceEqualASequentialRun() throws {
        let concurrent = try CLIHarness(), sequential = try CLIHarness()
        defer { concurrent.remove(); sequential.remove() }
        let writers = (0..<4).map { ["ingest", "set\($0)"] } + (1...4).map {
            ["update", "festival-\($0)", "--status", "confirmed", "--source", "Desk \($0)", "--quote", "Festival \($0) is on."]
        }
        for cli in [concurrent, sequential] {
            try cli.run(["init"])
            for number in 1...4 {
                try cli.run(["add", "The harbour festival number \(number) opens in Quillon", "--event-date", "2035-0\(number)-1\(number)",
                             "--id", "festival-\(number)"])
            }
            try writeOverlappingSets(in: cli)
        }
        for arguments in writers { #expect(try sequential.run(arguments).status == 0) }

        let readers = ReaderLog()
        let reading = DispatchGroup(), writing = DispatchGroup()
        for _ in 0..<2 {
            DispatchQueue.global().async(group: reading) {
                repeat {
                    let report = try? concurrent.run(["report", "--format", "json"])
                    let parsed = report.flatMap { try? JSONSerialization.jsonObject(with: Data($0.stdout.utf8)) }
                    let check = try? concurrent.run(["check"])
                    readers.record(report?.status == 0 && parsed != nil && check?.status == 0 && check?.stderr.isEmpty == true
                                   ? nil : "report: \(report?.stderr ?? "did not run") check: \(check?.stderr ?? "did not run")")
                } while !readers.finished
            }
        }
        let results = ConcurrentResults(count: writers.count)
        for (index, arguments) in writers.enumerated() {
            DispatchQueue.global().async(group: writing) { results.set(index, (try? concurrent.run(arguments))?.status ?? -1) }
        }
        writing.wait()
        readers.finish()
        reading.wait()

        #expect(results.values == Array(repeating: 0, count: writers.count))
        #expect(readers.problems.isEmpty, "\(readers.problems)")
        #expect(readers.reads >= 2)
        let check = try concurrent.run(["check"])
        #expect(check.stdout == "checked config.yaml and 16 claim files: 0 errors, 0 warnings\n", "\(check.stderr)")
        let ledger = try content(of: concurrent)
        #expect(ledger == (try content(of: sequential)))
        // Every article is in the ledger once: none lost, none counted twice.
        let exported = try concurrent.run(["export", "--format", "jsonl"]).stdout.split(separator: "\n")
            .compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let wires = exported.flatMap { ($0["evidence"] as? [[String: Any]] ?? []).compactMap { $0["source"] as? String } }.filter { $0.hasPrefix("Wire ") }
        #expect(wires.sorted() == (0..<24).map { "Wire \($0)" }.sorted())
    }
}

/// What the readers of a concurrency test saw, and whether the writers are done.
private final class ReaderLog: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    private var seen: [String] = []
    private var count = 0
    func record(_ problem: String?) { lock.withLock { count += 1; if let problem { seen.append(problem) } } }
    func finish() { lock.withLock { done = true } }
    var finished: Bool { lock.withLock { done } }
    var problems: [String] { lock.withLock { seen } }
    var reads: Int { lock.withLock { count } }
}

/// Exit statuses written by concurrent workers, each to its own slot.
private final class ConcurrentResults: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Int32]
    init(count: Int) { storage = Array(repeating: -2, count: count) }
    func set(_ index: Int, _ value: Int32) { lock.withLock { storage[index] = value } }
    var values: [Int32] { lock.withLock { storage } }
}
