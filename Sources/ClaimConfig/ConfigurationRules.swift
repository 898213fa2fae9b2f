import ClaimCore

// `rules:`. Which rule ids and kinds exist is the runner's knowledge; here ids are read with their
// locations so the runner can point at them.
extension ConfigurationReader {
    func readRules(_ node: ConfigNode) -> Configuration.Rules {
        let path = ConfigurationKey.rules.rawValue
        let settings = section(node, path, keys: ["disabled", "opt_in", "settings", "custom"])
        var rules = Configuration.Rules()
        rules.disabled = settings["disabled"].map { uniqueNames($0, "\(path).disabled") } ?? []
        rules.optIn = settings["opt_in"].map { uniqueNames($0, "\(path).opt_in") } ?? []
        for rule in rules.optIn {
            guard let disabled = rules.disabled.first(where: { $0.name == rule.name }) else { continue }
            diagnostics.report(ConfigMessage.ruleDisabledAndOptedIn(rule.name, disabledAt: disabled.location).at(rule.location))
        }
        rules.settings = settings["settings"].map { readRuleSettings($0, "\(path).settings") } ?? []
        rules.custom = settings["custom"].map { readCustomRules($0, "\(path).custom") } ?? []
        return rules
    }

    /// A list of rule ids; one listed twice is harmless but probably a slip, so it only warns.
    private func uniqueNames(_ node: ConfigNode, _ path: String) -> [LocatedName] {
        var result: [LocatedName] = []
        for name in names(node, path) {
            if let first = result.first(where: { $0.name == name.name }) {
                diagnostics.report(ConfigMessage.ruleListedTwice(name.name, in: path, firstAt: first.location).at(name.location))
            } else {
                result.append(name)
            }
        }
        return result
    }

    private func readRuleSettings(_ node: ConfigNode, _ path: String) -> [Configuration.RuleSettings] {
        let entries = diagnostics.check { try node.mapping(for: path) } ?? []
        return entries.compactMap { entry in
            guard diagnostics.check({ try entry.value.mapping(for: "\(path).\(entry.key)") }) != nil else { return nil }
            let settings = entry.value.isNull ? .emptyMapping(at: entry.value.location) : entry.value
            return Configuration.RuleSettings(rule: LocatedName(entry.key, at: entry.keyLocation), settings: settings)
        }
    }

    private func readCustomRules(_ node: ConfigNode, _ path: String) -> [Configuration.CustomRule] {
        let entries = diagnostics.check { try node.mapping(for: path) } ?? []
        return entries.compactMap { entry in
            let rulePath = "\(path).\(entry.key)"
            if !isSnakeCase(entry.key) {
                diagnostics.report(ConfigMessage.customRuleNotSnakeCase(entry.key).at(entry.keyLocation))
            }
            guard entry.value.entries != nil else {
                diagnostics.report(entry.value.mismatch("a mapping with 'extends'", for: rulePath))
                return nil
            }
            let kind = diagnostics.check { () -> LocatedName in
                let kindNode = try entry.value.required("extends", in: rulePath)
                return LocatedName(try kindNode.nonEmptyString(for: "\(rulePath).extends", expected: "a rule kind"), at: kindNode.location)
            }
            guard let kind else { return nil }
            return Configuration.CustomRule(name: LocatedName(entry.key, at: entry.keyLocation), extends: kind,
                                            settings: entry.value.removingKeys(["extends"]))
        }
    }
}
