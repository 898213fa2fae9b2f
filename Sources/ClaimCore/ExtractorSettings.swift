/// Validation that every extractor plugin's `init(settings:)` shares.
extension ConfigNode {
    /// The settings of one `extractors:` entry by key, after checking that each key is one the
    /// extractor takes.
    ///
    /// An unknown setting is an error here, not the warning an unknown top-level key gets: `init`
    /// can only throw, and a misspelt setting would otherwise silently do nothing. `id` and `name`
    /// belong to the entry, not the extractor, so they are set aside in case the runner passes the
    /// whole entry. A null node means no settings.
    public func extractorSettings(for id: ExtractorID, known: [String]) throws(Diagnostic) -> [String: ConfigNode] {
        let entries = try mapping(for: id.rawValue)
        var settings: [String: ConfigNode] = [:]
        for entry in entries where entry.key != "id" && entry.key != "name" {
            guard known.contains(entry.key) else {
                throw SettingMessage.unknownExtractorSetting(entry.key, extractor: id, known: known).at(entry.keyLocation)
            }
            settings[entry.key] = entry.value
        }
        return settings
    }

    /// A list of file extensions such as `[md, markdown]`, lowercased and without leading dots.
    public func fileExtensions(for path: String) throws(Diagnostic) -> Set<String> {
        var result: Set<String> = []
        for (index, element) in try list(for: path).enumerated() {
            let text = try element.string(for: "\(path)[\(index)]")
            let name = (text.hasPrefix(".") ? String(text.dropFirst()) : text).lowercased()
            guard !name.isEmpty, !name.contains("/"), !name.contains(" ") else {
                throw SettingMessage.expected("a file extension such as 'md'", for: "\(path)[\(index)]", found: "'\(text)'").at(element.location)
            }
            result.insert(name)
        }
        guard !result.isEmpty else {
            throw SettingMessage.noFileExtensions(for: path).at(location)
        }
        return result
    }
}
