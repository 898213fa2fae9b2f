import ClaimConfig
import ClaimLedger
import ClaimOutput
import ClaimRunner
import Foundation

/// Loading a large ledger and building the open-claims report, against reading the same files' bytes.
enum LedgerBenchmark {
    static func run(count: Int = Int(ProcessInfo.processInfo.environment["LEDGER_CLAIMS"] ?? "") ?? 100_000) throws {
        let root = scratchDirectory("ledger")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "version: 1\nclaims_directory: claims\n".write(toFile: "\(root)/config.yaml", atomically: true, encoding: .utf8)
        let directory = "\(root)/claims"
        let store = ClaimStore(directory: directory, vocabulary: .standard)
        let writeTime = try bestTime(runs: 1) {
            let lock = try store.lock()
            for number in 0..<count { try store.create(sampleClaim(number), holding: lock) }
        }
        let names = try store.claimFileNames()
        var bytes = 0
        let readTime = bestTime {
            bytes = 0
            for name in names { bytes += FileManager.default.contents(atPath: "\(directory)/\(name)")?.count ?? 0 }
        }
        var loaded = 0
        let loadTime = try bestTime {
            loaded = try store.loadAll().claims.count
        }
        // What `claims report` does: open the workspace, load, replay as of the day, render text.
        var lines = 0
        let day = CalendarDay("2022-02-01")!
        let reportTime = try bestTime {
            let workspace = try Workspace.open(WorkspaceOptions(configPath: "\(root)/config.yaml"))
            let claims = try workspace.loadLedger().claims
            let report = try workspace.report(on: claims, ReportOptions(asOf: day))
            lines = TextReport(presenter: workspace.presenter(asOf: day)).render(report).split(separator: "\n").count
        }
        print("ledger: \(count) claims, \(format(Double(bytes) / 1_048_576)) MB; wrote them in \(format(writeTime)) s "
              + "(\(format(writeTime / Double(count) * 1000, 3)) ms per file, fsync + rename, on \(directory))")
        print("ledger: read bytes \(format(readTime, 2)) s, load + parse \(loaded) claims \(format(loadTime, 2)) s "
              + "(\(format(loadTime / readTime, 1))x the bare read), whole text report (load included) of \(lines) lines \(format(reportTime, 2)) s; "
              + "peak memory \(format(peakMemoryMB())) MB")
    }

    static func sampleClaim(_ number: Int) -> Claim {
        let day = CalendarDay(dayNumber: CalendarDay("2021-06-01")!.dayNumber + number % 400)
        let created = Timestamp("2021-12-28T10:00:00Z")!
        var claim = Claim(
            id: ClaimID("claim-\(number)")!, statement: "Delegation \(number) holds talks on trade and security",
            event: Event(date: EventDate(day), kind: "talks", participants: ["Country \(number % 50)", "Country \(number % 7)"]),
            status: number % 5 == 0 ? .happened : .proposed, created: created)
        let index = claim.record(Evidence(
            source: Source(name: "Example Wire", url: "https://wire.example/\(number)", published: EventDate("2021-12-28")),
            saidBy: "a ministry spokesman", quote: "The talks are scheduled for \(day).", asserts: .proposed,
            cue: "scheduled for", recordedBy: "plain_text", recordedAt: created))
        claim.changeStatus(to: claim.status, at: created, because: "first report", rule: "first_report", evidence: index)
        return claim
    }
}

/// A folder on tmpfs when there is one: the benchmark measures our code, not this disk's fsync.
func scratchDirectory(_ name: String) -> String {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let path = "\(base)/claims-bench-\(name)-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
