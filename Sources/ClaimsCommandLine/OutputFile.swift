import ClaimRunner
import Foundation

/// Where a command's result goes: standard output, or the file named by `--output`.
struct OutputDestination {
    /// Nil for standard output.
    var path: String?

    /// Colour only for a terminal on standard output, and never when `NO_COLOR` is set (no-color.org).
    var wantsColor: Bool {
        path == nil && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    func write(_ text: String) throws(RunnerFailure) {
        guard let path else {
            Console.print(text, terminator: "")
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .io(.couldNotWrite(path: path, reason: error.localizedDescription))
        }
    }
}
