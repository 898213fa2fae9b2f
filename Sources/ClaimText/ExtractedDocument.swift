import ClaimCore

/// A document read by an extractor, with the dates and claims found in it.
public struct ExtractedDocument: Sendable {
    public var document: SourceDocument
    public var analysis: DocumentAnalysis
    /// The configured name of the extractor that read it.
    public var extractor: String

    public init(document: SourceDocument, analysis: DocumentAnalysis, extractor: String) {
        self.document = document
        self.analysis = analysis
        self.extractor = extractor
    }
}
