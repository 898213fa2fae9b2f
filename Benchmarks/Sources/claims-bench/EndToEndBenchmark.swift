import ClaimOutput
import ClaimRunner
import Foundation

/// `claims-bench e2e CONFIG DIR...`: what `claims extract --format jsonl --published 2021-12-28 DIR`
/// does (read, extract, analyse, write JSON Lines), in this process, with the output counted instead
/// of written. Unlike `claims` itself it runs under callgrind, so the instruction count of the whole
/// path can be compared between two builds on a machine whose wall clock is noisy.
enum EndToEndBenchmark {
    /// Runs the measurement on another thread while this one waits on a semaphore: a main thread
    /// parked by an `await` sits in `sigsuspend`, which valgrind cannot follow.
    static func runBlocking(arguments: [String]) {
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { try await run(arguments: arguments) } catch { print("e2e: \(error)") }
            done.signal()
        }
        done.wait()
    }

    static func run(arguments: [String]) async throws {
        guard let configPath = arguments.first, arguments.count > 1 else {
            print("usage: claims-bench e2e CONFIG DIR...")
            return
        }
        let workspace = try Workspace.open(WorkspaceOptions(configPath: configPath))
        let options = ExtractionOptions(paths: Array(arguments.dropFirst()), published: CalendarDay("2021-12-28"))
        var inputBytes = 0, outputBytes = 0, problems = 0
        var documents = 0, claims = 0
        let seconds = await bestTimeAsync(runs: Int(ProcessInfo.processInfo.environment["EXTRACT_RUNS"] ?? "") ?? 1) {
            inputBytes = 0; outputBytes = 0; problems = 0
            var lines = ExtractionOutput.JSONLines(capacity: (1 << 20) + (1 << 18))
            let summary = await workspace.extract(
                options,
                document: { extracted in
                    inputBytes += extracted.document.text.utf8.count
                    lines.append(extracted)
                    if lines.byteCount >= 1 << 20 { lines.drain { outputBytes += $0.count } }
                },
                problem: { _ in problems += 1 })
            lines.drain { outputBytes += $0.count }
            documents = summary.documents; claims = summary.claims
        }
        let megabytes = Double(inputBytes) / 1e6
        print("e2e: \(documents) documents, \(format(megabytes)) MB of text, \(claims) claims, "
              + "\(format(Double(outputBytes) / 1e6)) MB of JSON Lines, \(problems) problems")
        print("e2e: \(format(megabytes / seconds)) MB/s (decimal MB of document text); peak memory \(format(peakMemoryMB())) MB")
    }
}

/// `bestTime` for an async body.
func bestTimeAsync(runs: Int, _ body: () async throws -> Void) async rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<max(runs, 1) {
        let start = DispatchTime.now().uptimeNanoseconds
        try await body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
}
