import ClaimCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every message about claim files and ledger I/O, in one switch. Callers place them with `at(_:)`
/// or `about(path)`; mistyped values use `SettingMessage`.
public enum LedgerMessage: DiagnosticMessage {
    case invalidClaimID(String)
    case missingKey(String)
    case unknownStatus(String, for: String, defined: [String])
    case evidenceOutOfRange(path: String, index: Int, count: Int)
    /// An error thrown by a field reader that is not a diagnostic; shown as it describes itself.
    case unexpected(String)
    case unreadableFile
    case notUTF8
    case idDoesNotMatchFileName(ClaimID, expected: String)
    case noSuchClaim(ClaimID, directory: String, suggestion: ClaimID?)
    case claimExists(ClaimID)
    case evidenceRewritten(ClaimID)
    case io(operation: String, errno: Int32)
    case lockLost
    case noHistory
    case statusNotInHistory(StatusID, last: StatusID)
    case database(operation: String, message: String)

    public var diagnostic: Diagnostic {
        switch self {
        case .invalidClaimID(let text):
            return .error("invalid claim id '\(text)'", notes: ["ids use lowercase letters, digits and single hyphens"])
        case .missingKey(let path):
            return .error("missing required key '\(path)'")
        case .unknownStatus(let text, let path, let defined):
            let suggestion = nearestName(to: text, in: defined).map { ["did you mean '\($0)'?"] } ?? []
            return .error("unknown status '\(text)' for '\(path)'",
                          notes: suggestion + ["statuses defined in config.yaml: \(defined.joined(separator: ", "))"])
        case .evidenceOutOfRange(let path, let index, let count):
            return .error("'\(path)' refers to evidence \(index), but the claim has \(count) evidence entries")
        case .unexpected(let description):
            return .error(description)
        case .unreadableFile:
            return .error("could not read the claim file")
        case .notUTF8:
            return .error("the claim file is not valid UTF-8")
        case .idDoesNotMatchFileName(let id, let expected):
            return .error("claim id '\(id)' does not match the file name",
                          notes: ["rename the file to '\(id).yaml' or set 'id: \(expected)'"])
        case .noSuchClaim(let id, let directory, let suggestion):
            return .error("no claim '\(id)' in '\(directory)'", notes: suggestion.map { ["did you mean '\($0)'?"] } ?? [])
        case .claimExists(let id):
            return .error("a claim with id '\(id)' already exists", notes: ["choose another id with '--id'"])
        case .evidenceRewritten(let id):
            return .error("refusing to save claim '\(id)': its evidence trail would lose or change entries",
                          notes: ["evidence is append-only; add new evidence instead of editing old entries"])
        case .io(let operation, let code):
            return .error("could not \(operation): \(String(cString: strerror(code)))")
        case .noHistory:
            return .warning("the claim has evidence but no history: the file may have been cut short",
                            notes: ["restore it from a backup or from git ('git checkout -- <file>')"])
        case .statusNotInHistory(let status, let last):
            return .warning("status '\(status)' is not the last status in the history ('\(last)'): the file may have been cut short or edited by hand",
                            notes: ["restore it from a backup or from git, or set the status with 'claims update', which records why"])
        case .database(let operation, let message):
            return .error("could not \(operation): \(message)")
        case .lockLost:
            return .error("the ledger lock was removed while this command held it; stopped before writing more",
                          notes: ["another writer may be at work: run the command again when it is done"])
        }
    }
}
