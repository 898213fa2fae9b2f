import ClaimCore

/// Every message of the HTML extractor, in one switch; callers place them with `about(file)`.
enum HTMLExtractorMessage: DiagnosticMessage {
    case unparsable
    case noElements
    case noArticleText

    var diagnostic: Diagnostic {
        switch self {
        case .unparsable: .error("could not be read as HTML")
        case .noElements: .error("has no HTML elements")
        case .noArticleText: .error("has no article text outside scripts, styles and navigation")
        }
    }
}
