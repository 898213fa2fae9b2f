/// A problem found in a configuration, claim file, input or command, tied to where it was found.
///
/// Every module reports problems as values of this type, built from the cases of that module's
/// message enum (`ConfigMessage`, `LedgerMessage`, `RunnerMessage` …), so the wording of a module
/// sits in one switch. Only the command line prints them, through `description`, the one renderer:
/// `place: severity: message`, the offending source line with a caret when there is one, then one
/// `note:` line per note, e.g.
///
///     config.yaml:9:11: error: unknown extractor 'rss_fed'
///     note: did you mean 'rss_feed'? 'claims plugins' lists the available extractors
///     feed.rss [item 3]: warning: has no title or text
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var severity: Severity
    /// Where the problem is, when it has a file position.
    public var location: SourceLocation?
    /// The file (or other owner) when there is no precise location, e.g. `claims/talks.yaml`.
    public var owner: String?
    /// The item of `owner` the problem is about (a feed entry, a line of JSON), shown in brackets.
    public var item: String?
    public var message: String
    public var notes: [String]
    /// The offending source line, shown under the message with a caret at the column.
    public var sourceLine: String?

    public init(
        _ severity: Severity = .error,
        at location: SourceLocation? = nil,
        owner: String? = nil,
        item: String? = nil,
        _ message: String,
        notes: [String] = [],
        sourceLine: String? = nil
    ) {
        self.severity = severity
        self.location = location
        self.owner = owner
        self.item = item
        self.message = message
        self.notes = notes
        self.sourceLine = sourceLine
    }

    /// An error not yet tied to a place; message enums build these and callers place them.
    public static func error(_ message: String, notes: [String] = []) -> Diagnostic {
        Diagnostic(.error, message, notes: notes)
    }

    /// A warning not yet tied to a place.
    public static func warning(_ message: String, notes: [String] = []) -> Diagnostic {
        Diagnostic(.warning, message, notes: notes)
    }

    /// This diagnostic at a file position.
    public func at(_ location: SourceLocation?, sourceLine: String? = nil) -> Diagnostic {
        var placed = self
        placed.location = location
        placed.sourceLine = sourceLine
        return placed
    }

    /// This diagnostic about a file (or another owner), or one item of it.
    public func about(_ owner: String?, item: String? = nil) -> Diagnostic {
        var placed = self
        placed.owner = owner
        placed.item = item
        return placed
    }

    /// The one rendering of a diagnostic, without a trailing newline.
    public var description: String {
        var head = ""
        if let location {
            head = "\(location): "
        } else if let owner {
            head = item.map { "\(owner) [\($0)]: " } ?? "\(owner): "
        }
        var lines = ["\(head)\(severity.rawValue): \(message)"]
        if let sourceLine, let column = location?.column {
            lines.append(sourceLine)
            lines.append(String(repeating: " ", count: max(0, column - 1)) + "^")
        }
        lines += notes.map { "note: \($0)" }
        return lines.joined(separator: "\n")
    }
}

/// A module's messages: an enum whose cases give each message's severity, wording and notes in one
/// switch, leaving the place (`at(_:)`, `about(_:item:)`) to the code that found the problem.
public protocol DiagnosticMessage: Sendable {
    /// The message, not yet tied to a place.
    var diagnostic: Diagnostic { get }
}

extension DiagnosticMessage {
    /// The message at a file position.
    public func at(_ location: SourceLocation?, sourceLine: String? = nil) -> Diagnostic {
        diagnostic.at(location, sourceLine: sourceLine)
    }

    /// The message about a file (or another owner), or one item of it.
    public func about(_ owner: String?, item: String? = nil) -> Diagnostic {
        diagnostic.about(owner, item: item)
    }
}

/// Several problems found in one pass, so a user can fix them all at once.
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
