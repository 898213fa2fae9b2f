import Foundation

/// A one-line progress bar on stderr, redrawn in place: `[#####-----] 120/300 files  41.2/s`.
///
/// Only for a terminal: when stderr is a file or a pipe, `make()` returns nil and nothing extra is
/// written, so logs and tests see exactly what they saw before.
final class ProgressBar {
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false
    private let width = 30
    private let unit: String

    private init(unit: String) {
        self.unit = unit
    }

    /// `unit` names what is counted ("files", "MB").
    static func make(unit: String = "files") -> ProgressBar? {
        isatty(STDERR_FILENO) == 1 ? ProgressBar(unit: unit) : nil
    }

    /// Draws at most ten times a second, and always at the end.
    func update(done: Int, total: Int) {
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        write("\r" + ProgressBar.line(done: done, total: total, seconds: now.timeIntervalSince(start), width: width, unit: unit))
        drawn = true
    }

    /// Clears the bar, so the diagnostics and summary that follow start on a clean line.
    func finish() {
        guard drawn else { return }
        write("\r\u{1B}[2K")
        drawn = false
    }

    static func line(done: Int, total: Int, seconds: Double, width: Int, unit: String = "files") -> String {
        let fraction = total > 0 ? Double(done) / Double(total) : 1
        let filled = min(width, Int((fraction * Double(width)).rounded(.down)))
        let rate = seconds > 0 ? Double(done) / seconds : 0
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
            + "\(done)/\(total) \(unit)  " + String(format: "%.1f/s", rate)
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
