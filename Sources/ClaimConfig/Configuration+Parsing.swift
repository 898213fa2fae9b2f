import ClaimCore
import Foundation

extension Configuration {
    /// Reads and validates the config file at `path`.
    ///
    /// Throws every problem found (errors and warnings) when there is at least one error.
    public static func load(contentsOf path: String) throws(Diagnostics) -> LoadedConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "the file cannot be read" : "no such file"
            throw Diagnostics([ConfigMessage.unreadableFile(reason: reason).about(path)])
        }
        return try parse(bytes: Array(data), file: path)
    }

    /// Reads and validates configuration text; `file` is used in messages and to find `configDirectory`.
    public static func parse(_ text: String, file: String) throws(Diagnostics) -> LoadedConfiguration {
        try parse(bytes: Array(text.utf8), file: file)
    }

    static func parse(bytes: [UInt8], file: String) throws(Diagnostics) -> LoadedConfiguration {
        let root: ConfigNode
        do {
            root = try YAMLReader().parse(bytes, file: file)
        } catch {
            throw Diagnostics([error])
        }
        let diagnostics = ConfigurationDiagnostics()
        let configuration = ConfigurationReader(diagnostics: diagnostics).read(root, directory: directory(of: file))
        guard let configuration, !diagnostics.hasErrors else {
            throw Diagnostics(diagnostics.sortedIssues)
        }
        return LoadedConfiguration(configuration: configuration, warnings: diagnostics.sortedIssues)
    }

    /// The folder part of a path: `conf/config.yaml` → `conf`, `config.yaml` → `.`, `/config.yaml` → `/`.
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

/// Reads the sections of a parsed config file into a `Configuration`, reporting every problem.
struct ConfigurationReader {
    let diagnostics: ConfigurationDiagnostics

    /// Nil when the file can't be read further (not a mapping, or a version too new to understand).
    func read(_ root: ConfigNode, directory: String) -> Configuration? {
        guard root.isNull || root.entries != nil else {
            diagnostics.report(ConfigMessage.topLevelNotMapping(found: root.kindDescription).at(root.location))
            return nil
        }
        // Not `Configuration.standard`: its statuses are read from the defaults file, by this reader.
        var configuration = Configuration(statuses: StatusVocabulary([]))
        configuration.configDirectory = directory
        guard let version = readVersion(root) else { return nil }
        configuration.version = version

        diagnostics.report(root.unknownKeyWarnings(known: ConfigurationKey.allCases.map(\.rawValue), path: ""))
        // Messages about the vocabulary as a whole point at the 'statuses' key.
        configuration.statusesLocation = root.entries?.first { $0.key == ConfigurationKey.statuses.rawValue }?.keyLocation
        for key in ConfigurationKey.allCases {
            guard let node = root[key.rawValue] else { continue }
            read(key, node, into: &configuration)
        }
        if root[ConfigurationKey.statuses.rawValue] == nil { configuration.statuses = .standard }
        // Cues and ratings name statuses, which may be defined later in the file, so they are read last.
        if let node = root[ConfigurationKey.cues.rawValue] {
            configuration.cues = readCues(node, vocabulary: configuration.statuses)
        }
        if let node = root[ConfigurationKey.ratings.rawValue] {
            configuration.ratings = readRatings(node, vocabulary: configuration.statuses)
        }
        return configuration
    }

    private func read(_ key: ConfigurationKey, _ node: ConfigNode, into configuration: inout Configuration) {
        let path = key.rawValue
        switch key {
        case .version, .cues, .ratings:
            break  // read before and after the others
        case .eventVerbs:
            configuration.eventVerbs = readEventVerbs(node)
        case .claimsDirectory:
            if let directory = diagnostics.check({ try node.nonEmptyString(for: path, expected: "a folder path") }) {
                configuration.claimsDirectory = directory
            }
        case .publisher:
            configuration.publisher = readPublisher(node)
        case .statuses:
            if let statuses = readStatuses(node) {
                configuration.statuses = statuses
                checkStartingRole(of: statuses, at: configuration.statusesLocation)
            }
        case .overdue:
            let settings = section(node, path, keys: ["grace_days"])
            if let days = settings["grace_days"].flatMap({ wholeNumber($0, "\(path).grace_days", atLeast: 0) }) {
                configuration.overdue.graceDays = days
            }
        case .extractors:
            configuration.extractors = readExtractors(node)
        case .matching:
            let settings = section(node, path, keys: ["threshold"])
            if let threshold = settings["threshold"].flatMap({ fraction($0, "\(path).threshold") }) {
                configuration.matching.threshold = threshold
            }
        case .ingest:
            let settings = section(node, path, keys: ["record_past_events"])
            if let value = settings["record_past_events"],
               let flag = diagnostics.check({ try value.bool(for: "\(path).record_past_events") }) {
                configuration.ingest.recordPastEvents = flag
            }
        case .extraction:
            let settings = section(node, path, keys: ["max_file_megabytes"])
            if let size = settings["max_file_megabytes"].flatMap({ wholeNumber($0, "\(path).max_file_megabytes", atLeast: 1) }) {
                configuration.extraction.maxFileMegabytes = size
            }
        case .rules:
            configuration.rules = readRules(node)
        case .ledger:
            configuration.ledger = readLedger(node)
        }
    }

