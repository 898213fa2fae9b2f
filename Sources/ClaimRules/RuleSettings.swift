import ClaimCore

/// Reading rule settings: every key checked, unknown ones refused with a suggestion.
extension ConfigNode {
    /// The settings mapping of rule `id`, refusing keys outside `known`.
    func ruleSettings(for id: String, known: [String]) throws(Diagnostic) -> [String: ConfigNode] {
        guard !isNull else { return [:] }
        guard let entries else { throw mismatch("a mapping of settings", for: "rules.settings.\(id)") }
        var settings: [String: ConfigNode] = [:]
        for entry in entries {
            guard known.contains(entry.key) else {
                throw RuleMessage.unknownSetting(entry.key, rule: id, known: known).at(entry.keyLocation)
            }
            settings[entry.key] = entry.value
        }
        return settings
    }
}

/// Case-insensitive "does this voice or source mention one of these names".
func mentions(_ names: [String], in evidence: Evidence) -> String? {
    let haystacks = [evidence.saidBy, evidence.source.name].compactMap { $0?.lowercased() }
    return names.first { name in
        let needle = name.lowercased()
        return haystacks.contains { $0.contains(needle) }
    }
}
