import ClaimConfig
import ClaimLedger

/// What `claims check` found: every problem in the configuration and the claim files.
public struct CheckResult: Sendable {
    public var issues: [Diagnostic]
    public var checkedClaimFiles: Int
    public var configPath: String
    /// "claim file" for the folder, "claim in the database" for a database store.
    public var claimNoun = ("claim file", "claim files")
    /// False when the configuration was too broken to check the claim files against it.
    public var checkedClaims: Bool

    public var hasErrors: Bool { issues.contains { $0.severity == .error } }

    public var summary: String {
        let errors = issues.filter { $0.severity == .error }.count
        let warnings = issues.count - errors
        let files = checkedClaims ? " and \(checkedClaimFiles) \(checkedClaimFiles == 1 ? claimNoun.0 : claimNoun.1)" : ""
        var text = "checked \(configPath)\(files): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if !checkedClaims { text += "; claim files not checked until the configuration is valid" }
        return text
    }
}

extension Workspace {
    /// Validates the configuration and every claim file, collecting all problems. A claim changed
    /// later than `now` (by more than a few minutes of clock drift) is a warning: a clock went backwards.
    public static func check(_ options: WorkspaceOptions, now: Timestamp = .now) -> CheckResult {
        var result = CheckResult(issues: [], checkedClaimFiles: 0, configPath: options.configPath, checkedClaims: false)
        let workspace: Workspace
        do {
            workspace = try open(options)
        } catch {
            switch error {
            case .invalidConfiguration, .configurationMissing: result.issues = error.diagnostics
            default: result.issues = [RunnerMessage.unexpected(error.description).about(options.configPath)]
            }
            return result
        }
        result.issues = workspace.warnings
        result.checkedClaims = true
        do {
            let ledger = try workspace.store.loadAll()
            result.checkedClaimFiles = try workspace.store.claimCount()
            if !(workspace.store is ClaimStore) { result.claimNoun = ("claim in the database", "claims in the database") }
            result.issues += ledger.issues
            let drift: Int64 = 300
            for claim in ledger.claims where claim.updated.secondsSince1970 > now.secondsSince1970 + drift {
                result.issues.append(RunnerMessage.recordedAfterNow(claim.updated, now: now).about(workspace.store.path(for: claim.id)))
            }
        } catch {
            result.issues += error.diagnostics
        }
        return result
    }
}
