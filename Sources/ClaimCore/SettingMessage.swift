/// The messages of typed reading from a `ConfigNode`, shared by the configuration, rules and
/// extractor plugins so a mistyped value reads the same wherever it is.
public enum SettingMessage: DiagnosticMessage {
    /// `expected a whole number for 'path', found a list`; `found` is written as it should appear.
    case expected(String, for: String, found: String)
    case unknownKey(String, in: String, known: [String])
    case unknownExtractorSetting(String, extractor: ExtractorID, known: [String])
    case noFileExtensions(for: String)

    public var diagnostic: Diagnostic {
        switch self {
        case .expected(let expected, let path, let found):
            return .error("expected \(expected) for '\(path)', found \(found)")
        case .unknownKey(let key, let path, let known):
            let place = path.isEmpty ? "" : " in '\(path)'"
            let note = nearestName(to: key, in: known).map { "did you mean '\($0)'?" }
                ?? "known keys: \(known.map { "'\($0)'" }.joined(separator: ", "))"
            return .warning("unknown key '\(key)'\(place)", notes: [note])
        case .unknownExtractorSetting(let key, let id, let known):
            let note: String
            if let suggestion = nearestName(to: key, in: known) {
                note = "did you mean '\(suggestion)'?"
            } else if known.isEmpty {
                note = "'\(id)' takes no settings"
            } else {
                note = "'\(id)' takes \(known.map { "'\($0)'" }.joined(separator: ", "))"
            }
            return .error("unknown setting '\(key)' for extractor '\(id)'", notes: [note])
        case .noFileExtensions(let path):
            return .error("expected at least one file extension for '\(path)', found an empty list")
        }
    }
}
