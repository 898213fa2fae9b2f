import ClaimConfig
import ClaimRules

/// Turns `rules:` in the configuration into the ordered list of status rules, validating every id.
enum RuleRegistry {
    static func makeRules(
        from settings: Configuration.Rules, vocabulary: StatusVocabulary, statusesLocation: SourceLocation?,
        issues: inout [Diagnostic]
    ) -> [ConfiguredRule] {
        let builtIn = BuiltInRules.all
        let ids = builtIn.map { $0.descriptor.id }
        func check(_ name: LocatedName, in list: String) -> Bool {
            guard !ids.contains(name.name) else { return true }
            issues.append(RunnerMessage.unknownRule(name.name, in: list, known: ids).at(name.location))
            return false
        }
        settings.disabled.forEach { _ = check($0, in: "disabled") }
        settings.optIn.forEach { _ = check($0, in: "opt_in") }
        settings.settings.forEach { _ = check($0.rule, in: "settings") }

        var rules: [ConfiguredRule] = []
        for custom in settings.custom {
            guard let kind = BuiltInRules.kinds.first(where: { $0.descriptor.id == custom.extends.name }) else {
                let kinds = BuiltInRules.kinds.map { $0.descriptor.id }
                issues.append(RunnerMessage.unknownRuleKind(custom.extends.name, customRule: custom.name.name, kinds: kinds).at(custom.extends.location))
                continue
            }
            do {
                let rule = try kind.init(settings: custom.settings)
                if let sourceRule = rule as? SourceAssertsRule {
                    for status in sourceRule.namedStatuses where !vocabulary.contains(status) {
                        issues.append(RunnerMessage.customRuleUnknownStatus(custom.name.name, status: status).at(custom.settings.location))
                    }
                }
                rules.append(ConfiguredRule(id: custom.name.name, rule: rule))
            } catch {
                issues.append(error)
            }
        }
        let disabled = Set(settings.disabled.map(\.name))
        let optedIn = Set(settings.optIn.map(\.name))
        for type in builtIn {
            let id = type.descriptor.id
            guard type.descriptor.isOptIn ? optedIn.contains(id) : !disabled.contains(id) else { continue }
            let node = settings.settings.first { $0.rule.name == id }?.settings
                ?? .emptyMapping(at: SourceLocation(file: "config.yaml", line: 1, column: 1))
            do {
                rules.append(ConfiguredRule(id: id, rule: try type.init(settings: node)))
            } catch {
                issues.append(error)
            }
            for role in type.descriptor.requiredRoles where vocabulary.primaryStatus(for: role) == nil {
                issues.append(RunnerMessage.missingRole(role, rule: id).at(statusesLocation))
            }
        }
        return rules
    }
}
