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

    /// Output made in chunks (`PrettyJSONStream`): standard output gets each chunk as it comes; a file
    /// still gets the whole text at once, replaced atomically.
    func stream(_ produce: (([UInt8]) -> Void) -> Void) throws(RunnerFailure) {
        guard let path else {
            produce { Console.write($0) }
            return
        }
        var whole: [UInt8] = []
        produce { whole += $0 }
        do {
            try Data(whole).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .io(.couldNotWrite(path: path, reason: error.localizedDescription))
        }
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
