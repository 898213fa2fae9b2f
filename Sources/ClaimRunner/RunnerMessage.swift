import ClaimCore
import ClaimLedger
import Foundation

/// Every message of the runner and the command line, in one switch: wiring the configuration to
/// extractors and rules, collecting inputs, imports and the commands' own failures. Callers place
/// them with `at(_:)` or `about(_:item:)`; those without a place render as `error: …`.
public enum RunnerMessage: DiagnosticMessage {
    case configurationMissing
    case invalidLedger
    case invalidClaimID(String)
    case unknownStatus(StatusID, configPath: String, defined: [String])
    case configurationExists(path: String)
    case couldNotWrite(path: String, reason: String)
    case couldNotRead(path: String)
    case couldNotWriteStandardOutput(reason: String)
    case couldNotEncodeClaim(ClaimID, reason: String)
    case notJSON(path: String, reason: String)
    /// A failure that is already a rendered message, shown as it is.
    case unexpected(String)
    case extractorRenamed(ExtractorID, to: ExtractorID)
    case unknownExtractor(ExtractorID, known: [String])
    case unknownRule(String, in: String, known: [String])
    case unknownRuleKind(String, customRule: String, kinds: [String])
    case customRuleUnknownStatus(String, status: StatusID)
    case missingRole(StatusRole, rule: String)
    case noSuchInput
    case unreadableInput(reason: String)
    case inputTooLarge(bytes: Int, limit: Int)
    case noExtractorReads(enabled: [String])
    case extractorFailed(String, reason: String)
    /// A name in an extractor's own findings that the configuration does not define (a status, a date type).
    case unknownProvidedName(extractor: String, value: String, field: String, expected: [String])
    case noPathsNorSources
    case noExternalExtractors(configPath: String)
    case reviewWithoutStatement
    case noClaimReview(otherNodes: Int)
    case noPublisherURL(configPath: String, hasPublisher: Bool)

    public var diagnostic: Diagnostic {
        switch self {
        case .configurationMissing:
            return .error("configuration file not found", notes: ["run 'claims init' to create one, or pass '--config PATH'"])
        case .invalidLedger:
            return .error("the ledger has invalid claim files; fix them first ('claims check' lists them)")
        case .invalidClaimID(let text):
            return LedgerMessage.invalidClaimID(text).diagnostic
        case .unknownStatus(let status, let configPath, let defined):
            let suggestion = nearestName(to: status.rawValue, in: defined).map { ["did you mean '\($0)'?"] } ?? []
            return .error("unknown status '\(status)'",
                          notes: suggestion + ["statuses defined in \(configPath): \(defined.joined(separator: ", "))"])
        case .configurationExists(let path):
            return .error("'\(path)' already exists; not overwriting it")
        case .couldNotWrite(let path, let reason):
            return .error("could not write '\(path)': \(reason)")
        case .couldNotRead(let path):
            return .error("could not read '\(path)'")
        case .couldNotWriteStandardOutput(let reason):
            return .error("could not write to standard output: \(reason)")
        case .couldNotEncodeClaim(let id, let reason):
            return .error("could not encode claim '\(id)' as YAML: \(reason)")
        case .notJSON(let path, let reason):
            return .error("'\(path)' is not valid JSON: \(reason)")
        case .unexpected(let description):
            return .error(description)
        case .extractorRenamed(let id, let newID):
            return .warning("extractor id '\(id)' was renamed to '\(newID)'", notes: ["use 'id: \(newID)'"])
        case .unknownExtractor(let id, let known):
            let note = nearestName(to: id.rawValue, in: known).map { "did you mean '\($0)'? 'claims plugins' lists the available extractors" }
                ?? "available extractors: \(known.joined(separator: ", "))"
            return .error("unknown extractor '\(id)'", notes: [note])
        case .unknownRule(let name, let list, let known):
            let suggestion = nearestName(to: name, in: known).map { ["did you mean '\($0)'?"] } ?? []
            return .error("unknown rule '\(name)' in 'rules.\(list)'", notes: suggestion + ["rules: \(known.joined(separator: ", "))"])
        case .unknownRuleKind(let kind, let custom, let kinds):
            return .error("unknown rule kind '\(kind)' for custom rule '\(custom)'", notes: ["rule kinds: \(kinds.joined(separator: ", "))"])
        case .customRuleUnknownStatus(let custom, let status):
            return .error("custom rule '\(custom)' names unknown status '\(status)'")
        case .missingRole(let role, let rule):
            return .error("no status has the role '\(role)', which rule '\(rule)' needs",
                          notes: ["give a status 'role: \(role)', or switch the rule off under 'rules.disabled'"])
        case .noSuchInput:
            return .error("no such file or folder")
        case .unreadableInput(let reason):
            return .error("could not be read: \(reason)")
        case .inputTooLarge(let bytes, let limit):
            let megabytes = String(format: "%.1f", Double(bytes) / 1_048_576)
            return .error("is \(megabytes) MB, over the limit of \(limit / 1_048_576) MB set by 'extraction.max_file_megabytes'; skipped")
        case .noExtractorReads(let names):
            return .error("no enabled extractor reads this file (enabled: \(names.isEmpty ? "none" : names.joined(separator: ", "))); skipped")
        case .extractorFailed(let name, let reason):
            return .error("[\(name)] failed: \(reason)")
        case .unknownProvidedName(let extractor, let value, let field, let expected):
            return .error("extractor '\(extractor)' broke the plugin protocol: unknown \(field) '\(value)' in its findings; skipped",
                          notes: ["expected one of \(expected.map { "'\($0)'" }.joined(separator: ", "))"])
        case .noPathsNorSources:
            return .error("give at least one path to read; no extractor in the configuration is a source of its own documents")
        case .noExternalExtractors(let configPath):
            return .warning("\(configPath) lists no external extractors ('id: exec'); nothing to check")
        case .reviewWithoutStatement:
            return .error("has no 'claimReviewed'; skipped")
        case .noClaimReview(let others):
            return .error("no ClaimReview found (\(others) other node\(others == 1 ? "" : "s")); expected an object with '@type': 'ClaimReview', an array of them, or an '@graph'")
        case .noPublisherURL(let configPath, let hasPublisher):
            return .warning("no 'publisher' with a 'url'; the reviews have no 'url'\(hasPublisher ? "" : " and no 'author'")",
                            notes: ["add 'publisher: { name: …, url: https://… }' to \(configPath)"])
        }
    }
}
