import ClaimRunner
import Foundation

/// `claims-bench exec DIR...`: the cost of the external-extractor path against the built-in one on the
/// same articles. The same `.txt`/`.md` files are read once by `plain_text` and once by a pass-through
/// Python plugin (`id: exec`) that hands each text back as one document for the built-in analysis, so
/// the difference is the protocol's cost alone: the JSON both ways, the pipe, the plugin's own work.
/// Runs alternate, best of `EXEC_RUNS` (default 3); wall time, and the CPU time of this process and of the
/// plugin separately (the plugin runs beside the host, on another core when there is one).
enum ExecBenchmark {
    static let passThrough = """
        import json, sys
        for line in sys.stdin:
            request = json.loads(line)
            if request["type"] == "hello":
                answer = {"type": "hello", "protocol_version": "1.0", "capabilities": ["files"]}
            else:
                answer = {"type": "result", "id": request["id"], "documents": [{"text": request["text"], "published": request["published"]}]}
            sys.stdout.write(json.dumps(answer) + "\\n")
            sys.stdout.flush()
        """

    struct Figures {
        var wall = Double.infinity
        var hostCPU = Double.infinity
        var pluginCPU = Double.infinity
        var documents = 0
        var claims = 0
        var bytes = 0
    }

    static func run(directories: [String]) async throws {
        guard !directories.isEmpty else {
            print("usage: claims-bench exec DIR...   (e.g. a folder written by 'claims-bench corpus')")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claims-exec-bench-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try passThrough.write(toFile: folder + "/pass_through.py", atomically: true, encoding: .utf8)
        try "version: 1\nextractors:\n  - id: plain_text\n".write(toFile: folder + "/builtin.yaml", atomically: true, encoding: .utf8)
        try """
            version: 1
            extractors:
              - id: exec
                name: pass_through
                command: [python3, \(folder)/pass_through.py]
                extensions: [txt, md]
                timeout_seconds: 60
            """.write(toFile: folder + "/exec.yaml", atomically: true, encoding: .utf8)
        let builtIn = try Workspace.open(WorkspaceOptions(configPath: folder + "/builtin.yaml"))
        let exec = try Workspace.open(WorkspaceOptions(configPath: folder + "/exec.yaml"))
        let options = ExtractionOptions(paths: directories, published: CalendarDay("2021-12-28"))
        var figures = [Figures(), Figures()]
        for _ in 0..<(Int(ProcessInfo.processInfo.environment["EXEC_RUNS"] ?? "") ?? 3) {
            for (index, workspace) in [builtIn, exec].enumerated() {
                let run = await measure(workspace, options)
                figures[index].wall = min(figures[index].wall, run.wall)
                figures[index].hostCPU = min(figures[index].hostCPU, run.hostCPU)
                figures[index].pluginCPU = min(figures[index].pluginCPU, run.pluginCPU)
                (figures[index].documents, figures[index].claims, figures[index].bytes) = (run.documents, run.claims, run.bytes)
            }
        }
        let files = figures[0].documents
        for (name, figure) in zip(["plain_text (built-in)", "exec pass-through (python3)"], figures) {
            print("\(name): \(figure.documents) documents, \(figure.claims) claims, \(format(Double(figure.bytes) / 1e6)) MB; "
                  + "wall \(format(figure.wall, 3)) s (\(format(Double(figure.bytes) / 1e6 / figure.wall)) MB/s), "
                  + "host CPU \(format(figure.hostCPU, 3)) s, plugin CPU \(format(figure.pluginCPU, 3)) s")
        }
        let extra = figures[1].wall - figures[0].wall
        print("exec overhead: +\(format(extra, 3)) s wall (\(format(figures[1].wall / figures[0].wall, 2))x), "
              + "\(format(extra / Double(max(files, 1)) * 1e6, 0)) µs per file; host CPU +\(format((figures[1].hostCPU - figures[0].hostCPU) / Double(max(files, 1)) * 1e6, 0)) µs per file")
    }

    static func measure(_ workspace: Workspace, _ options: ExtractionOptions) async -> Figures {
        var figures = Figures()
        let hostBefore = cpuSeconds(RUSAGE_SELF.rawValue), pluginBefore = cpuSeconds(RUSAGE_CHILDREN.rawValue)
        let start = DispatchTime.now().uptimeNanoseconds
        let summary = await workspace.extract(options, document: { figures.bytes += $0.document.text.utf8.count }, problem: { print($0) })
        figures.wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        figures.hostCPU = cpuSeconds(RUSAGE_SELF.rawValue) - hostBefore
        figures.pluginCPU = cpuSeconds(RUSAGE_CHILDREN.rawValue) - pluginBefore
        figures.documents = summary.documents
        figures.claims = summary.claims
        return figures
    }

    /// User plus system seconds (children: those reaped so far, so a plugin counts once it has ended).
    static func cpuSeconds(_ who: __rusage_who_t) -> Double {
        var usage = rusage()
        getrusage(who, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
