import ClaimCore
import Foundation

/// Everything `config.yaml` says, validated completely before any work runs.
///
/// Build one with `Configuration.parse(_:file:)` or `load(contentsOf:)`; tests and tools can start
/// from `Configuration.standard` (what an empty config with `version: 1` means) and change fields.
public struct Configuration: Hashable, Sendable {
    /// The newest config format this tool reads.
    public static let supportedVersion = 1

    public var version: Int
    /// As written in the file; relative paths are relative to `configDirectory`.
    public var claimsDirectory: String
    /// The folder holding the config file (`.` for a bare file name).
    public var configDirectory: String
    public var publisher: Publisher?
    /// `statuses:` when given (it replaces the standard set), else `StatusVocabulary.standard`, the defaults file's.
    public var statuses: StatusVocabulary
    /// Where `statuses:` is written, for messages about the vocabulary as a whole (a role no status has).
    public var statusesLocation: SourceLocation?
    public var overdue: Overdue
    /// Cue phrases per status, in file order; nil when absent, so analysis uses the defaults file's.
    public var cues: [StatusCues]?
    /// `event_verbs:`: per event kind, the phrases that report such an event took place ("lifted off");
    /// nil when absent, so analysis uses its built-in lists.
    public var eventVerbs: [KindVerbs]?
    /// In run order; only listed extractors run.
    public var extractors: [ExtractorEntry]
    public var matching: Matching
    public var ingest: Ingest
    public var extraction: Extraction
    public var rules: Rules
    /// `ratings:`: fact-checkers' ratings → statuses, for `import`; nil when absent, so import uses the defaults file's.
    public var ratings: Ratings?
    /// `ledger:`: where claims are kept; the claims folder unless a database is chosen.
    public var ledger: LedgerStore = .files

    public init(
        version: Int = Configuration.supportedVersion,
        claimsDirectory: String = "claims",
        configDirectory: String = ".",
        publisher: Publisher? = nil,
        statuses: StatusVocabulary = .standard,
        overdue: Overdue = Overdue(),
        cues: [StatusCues]? = nil,
        extractors: [ExtractorEntry] = [],
        matching: Matching = Matching(),
        ingest: Ingest = Ingest(),
        extraction: Extraction = Extraction(),
        rules: Rules = Rules()
    ) {
        self.version = version
        self.claimsDirectory = claimsDirectory
        self.configDirectory = configDirectory
        self.publisher = publisher
        self.statuses = statuses
        self.overdue = overdue
        self.cues = cues
        self.extractors = extractors
        self.matching = matching
        self.ingest = ingest
        self.extraction = extraction
        self.rules = rules
    }

    /// The defaults every absent key stands for.
    public static let standard = Configuration()

    /// `claimsDirectory` resolved against the config file's folder (absolute paths stay as they are).
    public var claimsDirectoryPath: String {
        if claimsDirectory.hasPrefix("/") || configDirectory == "." { return claimsDirectory }
        return configDirectory.hasSuffix("/") ? configDirectory + claimsDirectory : configDirectory + "/" + claimsDirectory
    }
}

/// A configuration that passed validation, and the warnings found on the way (unknown keys …).
public struct LoadedConfiguration: Sendable {
    public var configuration: Configuration
    public var warnings: [Diagnostic]

    public init(configuration: Configuration, warnings: [Diagnostic] = []) {
        self.configuration = configuration
        self.warnings = warnings
    }
}

/// A name written in the config, with where it was written, for messages about it later
/// (e.g. the runner's "unknown rule 'stale_claims'").
public struct LocatedName: Hashable, Sendable, CustomStringConvertible {
    public var name: String
    public var location: SourceLocation

    public init(_ name: String, at location: SourceLocation) {
        self.name = name
        self.location = location
    }

    public var description: String { name }
}

extension Configuration {
    /// Who publishes the ledger's reports.
    public struct Publisher: Hashable, Sendable {
        public var name: String
        /// Always `http` or `https`.
        public var url: URL?

        public init(name: String, url: URL? = nil) {
            self.name = name
            self.url = url
        }
    }

