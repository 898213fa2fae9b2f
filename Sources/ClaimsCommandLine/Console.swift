import ArgumentParser
import ClaimRunner
import Foundation
#if canImport(Glibc)
import Glibc
/// `write(2)`, named apart from `Console.write`.
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Where results and diagnostics go: results to stdout, diagnostics to stderr.
enum Console {
    static func print(_ text: String, terminator: String = "\n") {
        Swift.print(text, terminator: terminator)
    }

    /// Writes raw bytes to stdout with `write(2)`, straight from the caller's memory. Only for
    /// commands that write nothing through `print`, whose buffer would otherwise come out of order.
    ///
    /// A failed write (a full disk, a closed pipe when SIGPIPE is ignored) ends the process with
    /// the I/O failure's exit code: what was written cannot be completed, and the run is pointless.
    static func write(_ bytes: some Collection<UInt8>) {
        if bytes.withContiguousStorageIfAvailable({ write(UnsafeRawBufferPointer($0)) }) == nil { write(Array(bytes)) }
    }

    private static func write(_ bytes: UnsafeRawBufferPointer) {
        var rest = bytes
        while let base = rest.baseAddress, !rest.isEmpty {
            let written = systemWrite(STDOUT_FILENO, base, rest.count)
            if written < 0 {
                if errno == EINTR { continue }
                let failure = RunnerFailure.io(.couldNotWriteStandardOutput(reason: String(cString: strerror(errno))))
                diagnose(failure.description)
                exit(failure.exitStatus.rawValue)
            }
            rest = UnsafeRawBufferPointer(rebasing: rest[written...])
        }
    }

    static func diagnose(_ text: String) {
        guard !text.isEmpty else { return }
        var line = text
        if !line.hasSuffix("\n") { line += "\n" }
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func diagnose(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { diagnose(diagnostic.description) }
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
