import ClaimRunner

/// An in-process extractor of a newsroom's own: its daybook, the plain-text diary of what is planned.
/// Each `.daybook` file has a heading `## 2022-01-05` for the day the entries under it were written, and one
/// entry per line starting with `- `. Every entry is a document of its own for the built-in analysis, with
/// its place in the file, so that offsets in `claims extract --format jsonl` point into the daybook.
public struct DaybookExtractor: Extractor {
    public static let descriptor = PluginDescriptor(
        id: "daybook",
        name: "Newsroom daybook",
        summary: "reads the newsroom's .daybook files: '## YYYY-MM-DD' headings, one planned event per '- ' line",
        example: """
            - id: daybook
            """)

    public init(settings: ConfigNode) throws(Diagnostic) {
        _ = try settings.extractorSettings(for: Self.descriptor.id, known: [])
    }

    public func canRead(_ input: InputFile) -> Bool { input.fileExtension == "daybook" }

    public func extract(_ request: ExtractionRequest) async throws -> ExtractionResult {
        let decoded: DecodedText
        switch request.input.decodedText() {
        case .success(let text): decoded = text
        case .failure(let problem): return ExtractionResult(problems: [problem])
        }
        var result = ExtractionResult()
        var written: String?
        var offset = decoded.fileOffset
        for (index, line) in decoded.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            defer { offset += line.utf8.count + 1 }
            if line.hasPrefix("## ") {
                written = String(line.dropFirst(3))
            } else if line.hasPrefix("- ") {
                let text = String(line.dropFirst(2))
                var document = SourceDocument(
                    file: request.input.path, item: "line \(index + 1)", text: text,
                    segments: [TextSegment(textOffset: 0, fileOffset: offset + 2, length: text.utf8.count)])
                result.problems += request.settlePublicationDate(of: &document, written: written.map { WrittenDate($0, key: "##") })
                result.documents.append(document)
            }
        }
        return result
    }
}
