/// The top-level keys of `config.yaml`: a closed set, so a typo gets a warning with the nearest key.
/// This is the one place that maps them to their YAML spelling.
public enum ConfigurationKey: String, CaseIterable, Sendable {
    case version
    case claimsDirectory = "claims_directory"
    case publisher
    case statuses
    case overdue
    case cues
    case eventVerbs = "event_verbs"
    case extractors
    case matching
    case ingest
    case extraction
    case rules
    case ratings
    case ledger
}
