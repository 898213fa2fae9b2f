import ClaimConfig
import ClaimCore
import ClaimLedger

/// Why a command could not finish. The CLI prints `description` to stderr and exits with `exitStatus`.
public enum RunnerFailure: Error, Sendable, CustomStringConvertible {
    /// The configuration has errors; nothing was run or written.
    case invalidConfiguration(Diagnostics)
    case configurationMissing(path: String)
    case ledger(LedgerError)
    /// Some claim files are invalid; commands that write refuse to work on a ledger they cannot read whole.
    case invalidLedger(Diagnostics)
    /// A bad value on the command line that only the runner can judge (e.g. an unknown status).
    case invalidArgument(RunnerMessage)
    case io(RunnerMessage)

    /// The failure as diagnostics, in the order they are printed.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .invalidConfiguration(let diagnostics):
            diagnostics.diagnostics
        case .configurationMissing(let path):
            [RunnerMessage.configurationMissing.about(path)]
        case .ledger(let error):
            error.diagnostics
        case .invalidLedger(let diagnostics):
            diagnostics.diagnostics + [RunnerMessage.invalidLedger.diagnostic]
        case .invalidArgument(let message), .io(let message):
            [message.diagnostic]
        }
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }

    public var exitStatus: ExitStatus {
        switch self {
        case .invalidArgument: .usage
        default: .couldNotFinish
        }
    }
}
