import Foundation
import Testing

/// The ingest progress bar: drawn on a terminal, absent when stderr is a pipe.
@Suite struct IngestProgressTests {
    func articles(in cli: CLIHarness) throws -> [String] {
        try cli.run(["init"])
        let names = ["summit-announced.md", "summit-called-off.md", "vote-announced.md"]
        for name in names { try cli.write(try String(contentsOfFile: try IngestTests.fixture("cases/\(name)"), encoding: .utf8), to: name) }
        return names
    }

    @Test func noBarWhenStderrIsAPipe() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        let result = try cli.run(["ingest", "--dry-run"] + (try articles(in: cli)))
        #expect(result.status == 0)
        #expect(!result.stderr.contains("files"))
        #expect(!result.stderr.contains("\r"))
    }

    /// util-linux `script` gives the command a pseudo-terminal, so stderr is a terminal.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func barShowsDoneTotalAndRateOnATerminal() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        let command = ([CLIHarness.executable.path, "ingest", "--dry-run"] + (try articles(in: cli))).joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command + " >/dev/null", "/dev/null"]
        process.currentDirectoryURL = cli.directory
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let terminal = String(decoding: data, as: UTF8.self)
        #expect(terminal.contains("[##############################] 3/3 files  "), "\(terminal)")
        #expect(terminal.contains("/s"))
        #expect(terminal.contains("\u{1B}[2K"), "the bar is cleared before the summary")
    }
}
