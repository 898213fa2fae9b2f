import ClaimCore

/// Saved web pages of news articles, read with libxml2's forgiving HTML parser.
///
/// Title, date, site and address come from the page's metadata (Open Graph, schema.org, Dublin
/// Core …, see `ArticleMetadata`); the text comes from the article element when there is one,
/// without scripts, styles, menus and other page furniture, with a blank line between blocks.
/// Pages must be UTF-8, like every input, so offsets can point into the file; see `SourceAligner`
/// for which words get offsets into the file.
public struct HTMLExtractor: Extractor {
    public static let descriptor = PluginDescriptor(
        id: "html_article",
        name: "HTML articles",
        summary: "reads saved news pages: title and date from the page's meta tags, the article text without scripts, styles and menus",
        settings: [
            SettingDescriptor("extensions", "file extensions read as HTML (default: html, htm, xhtml)"),
            SettingDescriptor("skip_elements", "more element names whose text is left out, e.g. [figcaption]"),
        ],
        example: """
            - id: html_article
              skip_elements: [figcaption, table]
            """)

    static let defaultExtensions: Set<String> = ["html", "htm", "xhtml"]

    let extensions: Set<String>
    let skippedElements: Set<String>

    public init(settings: ConfigNode) throws(Diagnostic) {
        let settings = try settings.extractorSettings(for: Self.descriptor.id, known: ["extensions", "skip_elements"])
        extensions = try settings["extensions"]?.fileExtensions(for: "extensions") ?? Self.defaultExtensions
        var skipped = ArticleText.defaultSkippedElements
        if let node = settings["skip_elements"] {
            for (index, element) in try node.list(for: "skip_elements").enumerated() {
                let name = try element.string(for: "skip_elements[\(index)]")
                guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                    throw SettingMessage.expected("an element name such as 'figcaption'", for: "skip_elements[\(index)]", found: "'\(name)'")
                        .at(element.location)
                }
                skipped.insert(name.lowercased())
            }
        }
        skippedElements = skipped
    }

    /// HTML extensions, or a document that starts like an HTML page.
    public func canRead(_ input: InputFile) -> Bool {
        if extensions.contains(input.fileExtension) { return true }
        let leading = input.leadingText()
        return ["<!doctype html", "<html", "<head", "<body"].contains { leading.hasPrefix($0) }
    }

    public func extract(_ request: ExtractionRequest) async throws -> ExtractionResult {
        let input = request.input
        // A page in another encoding (`<meta charset="windows-1251">`) is read from its UTF-8
        // conversion; its offsets then count bytes of the text, as a feed item's do, since they
        // cannot point into a file in another encoding.
        var source = input.bytes
        var converted = false
        var problems: [Diagnostic] = []
        switch MarkupText.reading(input.bytes) {
        case .success(let markup) where !markup.isUTF8:
            if let nul = markup.utf8.firstIndex(of: 0) { return ExtractionResult(problems: [InputMessage.binary(nulOffset: nul).about(input.path)]) }
            if markup.replacedBytes > 0 {
                problems.append(InputMessage.invalidBytes(count: markup.replacedBytes, encoding: markup.encoding).about(input.path))
            }
            source = markup.utf8
            converted = true
        case .failure(let unknown):
            return ExtractionResult(problems: [InputMessage.unknownEncoding(label: unknown.label).about(input.path)])
        case .success:
            break
        }
        let start: Int
        if converted {
            start = 0
        } else {
            switch input.decodedText() {
            case .success(let decoded): start = decoded.fileOffset
            case .failure(let problem): return ExtractionResult(problems: [problem])
            }
        }
        guard let page = HTMLDocument(utf8: source[start...]) else {
            return ExtractionResult(problems: [HTMLExtractorMessage.unparsable.about(input.path)])
        }
        return withExtendedLifetime(page) {
            guard let top = page.root else {
                return ExtractionResult(problems: [HTMLExtractorMessage.noElements.about(input.path)])
            }
            let located = ArticleLocator(page: top, skipping: skippedElements)
            let root = located.root ?? ArticleText.articleRoot(in: top, skipping: skippedElements)
            let article = ArticleText(page: top, root: root, excluding: located.excluded, skipping: skippedElements, source: source, start: start)
            guard !article.text.isEmpty else {
                return ExtractionResult(problems: [HTMLExtractorMessage.noArticleText.about(input.path)])
            }
            let metadata = ArticleMetadata(page: top, articleRoot: root)
            var document = SourceDocument(file: input.path, title: metadata.title, source: metadata.source, url: metadata.url,
                                          text: article.text, segments: converted ? [] : article.segments)
            problems += request.settlePublicationDate(of: &document, written: metadata.bestDate)
            return ExtractionResult(documents: [document], problems: problems)
        }
    }
}
