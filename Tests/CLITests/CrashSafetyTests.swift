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

/// Exit statuses written by concurrent workers, each to its own slot.
private final class ConcurrentResults: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Int32]
    init(count: Int) { storage = Array(repeating: -2, count: count) }
    func set(_ index: Int, _ value: Int32) { lock.withLock { storage[index] = value } }
    var values: [Int32] { lock.withLock { storage } }
}
