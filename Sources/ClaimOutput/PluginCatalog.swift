import ClaimCore
import ClaimRules

/// The text `claims plugins` prints: each extractor's id, summary, settings and an example entry,
/// then the status rules and the rule kinds custom rules can extend.
public enum PluginCatalog {
    public static func text(for descriptors: [PluginDescriptor], rules: [RuleDescriptor] = BuiltInRules.descriptors,
                            ruleKinds: [RuleDescriptor] = BuiltInRules.kinds.map { $0.descriptor }) -> String {
        var output = "Extractors (config.yaml 'extractors:', tried in the order listed):\n\n"
        for descriptor in descriptors {
            output += "\(descriptor.id)  \(descriptor.name): \(descriptor.summary)\n"
            if !descriptor.aliases.isEmpty {
                output += "  formerly: \(descriptor.aliases.map(\.rawValue).joined(separator: ", "))\n"
            }
            for setting in descriptor.settings {
                output += "  \(setting.key): \(setting.summary)\n"
            }
            output += "  example:\n"
            for line in descriptor.example.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
                output += "    \(line)\n"
            }
            output += "\n"
        }
        output += "Status rules (asked in this order for each new piece of evidence; 'rules.disabled' turns one off):\n\n"
        for rule in rules {
            output += "\(rule.id)  \(rule.summary)\n"
            for setting in rule.settings { output += "  \(setting.key): \(setting.summary)\n" }
        }
        output += "\nRule kinds for 'rules.custom' ('extends: KIND'):\n\n"
        for kind in ruleKinds {
            output += "\(kind.id)  \(kind.summary)\n"
            for setting in kind.settings { output += "  \(setting.key): \(setting.summary)\n" }
        }
        return output
    }

    /// The external extractors a configuration runs (`id: exec`), for `claims plugins`.
    public static func externalText(for plugins: [(name: String, command: String, reads: String)], configPath: String) -> String {
        var output = "External extractors (\(configPath), 'id: exec'):\n\n"
        if plugins.isEmpty { output += "none\n" }
        for plugin in plugins {
            output += "\(plugin.name)  \(plugin.reads)\n  command: \(plugin.command)\n"
        }
        return output
    }

    /// One line of `claims plugins --check` for a plugin that answered its handshake.
    public static func checkLine(name: String, protocolVersion: String, capabilities: [String], plugin: String?) -> String {
        let about = plugin.map { " (\($0))" } ?? ""
        return "\(name)\(about): answers, protocol \(protocolVersion), capabilities: \(capabilities.isEmpty ? "none" : capabilities.joined(separator: ", "))"
    }
}
