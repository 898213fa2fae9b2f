import ClaimCore

// `extractors:`, the ordered list of extractors to run.
extension ConfigurationReader {
    func readExtractors(_ node: ConfigNode) -> [Configuration.ExtractorEntry] {
        let path = ConfigurationKey.extractors.rawValue
        let elements = diagnostics.check { try node.list(for: path) } ?? []
        var entries: [Configuration.ExtractorEntry] = []
        for (index, element) in elements.enumerated() {
            guard let entry = readExtractor(element, path: "\(path)[\(index)]") else { continue }
            if let first = entries.first(where: { $0.id == entry.id && $0.name == entry.name }) {
                diagnostics.report(ConfigMessage.extractorListedTwice(entry.id, name: entry.name, firstAt: first.idLocation).at(entry.idLocation))
                continue
            }
            entries.append(entry)
        }
        return entries
    }

    /// One entry: `id` and an optional `name`; every other key is the extractor's own setting,
    /// checked later by the extractor itself.
    private func readExtractor(_ node: ConfigNode, path: String) -> Configuration.ExtractorEntry? {
        guard node.entries != nil else {
            diagnostics.report(node.mismatch("a mapping with an 'id'", for: path))
            return nil
        }
        let id = diagnostics.check { () -> (String, SourceLocation) in
            let idNode = try node.required("id", in: path)
            return (try idNode.nonEmptyString(for: "\(path).id", expected: "an extractor id"), idNode.location)
        }
        let name = node["name"].flatMap { nameNode in diagnostics.check { try nameNode.nonEmptyString(for: "\(path).name") } }
        if node["name"] != nil && name == nil { return nil }
        guard let (id, idLocation) = id else { return nil }
        return Configuration.ExtractorEntry(id: ExtractorID(id), name: name, settings: node.removingKeys(["id", "name"]),
                                            location: node.location, idLocation: idLocation)
    }
}
