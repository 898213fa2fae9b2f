import ClaimCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a ledger operation failed. Messages follow the project's diagnostic style; the CLI renders them.
public enum LedgerError: Error, Sendable, CustomStringConvertible {
    case noSuchClaim(ClaimID, directory: String, suggestion: ClaimID?)
    case claimExists(ClaimID, path: String)
    case invalidClaimFile(ConfigIssues)
    case evidenceRewritten(ClaimID, path: String)
    case io(path: String, operation: String, errno: Int32)

    /// The error as diagnostics, so `claims check` can list it with the others.
    public var issues: [ConfigIssue] {
        switch self {
        case .noSuchClaim(let id, let directory, let suggestion):
            return [ConfigIssue(.error, "no claim '\(id)' in '\(directory)'", notes: suggestion.map { ["did you mean '\($0)'?"] } ?? [])]
        case .claimExists(let id, let path):
            return [ConfigIssue(.error, owner: path, "a claim with id '\(id)' already exists", notes: ["choose another id with '--id'"])]
        case .invalidClaimFile(let issues):
            return issues.issues
        case .evidenceRewritten(let id, let path):
            return [ConfigIssue(
                .error, owner: path, "refusing to save claim '\(id)': its evidence trail would lose or change entries",
                notes: ["evidence is append-only; add new evidence instead of editing old entries"])]
        case .io(let path, let operation, let code):
            return [ConfigIssue(.error, owner: path, "could not \(operation): \(String(cString: strerror(code)))")]
        }
    }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
