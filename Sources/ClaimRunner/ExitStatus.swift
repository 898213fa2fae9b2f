/// The process exit codes, one place for all of them.
public enum ExitStatus: Int32, Sendable, CaseIterable {
    /// Finished with no error-level findings.
    case success = 0
    /// Finished, and reported error-level findings (`check` found problems, `--fail-on` matched, input skipped).
    case findings = 1
    /// Could not finish: invalid configuration or claim file, extractor failure, I/O error.
    case couldNotFinish = 2
    /// Command-line usage error (the argument parser's validation failure).
    case usage = 64
}
