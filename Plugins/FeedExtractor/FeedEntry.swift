import ClaimCore

/// An item's fields made ready for a `SourceDocument`.
struct FeedEntry {
    var identifier: String
    var title: String?
    var link: String?
    var text: String
    var published: WrittenDate?

    init(_ item: FeedItem, number: Int) {
        func field(_ name: String) -> String? {
            guard let value = item.fields[name], !value.allSatisfy(\.isWhitespace) else { return nil }
            return value
        }
        let guid = field("guid").map(Self.plain) ?? field("id").map(Self.plain)
        link = field("link").map(Self.plain) ?? item.alternateLink ?? guid.flatMap { $0.hasPrefix("http") ? $0 : nil }
        identifier = guid ?? link ?? "item \(number)"
        title = field("title").map { Self.text(of: $0, type: item.contentTypes["title"]) }
        let body = ["content:encoded", "content", "description", "summary"].lazy
            .compactMap { name in field(name).map { Self.text(of: $0, type: item.contentTypes[name]) } }
            .first { !$0.isEmpty }
        text = body ?? title ?? ""
        for key in ["pubDate", "published", "dc:date", "updated"] {
            if let value = field(key) {
                published = WrittenDate(Self.plain(value), key: key)
                break
            }
        }
    }

    /// Feed text by its Atom `type`: plain text as is, XHTML (already text, with paragraph breaks
    /// put in while parsing) and HTML (the default, and what RSS bodies are) through the scanner.
    static func text(of value: String, type: String?) -> String {
        switch type?.lowercased() {
        case "text", "xhtml": return plain(value)
        default: return FragmentText.plainText(fromHTML: value)
        }
    }

    /// Whitespace collapsed as in all document text, paragraph breaks kept.
    static func plain(_ value: String) -> String {
        var builder = TextBuilder()
        for (index, paragraph) in value.split(separator: "\n\n", omittingEmptySubsequences: true).enumerated() {
            if index > 0 { builder.breakParagraph() }
            builder.append(String(paragraph), fileOffset: nil)
        }
        return builder.text
    }
}
