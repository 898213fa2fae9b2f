import ClaimCore

/// Why a ledger operation failed. Messages follow the project's diagnostic style; the CLI renders them.
public enum LedgerError: Error, Sendable, CustomStringConvertible {
    case noSuchClaim(ClaimID, directory: String, suggestion: ClaimID?)
    case claimExists(ClaimID, path: String)
    case invalidClaimFile(Diagnostics)
    case evidenceRewritten(ClaimID, path: String)
    case io(path: String, operation: String, errno: Int32)
    /// The lock file was removed (or replaced) while this process held the lock.
    case lockLost(path: String)
    /// A database store's call failed; `location` names the store, `message` is the server's.
    case database(location: String, operation: String, message: String)

    /// The error as diagnostics, so `claims check` can list it with the others.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .noSuchClaim(let id, let directory, let suggestion):
            [LedgerMessage.noSuchClaim(id, directory: directory, suggestion: suggestion).diagnostic]
        case .claimExists(let id, let path):
            [LedgerMessage.claimExists(id).about(path)]
        case .invalidClaimFile(let diagnostics):
            diagnostics.diagnostics
        case .evidenceRewritten(let id, let path):
            [LedgerMessage.evidenceRewritten(id).about(path)]
        case .io(let path, let operation, let code):
            [LedgerMessage.io(operation: operation, errno: code).about(path)]
        case .lockLost(let path):
            [LedgerMessage.lockLost.about(path)]
        case .database(let location, let operation, let message):
            [LedgerMessage.database(operation: operation, message: message).about(location)]
        }
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
