import ClaimCore

/// Every message of the feed extractor, in one switch; callers place them with `about(file, item:)`.
enum FeedExtractorMessage: DiagnosticMessage {
    case notAFeed(root: String)
    /// `problem` is libxml2's description; `itemsRead` counts the items read before it.
    case malformedXML(problem: String, line: Int, column: Int, itemsRead: Int)
    /// The parser gave up, and the items were read one by one from their tags instead.
    case readLeniently(problem: String, line: Int, column: Int, itemsRead: Int)
    /// Slips escaped before parsing (a bare `&`, a `<` that starts no tag): `count` of them, the first at `line`.
    case slipsEscaped(problem: String, line: Int, column: Int, count: Int)
    case noItems
    case emptyItem

    var diagnostic: Diagnostic {
        switch self {
        case .notAFeed(let root):
            return .error("is not an RSS or Atom feed (its root element is '\(root)')")
        case .malformedXML(let problem, let line, let column, let count):
            let kept = count == 0 ? "" : count == 1 ? "; 1 item before it was read" : "; \(count) items before it were read"
            return .error("is not well-formed XML (\(problem) at line \(line), column \(column))\(kept)")
        case .readLeniently(let problem, let line, let column, let count):
            return .warning("is not well-formed XML (\(problem) at line \(line), column \(column)); read item by item: \(count) \(count == 1 ? "item" : "items")")
        case .slipsEscaped(let problem, let line, let column, let count):
            let others = count == 1 ? "" : count == 2 ? " and 1 more" : " and \(count - 1) more"
            return .warning("is not well-formed XML (\(problem) at line \(line), column \(column)\(others)); read as meant")
        case .noItems:
            return .warning("has no items")
        case .emptyItem:
            return .warning("has no title or text")
        }
    }
}
