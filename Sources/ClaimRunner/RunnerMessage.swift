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
    /// `key` is where the claim's words should have been (`claimReviewed`, or `text` in a Fact Check Tools claim).
    case reviewWithoutStatement(key: String)
    case reviewWithoutDate
    /// A `ratingValue` that is no number (or a scale without range), with no rating in words beside it.
    case unreadableRating(String)
    /// A rating no list of `ratings:` names, reported once with how many reviews gave it.
    case unmappedRating(String, reviews: Int, configPath: String)
    /// `expected` names the one shape asked for with `--format`, nil when any would do.
    case noReviews(expected: String?, otherNodes: Int)
    /// A name in an extractor's own findings that the configuration does not define (a status, a date type).
    case unknownProvidedName(extractor: String, value: String, field: String, expected: [String])
    case noPathsNorSources
    case noExternalExtractors(configPath: String)
    case noPublisherURL(configPath: String, hasPublisher: Bool)
    /// `merge-file`: the two versions cannot be merged without a person (`reason` says why).
    case mergeConflict(reason: String)
    /// `merge-file`: a choice the merge made that a person may want to check.
    case mergeNote(String)
    /// `merge-file`: a version of the claim that does not read as a claim file.
    case unmergeableVersion(which: String)
    /// `check`: a claim changed at a time this computer's clock has not reached.
    case recordedAfterNow(Timestamp, now: Timestamp)
    /// `claims db …` on a config whose ledger is the claims folder.
    case notADatabaseLedger(configPath: String)

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
        case .reviewWithoutStatement(let key):
            return .error("has no claim text ('\(key)'); skipped")
        case .unreadableRating(let value):
            return .warning("rating value '\(value)' is not a number on a scale, and there is no rating in words; recorded without a status")
        case .reviewWithoutDate:
            return .warning("no date for the event in the review, the claim or its words; skipped")
        case .unmappedRating(let rating, let count, let configPath):
            return .warning("rating '\(rating)' (\(count) review\(count == 1 ? "" : "s")) is in no list of 'ratings' in \(configPath); recorded without a status",
                            notes: ["add it under 'ratings.text' with the status it asserts, or under 'none'"])
        case .noReviews(let expected?, let others):
            return .error("no \(expected) found (\(others) other node\(others == 1 ? "" : "s"))")
        case .noReviews(nil, let others):
            return .error("no review found (\(others) other node\(others == 1 ? "" : "s")); expected ClaimReview JSON-LD (one, an array or an '@graph'), "
                + "a schema.org DataFeed of ClaimReviews, or a Fact Check Tools claim search ('claims')")
        case .mergeConflict(let reason):
            return .error("cannot merge: \(reason)", notes: ["our version is left in place; git marks the file as conflicted"])
        case .mergeNote(let text):
            return .warning(text)
        case .unmergeableVersion(let which):
            return .error("\(which) version is not a readable claim file; not merged")
        case .recordedAfterNow(let time, let now):
            return .warning("last changed at \(time), later than this computer's clock (\(now)): a clock was ahead then, or is behind now",
                            notes: ["nothing is lost: later changes to the claim are recorded no earlier than \(time)",
                                    "a report as of today leaves out evidence with no publication date recorded after today"])
        case .notADatabaseLedger(let configPath):
            return .error("\(configPath) keeps the ledger in the claims folder; 'claims db' works on a database ledger",
                          notes: ["add 'ledger: { store: postgres, url: \"postgresql://…\", schema: claims }' to \(configPath)"])
        case .unknownProvidedName(let extractor, let value, let field, let expected):
            return .error("extractor '\(extractor)' broke the plugin protocol: unknown \(field) '\(value)' in its findings; skipped",
                          notes: ["expected one of \(expected.map { "'\($0)'" }.joined(separator: ", "))"])
        case .noPathsNorSources:
            return .error("give at least one path to read; no extractor in the configuration is a source of its own documents")
        case .noExternalExtractors(let configPath):
            return .warning("\(configPath) lists no external extractors ('id: exec'); nothing to check")
        case .noPublisherURL(let configPath, let hasPublisher):
            return .warning("no 'publisher' with a 'url'; the reviews have no 'url'\(hasPublisher ? "" : " and no 'author'")",
                            notes: ["add 'publisher: { name: …, url: https://… }' to \(configPath)"])
        }
    }
}