    /// `version`: required, a whole number, and not newer than this tool. A newer file is not read
    /// further, since its other keys may mean things this tool doesn't know.
    private func readVersion(_ root: ConfigNode) -> Int? {
        guard let node = root["version"] else {
            diagnostics.report(ConfigMessage.missingVersion.at(root.location))
            return Configuration.supportedVersion
        }
        guard let version = diagnostics.check({ try node.int(for: "version") }) else {
            return Configuration.supportedVersion
        }
        if version > Configuration.supportedVersion {
            diagnostics.report(ConfigMessage.versionTooNew(version).at(node.location))
            return nil
        }
        if version < 1 {
            diagnostics.report(ConfigMessage.versionBelowOne(version).at(node.location))
        }
        return version
    }

    // MARK: Shared readers

    /// A section that is a mapping of settings: warns about unknown keys; nil-safe for `section:` with no value.
    func section(_ node: ConfigNode, _ path: String, keys: [String]) -> ConfigNode {
        guard diagnostics.check({ try node.mapping(for: path) }) != nil else {
            return .emptyMapping(at: node.location)
        }
        diagnostics.report(node.unknownKeyWarnings(known: keys, path: path))
        return node.isNull ? .emptyMapping(at: node.location) : node
    }

    func wholeNumber(_ node: ConfigNode, _ path: String, atLeast minimum: Int) -> Int? {
        guard let value = diagnostics.check({ try node.int(for: path) }) else { return nil }
        guard value >= minimum else {
            diagnostics.report(SettingMessage.expected("a whole number of at least \(minimum)", for: path, found: "'\(node.writtenText)'").at(node.location))
            return nil
        }
        return value
    }

    func fraction(_ node: ConfigNode, _ path: String) -> Double? {
        guard let value = diagnostics.check({ try node.double(for: path) }) else { return nil }
        guard (0...1).contains(value) else {
            diagnostics.report(SettingMessage.expected("a number from 0 to 1", for: path, found: "'\(node.writtenText)'").at(node.location))
            return nil
        }
        return value
    }

    /// A list of names (rule or status ids), each with where it was written.
    func names(_ node: ConfigNode, _ path: String) -> [LocatedName] {
        let elements = diagnostics.check { try node.list(for: path) } ?? []
        return elements.enumerated().compactMap { index, element in
            diagnostics.check {
                LocatedName(try element.nonEmptyString(for: "\(path)[\(index)]", expected: "an id"), at: element.location)
            }
        }
    }

    // MARK: publisher

    private func readPublisher(_ node: ConfigNode) -> Configuration.Publisher? {
        let path = ConfigurationKey.publisher.rawValue
        let settings = section(node, path, keys: ["name", "url"])
        guard !node.isNull else { return nil }
        let name = diagnostics.check {
            try settings.required("name", in: path).nonEmptyString(for: "\(path).name")
        }
        var url: URL?
        if let urlNode = settings["url"], let text = diagnostics.check({ try urlNode.string(for: "\(path).url") }) {
            url = URL(string: text)
            let scheme = url?.scheme?.lowercased()
            if url?.host?.isEmpty != false || (scheme != "http" && scheme != "https") {
                diagnostics.report(SettingMessage.expected("an http or https URL", for: "\(path).url", found: "'\(text)'").at(urlNode.location))
                url = nil
            }
        }
        return name.map { Configuration.Publisher(name: $0, url: url) }
    }
}
