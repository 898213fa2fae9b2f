import ClaimCore

/// Every message about `config.yaml` and YAML syntax, in one switch. Callers place them with
/// `at(_:)` (or `about(_:)` for the file as a whole); mistyped values use `SettingMessage`.
public enum ConfigMessage: DiagnosticMessage {
    case unreadableFile(reason: String)
    case topLevelNotMapping(found: String)
    case missingVersion
    case versionTooNew(Int)
    case versionBelowOne(Int)
    case missingKey(String, in: String)
    /// An error thrown by a reader that is not a diagnostic; shown as it describes itself.
    case unexpected(String)
    case extractorListedTwice(ExtractorID, name: String?, firstAt: SourceLocation)
    case ruleDisabledAndOptedIn(String, disabledAt: SourceLocation)
    case ruleListedTwice(String, in: String, firstAt: SourceLocation)
    case customRuleNotSnakeCase(String)
    case noStatuses(in: String, found: String)
    case statusNotSnakeCase(String)
    case unknownStatus(String, in: String, known: [String])
    case statusConflictsWithItself(String)
    /// A rating listed under two outcomes in `ratings.text`.
    case ratingListedTwice(String, first: String, again: String)
    case statusWithoutRole(String)
    case unknownRole(String, for: String)
    case noPlanStatus
    case yamlOutOfMemory
    case yamlMultipleDocuments
    case yamlNotUTF8(problem: String)
    case yamlUnreadable(problem: String, character: UInt32?)
    case yamlSyntax(problem: String, context: String?, contextStart: SourceLocation)
    case yamlUnknownAnchor(String)
    case yamlAliasesTooLarge(limit: Int)
    case yamlNestedTooDeep(limit: Int)
    case yamlNonTextKey(found: String)
    case yamlDuplicateKey(String, firstAt: SourceLocation)
    case yamlUnsupportedTag(String)
    case unknownLedgerStore(String)
    case passwordInStoreURL(String)

    public var diagnostic: Diagnostic {
        switch self {
        case .unreadableFile(let reason):
            return .error("could not read the configuration: \(reason)")
        case .topLevelNotMapping(let found):
            return .error("expected a mapping of settings at the top of the file, found \(found)")
        case .missingVersion:
            return .error("missing required key 'version'", notes: ["start the file with 'version: \(Configuration.supportedVersion)'"])
        case .versionTooNew(let version):
            return .error("config version \(version) is newer than this tool supports (\(Configuration.supportedVersion))",
                          notes: ["update claims to read this file"])
        case .versionBelowOne(let version):
            return .error("config version \(version) does not exist; versions start at 1")
        case .missingKey(let key, let path):
            return .error("missing required key '\(key)' in '\(path)'")
        case .unexpected(let description):
            return .error(description)
        case .extractorListedTwice(let id, let name, let first):
            let named = name.map { " named '\($0)'" } ?? ""
            return .error("extractor '\(id)'\(named) is listed twice", notes: ["first listed at \(first); give each entry its own 'name'"])
        case .ruleDisabledAndOptedIn(let name, let disabled):
            return .error("rule '\(name)' is both disabled and opted in", notes: ["disabled at \(disabled)"])
        case .ruleListedTwice(let name, let path, let first):
            return .warning("rule '\(name)' is listed twice in '\(path)'", notes: ["first listed at \(first)"])
        case .customRuleNotSnakeCase(let name):
            return .error("custom rule name '\(name)' is not snake_case",
                          notes: ["use lowercase letters, digits and single underscores, e.g. 'anonymous_sourcing'"])
        case .noStatuses(let path, let found):
            return .error("expected at least one status in '\(path)', found \(found)",
                          notes: ["leave 'statuses' out to use the standard statuses"])
        case .statusNotSnakeCase(let id):
            return .error("status id '\(id)' is not snake_case",
                          notes: ["use lowercase letters, digits and single underscores, e.g. 'very_unlikely'"])
        case .unknownStatus(let id, let path, let known):
            return .error("unknown status '\(id)' in '\(path)'", notes: suggestionNotes(for: id, among: known, listedAs: "defined statuses"))
        case .ratingListedTwice(let rating, let first, let again):
            return .error("rating '\(rating)' is listed under both '\(first)' and '\(again)' in 'ratings.text'",
                          notes: ["ratings are compared ignoring case, spaces and punctuation; keep it under one"])
        case .statusConflictsWithItself(let id):
            return .error("status '\(id)' cannot conflict with itself")
        case .statusWithoutRole(let id):
            return .error("status '\(id)' has no role", notes: ["add 'role: …' with one of \(Self.roles.joined(separator: ", "))"])
        case .unknownRole(let text, let path):
            return .error("unknown role '\(text)' for '\(path)'", notes: suggestionNotes(for: text, among: Self.roles, listedAs: "roles"))
        case .noPlanStatus:
            return .error("no status has the role 'plan', which new claims start in", notes: ["give one status 'role: plan'"])
        case .yamlOutOfMemory:
            return .error("could not parse YAML: out of memory")
        case .yamlMultipleDocuments:
            return .error("expected one YAML document, found more")
        case .yamlNotUTF8(let problem):
            return .error("file is not valid UTF-8: \(problem)")
        case .yamlUnreadable(let problem, let character):
            let found = character.map { " (found U+\(String($0, radix: 16, uppercase: true).leftPadded(to: 4)))" } ?? ""
            return .error("could not read YAML: \(problem)\(found)")
        case .yamlSyntax(let problem, let context, let start):
            return .error("could not parse YAML: \(problem)", notes: context.map { ["\($0) that starts at \(start)"] } ?? [])
        case .yamlUnknownAnchor(let name):
            return .error("unknown anchor '\(name)' in alias '*\(name)'", notes: ["an anchor ('&\(name)') must be defined before an alias uses it"])
        case .yamlAliasesTooLarge(let limit):
            return .error("YAML aliases expand beyond \(limit) nodes")
        case .yamlNestedTooDeep(let limit):
            return .error("YAML nesting is deeper than \(limit) levels")
        case .yamlNonTextKey(let found):
            return .error("mapping keys must be text, found \(found)")
        case .yamlDuplicateKey(let key, let first):
            return .error("duplicate key '\(key)'", notes: ["first defined at \(first)"])
        case .yamlUnsupportedTag(let shown):
            return .error("unsupported YAML tag '\(shown)'", notes: ["write the value without a tag; quote it to make it a string"])
        case .unknownLedgerStore(let name):
            let suggestion = nearestName(to: name, in: Configuration.LedgerStore.names).map { ["did you mean '\($0)'?"] } ?? []
            return .error("unknown ledger store '\(name)'",
                          notes: suggestion + ["available stores: \(Configuration.LedgerStore.names.joined(separator: ", "))"])
        case .passwordInStoreURL(let path):
            return .error("'\(path)' contains a password",
                          notes: ["config.yaml is shared and kept in git: give the password in the PGPASSWORD environment variable or in ~/.pgpass"])
        }
    }

    private static var roles: [String] { StatusRole.allCases.map(\.rawValue) }
}
