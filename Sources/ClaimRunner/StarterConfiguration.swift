import ClaimConfig
import ClaimLedger
import ClaimText
import Foundation

/// The `config.yaml` that `claims init` writes: the defaults file (ClaimConfig's `defaults.yaml`), as written.
public enum StarterConfiguration {
    public static var text: String { Configuration.defaultsText }
}

extension Configuration {
    /// The cue rules of `cues:`; without that section, the defaults file's phrases, each asserting
    /// this vocabulary's primary status for the role of the default status it is listed under (so
    /// renamed statuses keep the default cues, and a role no status has drops its phrases).
    public var cueRules: [CueRule] {
        if let cues { return cues.flatMap { entry in entry.phrases.map { CueRule(phrase: $0, status: entry.status) } } }
        let defaults = Configuration.defaults
        return (defaults.cues ?? []).flatMap { entry -> [CueRule] in
            guard let role = defaults.statuses.role(of: entry.status), let status = statuses.primaryStatus(for: role) else { return [] }
            return entry.phrases.map { CueRule(phrase: $0, status: status) }
        }
    }
}

extension Configuration {
    /// The phrases of `event_verbs:`; without that section, the defaults file's.
    public var eventVerbRules: [EventVerbRule] {
        (eventVerbs ?? Configuration.defaults.eventVerbs ?? []).flatMap { entry in
            entry.phrases.map { EventVerbRule(phrase: $0, kind: entry.kind) }
        }
    }
}

extension TextAnalyzer {
    /// The analyzer of the default configuration: the defaults file's cues, event verbs and statuses.
    public init() {
        self.init(cues: Configuration.defaults.cueRules, eventVerbs: Configuration.defaults.eventVerbRules, vocabulary: .standard)
    }
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
            throw .io(.configurationExists(path: configPath))
        }
        var created: [String] = []
        do throws(LedgerError) {
            try DirectoryMaker.create(base, purpose: "create the workspace directory")
        } catch {
            throw .ledger(error)
        }
        do {
            try Data(StarterConfiguration.text.utf8).write(to: URL(fileURLWithPath: configPath), options: .withoutOverwriting)
        } catch {
            throw .io(.couldNotWrite(path: configPath, reason: error.localizedDescription))
        }
        created.append(configPath)
        if !manager.fileExists(atPath: claimsPath) {
            do throws(LedgerError) {
                try DirectoryMaker.create(claimsPath, purpose: "create the claims directory")
            } catch {
                throw .ledger(error)
            }
            created.append(claimsPath + "/")
        }
        // For a ledger kept in git: claim files merge through `claims merge-file`, and the lock and
        // the index (a cache rebuilt from the files) stay out of the repository.
        if try ensureLines([mergeAttribute], in: "\(base)/.gitattributes") { created.append("\(base)/.gitattributes") }
        if try ensureLines(["claims/.index", "claims/.lock", "claims/.journal"], in: "\(base)/.gitignore") { created.append("\(base)/.gitignore") }
        return created
    }

    /// The `.gitattributes` line that sends claim files through `claims merge-file` when git merges
    /// them (the driver itself is set per clone: `git config merge.claims.driver …`).
    static let mergeAttribute = "claims/*.yaml merge=claims"

    /// Adds the lines a file lacks, keeping those it has; true when the file was created.
    private static func ensureLines(_ lines: [String], in path: String) throws(RunnerFailure) -> Bool {
        let existing = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
        let present = Set((existing ?? "").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = lines.filter { !present.contains($0) }
        guard !missing.isEmpty else { return false }
        var text = existing ?? ""
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        text += missing.map { $0 + "\n" }.joined()
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            throw .io(.couldNotWrite(path: path, reason: error.localizedDescription))
        }
        return existing == nil
    }
}
