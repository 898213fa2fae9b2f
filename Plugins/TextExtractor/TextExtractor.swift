import ClaimCore

/// Plain text and Markdown, with optional YAML front matter giving `title`, `published`, `source`
/// and `url`.
///
/// The document's text is the body after the front matter, kept as written: Markdown marks (`#`,
/// `*`) do no harm to date and claim finding, and keeping the text verbatim means one segment maps
/// every offset back into the file, front matter included.
public struct TextExtractor: Extractor {
    public static let descriptor = PluginDescriptor(
        id: "plain_text",
        name: "Plain text and Markdown",
        summary: "reads plain text and Markdown files, with optional YAML front matter for title, date, source and url",
        settings: [
            SettingDescriptor("extensions", "file extensions read as text (default: txt, text, md, markdown)"),
        ],
        example: """
            - id: plain_text
              extensions: [txt, md, markdown]
            """)

    static let defaultExtensions: Set<String> = ["txt", "text", "md", "markdown"]

    let extensions: Set<String>

    public init(settings: ConfigNode) throws(Diagnostic) {
        let settings = try settings.extractorSettings(for: Self.descriptor.id, known: ["extensions"])
        extensions = try settings["extensions"]?.fileExtensions(for: "extensions") ?? Self.defaultExtensions
    }

    /// Files with a text extension; standard input and files with another extension too, unless their
    /// first bytes look like markup or JSON (those belong to the other extractors) or like a binary.
    public func canRead(_ input: InputFile) -> Bool {
        if extensions.contains(input.fileExtension) { return true }
        let leading = input.leadingText()
        if leading.hasPrefix("<") || leading.hasPrefix("{") { return false }
        return input.path == "-" || !input.bytes.prefix(4096).contains(0)
    }

    public func extract(_ request: ExtractionRequest) async throws -> ExtractionResult {
        let input = request.input
        let decoded: DecodedText
        switch input.decodedText() {
        case .success(let text): decoded = text
        case .failure(let problem): return ExtractionResult(problems: [problem])
        }

        var problems: [Diagnostic] = []
        var fields = FrontMatterFields()
        var bodyOffset = 0
        switch FrontMatter.split(decoded.text) {
        case .none:
            break
        case .unclosed:
            problems.append(TextExtractorMessage.unclosedFrontMatter.about(input.path))
        case .found(let frontMatter):
            bodyOffset = frontMatter.bodyOffset
            do {
                fields = try FrontMatterFields(frontMatter, file: input.path, reader: request.yamlReader)
            } catch {
                problems.append(TextExtractorMessage.invalidFrontMatter(error, firstLine: frontMatter.firstLine).about(input.path))
            }
        }

        // Without front matter the body is the whole text: no copy. With it, the body starts a
        // line, so a whole character, and is copied without validating its UTF-8 again.
        let body = bodyOffset == 0 ? decoded.text : String(decoded.text[decoded.text.utf8.index(decoded.text.startIndex, offsetBy: bodyOffset)...])
        guard hasText(body) else {
            return ExtractionResult(problems: problems + [TextExtractorMessage.noText(afterFrontMatter: bodyOffset > 0).about(input.path)])
        }
        var document = SourceDocument(
            file: input.path, title: fields.title ?? markdownHeading(in: body), source: fields.source, url: fields.url,
            text: body, segments: [TextSegment(textOffset: 0, fileOffset: decoded.fileOffset + bodyOffset, length: body.utf8.count)])
        problems += request.settlePublicationDate(of: &document, written: fields.published)
        return ExtractionResult(documents: [document], problems: problems)
    }

    /// A Markdown file's first line when it is a top-level heading (`# Talks set for January`),
    /// used as the title when the front matter gives none.
    ///
    /// Only the lines up to the first non-blank one are looked at: splitting the whole body into
    /// lines first would cost as much as finding every date and claim in it.
    private func markdownHeading(in body: String) -> String? {
        guard mayStartWithHeading(body) else { return nil }
        var rest = body[...]
        var firstLine: Substring?
        while !rest.isEmpty {
            let end = rest.firstIndex(where: \.isNewline) ?? rest.endIndex
            let line = rest[..<end]
            if !line.allSatisfy(\.isWhitespace) {
                firstLine = line
                break
            }
            rest = end == rest.endIndex ? "" : rest[rest.index(after: end)...]
        }
        guard let firstLine, firstLine.hasPrefix("# ") else { return nil }
        let title = firstLine.dropFirst(2).trimmingCharacters(in: " \t#")
        return title.isEmpty ? nil : title
    }

    /// False when the first byte after leading ASCII whitespace is ASCII other than `#`: then the
    /// first non-blank line cannot start with `# `, and `markdownHeading` need not walk the
    /// Characters of that line, which in an article without a heading is its whole first paragraph.
    ///
    /// Any other byte (non-ASCII) leaves the answer to the Character-based scan, so Unicode
    /// whitespace and combining marks are judged exactly as `Character` judges them.
    private func mayStartWithHeading(_ body: String) -> Bool {
        guard let byte = firstNonBlankByte(of: body) else { return false }
        return byte == UInt8(ascii: "#") || byte >= 0x80
    }

    /// Whether the body has anything but whitespace.
    private func hasText(_ body: String) -> Bool {
        body.contains { !$0.isWhitespace }
    }

    /// The first byte that is not ASCII whitespace (tab, newlines, vertical tab, form feed, space),
    /// nil when there is none.
    private func firstNonBlankByte(of body: String) -> UInt8? {
        body.utf8.first { byte in
            switch byte {
            case 0x09...0x0D, UInt8(ascii: " "): false
            default: true
            }
        }
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(in set: String) -> String {
        let kept = drop { set.contains($0) }
        return String(kept.reversed().drop { set.contains($0) }.reversed())
    }
}
