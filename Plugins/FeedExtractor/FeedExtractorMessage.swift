import ClaimCore

/// Every message of the feed extractor, in one switch; callers place them with `about(file, item:)`.
enum FeedExtractorMessage: DiagnosticMessage {
    case notAFeed(root: String)
    /// `problem` is libxml2's description; `itemsRead` counts the items read before it.
    case malformedXML(problem: String, line: Int, column: Int, itemsRead: Int)
    case noItems
    case emptyItem

    var diagnostic: Diagnostic {
        switch self {
        case .notAFeed(let root):
            return .error("is not an RSS or Atom feed (its root element is '\(root)')")
        case .malformedXML(let problem, let line, let column, let count):
            let kept = count == 0 ? "" : count == 1 ? "; 1 item before it was read" : "; \(count) items before it were read"
            return .error("is not well-formed XML (\(problem) at line \(line), column \(column))\(kept)")
        case .noItems:
            return .warning("has no items")
        case .emptyItem:
            return .warning("has no title or text")
        }
    }
}
