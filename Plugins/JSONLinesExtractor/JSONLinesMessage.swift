import ClaimCore

/// Every message of the JSON Lines extractor, in one switch; callers place them with `about(file, item:)`.
enum JSONLinesMessage: DiagnosticMessage, Equatable {
    case notJSON
    case notAnObject(found: String)
    case noText
    case emptyText
    case expectedString(for: String, found: String)
    case noLines

    var diagnostic: Diagnostic {
        switch self {
        case .notJSON: .error("is not valid JSON")
        case .notAnObject(let found): .error("expected a JSON object, found \(found)")
        case .noText: .error("has no 'text'")
        case .emptyText: .error("has an empty 'text'")
        case .expectedString(let key, let found): .error("expected a string for '\(key)', found \(found)")
        case .noLines: .error("has no lines of JSON")
        }
    }
}
