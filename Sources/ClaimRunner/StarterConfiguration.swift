import ClaimText
import Foundation

/// The `config.yaml` that `claims init` writes: every section with its defaults, commented.
public enum StarterConfiguration {
    public static var text: String {
        var text = """
            # claims configuration. 'claims check' validates this file and every claim file.
            version: 1

            # The ledger: one YAML file per claim, relative to this file.
            claims_directory: claims

            # The status vocabulary. Open statuses appear in the open-claims report and can become
            # overdue; 'conflicts_with' says which statuses contradict each other when different
            # sources assert them at the same time (the claim is then flagged 'disputed').
            statuses:

            """
        for definition in StatusVocabulary.standard.definitions {
            let conflicts = definition.conflictsWith.map(\.rawValue).joined(separator: ", ")
            text += "  \(definition.id): { label: \(quoted(definition.label)), open: \(definition.isOpen), conflicts_with: [\(conflicts)] }\n"
        }
        text += """

            # An open claim is overdue this many days after the last day its event date covers.
            overdue:
              grace_days: 0

            # Cue phrases: which words make a sentence assert which status.
            cues:

            """
        for (status, phrases) in CueRule.defaultCuesByStatus {
            text += "  \(status): [\(phrases.map(quoted).joined(separator: ", "))]\n"
        }
        text += """

            # Each kind of event's own verbs: phrases that report such an event took place ("lifted off").
            event_verbs:

            """
        for (kind, phrases) in EventVerbRule.defaultVerbsByKind {
            text += "  \(kind): [\(phrases.map(quoted).joined(separator: ", "))]\n"
        }
        text += """

            # Extractor plugins, tried in this order; only listed ones run ('claims plugins' lists them all).
            extractors:
              - id: plain_text
              - id: html_article
              - id: rss_feed
              - id: json_lines

            # How similar (0 to 1) a new report must be to a claim to count as news about it.
            matching:
              threshold: 0.5

            # Whether 'ingest' records reports of events that already happened and have no open claim.
            ingest:
              record_past_events: false

            # Status rules, asked in order for each new piece of evidence ('claims plugins' lists them).
            # 'other_party_confirms' needs to know who speaks for whom: a party name, then the people
            # and offices that speak for it (matched in "said by" and the source's name).
            rules:
              disabled: []
              settings:
                other_party_confirms:
                  parties: {}
                  # parties:
                  #   United States: [White House, State Department, Pentagon]
                  #   Russia: [Kremlin, Foreign Ministry, Lavrov, Peskov]

            """
        return text
    }

    /// A YAML double-quoted string (JSON string syntax is valid YAML).
    private static func quoted(_ text: String) -> String { JSONValue.string(text).text }
}

extension Workspace {
    /// Writes a starter `config.yaml` and an empty claims directory into `directory`.
    /// Returns the paths created. Refuses to overwrite an existing configuration.
    public static func initialize(at directory: String) throws(RunnerFailure) -> [String] {
        let manager = FileManager.default
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let configPath = "\(base)/config.yaml"
        let claimsPath = "\(base)/claims"
        guard !manager.fileExists(atPath: configPath) else {
            throw .io("'\(configPath)' already exists; not overwriting it")
        }
        var created: [String] = []
        do {
            try manager.createDirectory(atPath: base, withIntermediateDirectories: true)
            try Data(StarterConfiguration.text.utf8).write(to: URL(fileURLWithPath: configPath), options: .withoutOverwriting)
            created.append(configPath)
            if !manager.fileExists(atPath: claimsPath) {
                try manager.createDirectory(atPath: claimsPath, withIntermediateDirectories: true)
                created.append(claimsPath + "/")
            }
        } catch {
            throw .io("could not set up '\(directory)': \(error.localizedDescription)")
        }
        return created
    }
}