    public struct Overdue: Hashable, Sendable {
        /// Days after an event's last possible day before an open claim counts as overdue.
        public var graceDays: Int
        public init(graceDays: Int = 0) { self.graceDays = graceDays }
    }

    /// The cue phrases that suggest `status` in a text.
    /// One entry of `event_verbs:`: an event kind and the phrases that report it took place.
    public struct KindVerbs: Hashable, Sendable {
        public var kind: String
        public var phrases: [String]
        public var location: SourceLocation

        public init(kind: String, phrases: [String], location: SourceLocation) {
            self.kind = kind
            self.phrases = phrases
            self.location = location
        }
    }

    public struct StatusCues: Hashable, Sendable {
        public var status: StatusID
        public var phrases: [String]
        public var location: SourceLocation

        public init(status: StatusID, phrases: [String], location: SourceLocation) {
            self.status = status
            self.phrases = phrases
            self.location = location
        }
    }

    /// One item of `extractors:`. The settings are validated by the extractor itself, and the id
    /// against the registry by the runner.
    public struct ExtractorEntry: Hashable, Sendable {
        public var id: ExtractorID
        /// Tells apart two entries of the same extractor.
        public var name: String?
        /// Everything in the entry except `id` and `name`, as a mapping that keeps locations.
        public var settings: ConfigNode
        public var location: SourceLocation
        public var idLocation: SourceLocation

        public init(id: ExtractorID, name: String? = nil, settings: ConfigNode, location: SourceLocation, idLocation: SourceLocation) {
            self.id = id
            self.name = name
            self.settings = settings
            self.location = location
            self.idLocation = idLocation
        }

        /// What messages call the entry: its name if it has one, else its id.
        public var displayName: String { name ?? id.rawValue }
    }

    public struct Matching: Hashable, Sendable {
        /// How similar (0 to 1) a new report must be to an existing claim to be merged into it.
        public var threshold: Double
        public init(threshold: Double = 0.5) { self.threshold = threshold }
    }

    public struct Ingest: Hashable, Sendable {
        /// Whether `ingest` records claims about events that are already over.
        public var recordPastEvents: Bool
        public init(recordPastEvents: Bool = false) { self.recordPastEvents = recordPastEvents }
    }

    public struct Extraction: Hashable, Sendable {
        /// Larger inputs are skipped with a problem instead of being read.
        public var maxFileMegabytes: Int
        public init(maxFileMegabytes: Int = 64) { self.maxFileMegabytes = maxFileMegabytes }

        /// `maxFileMegabytes` in bytes, saturating instead of overflowing.
        public var maxFileBytes: Int {
            let (bytes, overflow) = maxFileMegabytes.multipliedReportingOverflow(by: 1 << 20)
            return overflow ? Int.max : bytes
        }
    }

    /// `rules:`. Rule ids are checked against the rule registry by the runner, so each keeps its location.
    public struct Rules: Hashable, Sendable {
        /// Rules on by default, switched off.
        public var disabled: [LocatedName]
        /// Rules off by default, switched on.
        public var optIn: [LocatedName]
        public var settings: [RuleSettings]
        public var custom: [CustomRule]

        public init(disabled: [LocatedName] = [], optIn: [LocatedName] = [], settings: [RuleSettings] = [], custom: [CustomRule] = []) {
            self.disabled = disabled
            self.optIn = optIn
            self.settings = settings
            self.custom = custom
        }
    }

    /// `rules.settings.<rule>`: settings for a built-in rule, validated by that rule.
    public struct RuleSettings: Hashable, Sendable {
        public var rule: LocatedName
        public var settings: ConfigNode

        public init(rule: LocatedName, settings: ConfigNode) {
            self.rule = rule
            self.settings = settings
        }
    }

    /// `rules.custom.<name>`: a rule of the user's own, built from one of the built-in rule kinds.
    public struct CustomRule: Hashable, Sendable {
        public var name: LocatedName
        /// The rule kind it builds on, e.g. `phrase_match`.
        public var extends: LocatedName
        /// Everything except `extends`, as a mapping that keeps locations.
        public var settings: ConfigNode

        public init(name: LocatedName, extends: LocatedName, settings: ConfigNode) {
            self.name = name
            self.extends = extends
            self.settings = settings
        }
    }
}
