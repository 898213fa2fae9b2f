@_exported import ClaimCore
import ClaimConfig
import ClaimLedger
import ClaimOutput
import ClaimPostgres
import ClaimRules
import Foundation

/// Where to find the configuration and the ledger.
public struct WorkspaceOptions: Sendable {
    public var configPath: String
    /// Overrides `claims_directory` from the configuration.
    public var claimsDirectory: String?
    /// The extractors `config.yaml` may name: the built-ins, or a registry with extractors of your own.
    public var registry: ExtractorRegistry

    public init(configPath: String = "config.yaml", claimsDirectory: String? = nil, registry: ExtractorRegistry = .builtIn) {
        self.configPath = configPath
        self.claimsDirectory = claimsDirectory
        self.registry = registry
    }
}

/// A validated configuration with its ledger and its configured extractors: what every command works on.
///
/// Opening a workspace validates everything (config keys, status vocabulary, extractor ids and
/// settings) before any command reads or writes claims.
public struct Workspace: Sendable {
    public let configuration: Configuration
    /// The configuration file as the user named it, for messages.
    public let configPath: String
    /// The claims folder, or the PostgreSQL schema that `ledger:` names.
    public let store: any ClaimStorage
    public let extractors: [ConfiguredExtractor]
    /// Status rules in the order they are asked: custom rules first, then the built-in ones.
    public let rules: [ConfiguredRule]
    /// Warnings from the configuration (unknown keys, renamed ids), to show before the command's output.
    public let warnings: [Diagnostic]

    public var vocabulary: StatusVocabulary { configuration.statuses }

    public static func open(_ options: WorkspaceOptions) throws(RunnerFailure) -> Workspace {
        guard FileManager.default.fileExists(atPath: options.configPath) else {
            throw .configurationMissing(path: options.configPath)
        }
        let loaded: LoadedConfiguration
        do {
            loaded = try Configuration.load(contentsOf: options.configPath)
        } catch {
            throw .invalidConfiguration(error)
        }
        var issues = loaded.warnings
        let extractors = options.registry.makeExtractors(for: loaded.configuration.extractors, issues: &issues)
        let rules = RuleRegistry.makeRules(
            from: loaded.configuration.rules, vocabulary: loaded.configuration.statuses,
            statusesLocation: loaded.configuration.statusesLocation, issues: &issues)
        if issues.contains(where: { $0.severity == .error }) {
            throw .invalidConfiguration(Diagnostics(issues))
        }
        return Workspace(
            configuration: loaded.configuration,
            configPath: options.configPath,
            store: makeStore(loaded.configuration, claimsDirectory: options.claimsDirectory),
            extractors: extractors,
            rules: rules,
            warnings: issues)
    }

    /// `--claims-dir` names a folder, so it always means the folder store.
    private static func makeStore(_ configuration: Configuration, claimsDirectory: String?) -> any ClaimStorage {
        switch configuration.ledger {
        case .postgres(let url, let schema) where claimsDirectory == nil:
            return PostgresClaimStore(url: url, schema: schema, vocabulary: configuration.statuses)
        default:
            return ClaimStore(directory: claimsDirectory ?? configuration.claimsDirectoryPath, vocabulary: configuration.statuses)
        }
    }

    /// Every claim file; problems with single files are returned with the claims, not thrown.
    public func loadLedger() throws(RunnerFailure) -> LedgerContents {
        do {
            return try store.loadAll()
        } catch {
            throw .ledger(error)
        }
    }

    /// The claims `list` asks for: with one of `statuses` (all when empty), only open ones if asked.
    /// A database store reads just those through its index on status.
    public func loadLedger(statuses: [StatusID], onlyOpen: Bool) throws(RunnerFailure) -> LedgerContents {
        for status in statuses { try validate(status) }
        guard !statuses.isEmpty || onlyOpen else { return try loadLedger() }
        let wanted = Set(statuses.isEmpty ? vocabulary.ids : statuses).filter { !onlyOpen || vocabulary.isOpen($0) }
        do {
            return try store.loadClaims(withStatuses: wanted)
        } catch {
            throw .ledger(error)
        }
    }

    /// A claim id typed by a user, or a usage error saying what ids look like.
    func claimID(_ text: String) throws(RunnerFailure) -> ClaimID {
        guard let id = ClaimID(text) else {
            throw .invalidArgument(.invalidClaimID(text))
        }
        return id
    }

    public func claim(id text: String) throws(RunnerFailure) -> Claim {
        let id = try claimID(text)
        do {
            return try store.claim(withID: id)
        } catch {
            throw .ledger(error)
        }
    }

    public func yamlText(for claim: Claim) throws(RunnerFailure) -> String {
        do {
            return try ClaimFileFormat.yamlText(for: claim)
        } catch {
            throw .io(.couldNotEncodeClaim(claim.id, reason: "\(error)"))
        }
    }

    /// Checks that `status` is in the vocabulary, suggesting the nearest one when it is not.
    public func validate(_ status: StatusID) throws(RunnerFailure) {
        guard !vocabulary.contains(status) else { return }
        throw .invalidArgument(.unknownStatus(status, configPath: configPath, defined: vocabulary.ids.map(\.rawValue)))
    }

    public var evaluator: StatusEvaluator { StatusEvaluator(rules: rules, vocabulary: vocabulary) }

    public func presenter(asOf day: CalendarDay) -> ClaimPresenter {
        ClaimPresenter(asOf: day, vocabulary: vocabulary, graceDays: configuration.overdue.graceDays)
    }
}

extension CalendarDay {
    /// Today in UTC.
    public static var today: CalendarDay { CalendarDay(Date()) }
}
