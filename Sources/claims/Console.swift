import ArgumentParser
import ClaimRunner
import Foundation

/// Where results and diagnostics go: results to stdout, diagnostics to stderr.
enum Console {
    static func print(_ text: String, terminator: String = "\n") {
        Swift.print(text, terminator: terminator)
    }

    /// Writes raw bytes to stdout and empties the buffer. Only for commands that write nothing through `print`.
    static func write(_ bytes: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        FileHandle.standardOutput.write(Data(bytes))
        bytes.removeAll(keepingCapacity: true)
    }

    static func diagnose(_ text: String) {
        guard !text.isEmpty else { return }
        var line = text
        if !line.hasSuffix("\n") { line += "\n" }
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func diagnose(_ issues: [some CustomStringConvertible]) {
        for issue in issues { diagnose(issue.description) }
    }

    /// Runs a command body, rendering failures and mapping them to the documented exit codes.
    static func run(_ body: () async throws(RunnerFailure) -> ExitStatus) async throws {
        let status: ExitStatus
        do {
            status = try await body()
        } catch {
            diagnose(error.description)
            status = error.exitStatus
        }
        fflush(nil)  // all C streams: stdout must be complete before the exit code ends the process
        if status != .success { throw ExitCode(status.rawValue) }
    }
}
