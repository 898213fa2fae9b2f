import ClaimCore

/// Every message about rule settings, in one switch; callers place them with `at(_:)`.
public enum RuleMessage: DiagnosticMessage {
    case unknownSetting(String, rule: String, known: [String])
    case missingSetting(String)

    public var diagnostic: Diagnostic {
        switch self {
        case .unknownSetting(let key, let id, let known):
            let hint = nearestName(to: key, in: known).map { "did you mean '\($0)'?" }
                ?? (known.isEmpty ? "rule '\(id)' takes no settings" : "settings of '\(id)': \(known.joined(separator: ", "))")
            return .error("unknown setting '\(key)' for rule '\(id)'", notes: [hint])
        case .missingSetting(let key):
            return .error("missing required setting '\(key)'")
        }
    }
}
