/// A problem found in a configuration, claim file or input, tied to where it was found.
///
/// Every module reports problems as values of this type; only the command line renders them.
/// The rendered shape is `owner: severity: message`, then one `note:` line per note, e.g.
///
///     config.yaml:9:11: error: unknown extractor 'rss_fed'
///     note: did you mean 'rss_feed'? 'claims plugins' lists the available extractors
public struct ConfigIssue: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var severity: Severity
    /// Where the problem is: a file position, or just a file path when no position applies.
    public var location: SourceLocation?
    /// The file (or other owner) when there is no precise location, e.g. `claims/talks.yaml`.
    public var owner: String?
    public var message: String
    public var notes: [String]
    /// The offending source line, shown under the message with a caret at the column.
    public var sourceLine: String?

    public init(
        _ severity: Severity = .error,
        at location: SourceLocation? = nil,
        owner: String? = nil,
        _ message: String,
        notes: [String] = [],
        sourceLine: String? = nil
    ) {
        self.severity = severity
        self.location = location
        self.owner = owner
        self.message = message
        self.notes = notes
        self.sourceLine = sourceLine
    }

    public static func error(at location: SourceLocation?, _ message: String, notes: [String] = []) -> ConfigIssue {
        ConfigIssue(.error, at: location, message, notes: notes)
    }

    public static func warning(at location: SourceLocation?, _ message: String, notes: [String] = []) -> ConfigIssue {
        ConfigIssue(.warning, at: location, message, notes: notes)
    }

    /// The full diagnostic text, without a trailing newline.
    public var description: String {
        var head = ""
        if let location { head = "\(location): " } else if let owner { head = "\(owner): " }
        var lines = ["\(head)\(severity.rawValue): \(message)"]
        if let sourceLine, let column = location?.column {
            lines.append(sourceLine)
            lines.append(String(repeating: " ", count: max(0, column - 1)) + "^")
        }
        lines += notes.map { "note: \($0)" }
        return lines.joined(separator: "\n")
    }
}

/// Several problems found in one pass, so a user can fix them all at once.
public struct ConfigIssues: Error, Sendable, CustomStringConvertible {
    public var issues: [ConfigIssue]

    public init(_ issues: [ConfigIssue]) { self.issues = issues }

    public var hasErrors: Bool { issues.contains { $0.severity == .error } }
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
