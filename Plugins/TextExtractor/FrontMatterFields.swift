import ClaimCore

/// The keys front matter may give. Other keys (tags, author, layout …) belong to other tools and
/// are ignored, not reported.
struct FrontMatterFields {
    var title: String?
    var published: WrittenDate?
    var source: String?
    var url: String?

    init() {}

    /// Reads the fields through the injected YAML reader; `published` falls back to `date`, which
    /// Jekyll and Hugo write.
    init(_ frontMatter: FrontMatter, file: String, reader: any YAMLReading) throws(Diagnostic) {
        let node = try reader.parse(frontMatter.yamlText, file: file)
        if node.isNull { return }  // `---` straight after `---`
        guard node.entries != nil else {
            throw TextExtractorMessage.frontMatterNotMapping(found: node.kindDescription).at(node.location)
        }
        title = try node["title"]?.optionalString(for: "title")
        source = try node["source"]?.optionalString(for: "source")
        url = try node["url"]?.optionalString(for: "url")
        for key in ["published", "date"] {
            guard let value = node[key] else { continue }
            if let text = try value.optionalString(for: key) { published = WrittenDate(text, key: key) }
            break
        }
    }
}
