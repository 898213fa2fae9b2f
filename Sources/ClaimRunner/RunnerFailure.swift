import ClaimConfig
import ClaimCore
import ClaimLedger

/// Why a command could not finish. The CLI prints `description` to stderr and exits with `exitStatus`.
public enum RunnerFailure: Error, Sendable, CustomStringConvertible {
    /// The configuration has errors; nothing was run or written.
    case invalidConfiguration(ConfigIssues)
    case configurationMissing(path: String)
    case ledger(LedgerError)
    /// Some claim files are invalid; commands that write refuse to work on a ledger they cannot read whole.
    case invalidLedger(ConfigIssues)
    /// A bad value on the command line that only the runner can judge (e.g. an unknown status).
    case invalidArgument(String, notes: [String])
    case io(String)

    public var description: String {
        switch self {
        case .invalidConfiguration(let issues):
            return issues.description
        case .configurationMissing(let path):
            return "\(path): error: configuration file not found\nnote: run 'claims init' to create one, or pass '--config PATH'"
        case .ledger(let error):
            return error.description
        case .invalidLedger(let issues):
            return issues.description + "\nerror: the ledger has invalid claim files; fix them first ('claims check' lists them)"
        case .invalidArgument(let message, let notes):
            return (["error: \(message)"] + notes.map { "note: \($0)" }).joined(separator: "\n")
        case .io(let message):
            return "error: \(message)"
        }
    }

    public var exitStatus: ExitStatus {
        switch self {
        case .invalidArgument: .usage
        default: .couldNotFinish
        }
    }
}
