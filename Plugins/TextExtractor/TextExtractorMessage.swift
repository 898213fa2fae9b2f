import ClaimCore

/// Every message of the text extractor, in one switch; callers place them with `at(_:)` or `about(file)`.
enum TextExtractorMessage: DiagnosticMessage {
    case unclosedFrontMatter
    case frontMatterNotMapping(found: String)
    /// A problem in the front matter's YAML, moved to the file's line: the YAML reader counts
    /// lines from the start of the YAML, which is `firstLine` of the file.
    case invalidFrontMatter(Diagnostic, firstLine: Int)
    case noText(afterFrontMatter: Bool)

    var diagnostic: Diagnostic {
        switch self {
        case .unclosedFrontMatter:
            return .error("front matter opened by '---' on line 1 is never closed by a '---' line; reading the whole file as text")
        case .frontMatterNotMapping(let found):
            return .error("expected a mapping of 'title', 'published', 'source' and 'url' in the front matter, found \(found)")
        case .invalidFrontMatter(let problem, let firstLine):
            guard let location = problem.location else { return .error(problem.message) }
            return .error("\(problem.message) (front matter, line \(location.line + firstLine - 1))")
        case .noText(let afterFrontMatter):
            return .error(afterFrontMatter ? "has no text after its front matter" : "has no text")
        }
    }
}
