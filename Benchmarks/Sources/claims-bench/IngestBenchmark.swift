import ClaimConfig
import ClaimLedger
import ClaimRunner
import Foundation

/// Ingesting thousands of short articles into a ledger of thousands of claims.
enum IngestBenchmark {
    static func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let claimCount = Int(environment["INGEST_CLAIMS"] ?? "") ?? 3_000
        let documentCount = Int(environment["INGEST_DOCUMENTS"] ?? "") ?? 3_000
        let directory = scratchDirectory("ingest")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "version: 1\nclaims_directory: claims\nextractors:\n  - id: plain_text\n"
            .write(toFile: "\(directory)/config.yaml", atomically: true, encoding: .utf8)
        let store = ClaimStore(directory: "\(directory)/claims", vocabulary: .standard)
        let lock = try store.lock()
        for number in 0..<claimCount { try store.create(LedgerBenchmark.sampleClaim(number), holding: lock) }
        _ = consume lock

        // Half the articles report on existing claims' events, half announce new ones.
        let articles = "\(directory)/articles"
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        for number in 0..<documentCount {
            let day = CalendarDay(dayNumber: CalendarDay("2021-06-01")!.dayNumber + number % 400)
            let text = """
                ---
                published: 2021-05-20
                source: Bench Wire \(number)
                ---
                The ministry said the talks between Country \(number % 50) and Country \(number % 7) are scheduled for \(monthName(day.month)) \(day.day).

                Officials said a summit of Country \(number % 13 + 100) and Country \(number % 17 + 200) will take place on \(monthName(day.month)) \(day.day).
                """
            try text.write(toFile: "\(articles)/\(number).md", atomically: false, encoding: .utf8)
        }
        let workspace = try Workspace.open(WorkspaceOptions(configPath: "\(directory)/config.yaml"))
        let start = DispatchTime.now().uptimeNanoseconds
        let summary = try await workspace.ingest(IngestOptions(paths: [articles]), change: { _ in }, problem: { _ in })
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print("ingest: \(summary.documents) documents into \(claimCount) claims in \(format(seconds, 2)) s "
              + "(\(format(Double(summary.documents) / seconds, 0)) documents/s): \(summary.findings) findings, "
              + "\(summary.newClaims) new claims, \(summary.newEvidence) new evidence; peak memory \(format(peakMemoryMB())) MB")
    }

    static func monthName(_ month: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][month - 1]
    }
}
