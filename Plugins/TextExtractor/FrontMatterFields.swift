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
    init(_ frontMatter: FrontMatter, file: String, reader: any YAMLReading) throws(ConfigIssue) {
        let node = try reader.parse(frontMatter.yamlText, file: file)
        if node.isNull { return }  // `---` straight after `---`
        guard node.entries != nil else {
            throw .error(at: node.location, "expected a mapping of 'title', 'published', 'source' and 'url' in the front matter, found \(node.kindDescription)")
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

extension ConfigIssue {
    /// A front matter problem as one message for the file: the YAML reader counts lines from the
    /// start of the YAML, which is `firstLine` of the file.
    func messageInFile(firstLine: Int) -> String {
        guard let location else { return message }
        return "\(message) (front matter, line \(location.line + firstLine - 1))"
    }
}
