import ClaimCore

// `statuses:` and `cues:`, the two sections about the status vocabulary.
extension ConfigurationReader {
    /// The vocabulary `statuses:` defines (it replaces the standard one), or nil after errors.
    func readStatuses(_ node: ConfigNode) -> StatusVocabulary? {
        let path = ConfigurationKey.statuses.rawValue
        guard let entries = diagnostics.check({ try node.mapping(for: path) }) else { return nil }
        guard !entries.isEmpty else {
            diagnostics.report(ConfigMessage.noStatuses(in: path, found: node.kindDescription).at(node.location))
            return nil
        }
        let ids = entries.map(\.key)
        var definitions: [StatusDefinition] = []
        var isComplete = true
        for entry in entries {
            if let definition = readStatus(entry, path: "\(path).\(entry.key)", definedIDs: ids) {
                definitions.append(definition)
            } else {
                isComplete = false
            }
        }
        return isComplete ? StatusVocabulary(definitions) : nil
    }

    private func readStatus(_ entry: ConfigNode.Entry, path: String, definedIDs: [String]) -> StatusDefinition? {
        let errorsBefore = diagnostics.issues.count { $0.severity == .error }
        if !isSnakeCase(entry.key) {
            diagnostics.report(ConfigMessage.statusNotSnakeCase(entry.key).at(entry.keyLocation))
        }
        let settings = section(entry.value, path, keys: ["label", "role", "open", "conflicts_with"])
        let label = settings["label"].flatMap { label in diagnostics.check { try label.nonEmptyString(for: "\(path).label") } }
        let role = readRole(settings["role"], of: entry, path: path)
        let isOpen = diagnostics.check { try settings.required("open", in: path).bool(for: "\(path).open") }

        var conflicts: [StatusID] = []
        for other in settings["conflicts_with"].map({ names($0, "\(path).conflicts_with") }) ?? [] {
            if !definedIDs.contains(other.name) {
                diagnostics.report(ConfigMessage.unknownStatus(other.name, in: "\(path).conflicts_with", known: definedIDs).at(other.location))
            } else if other.name == entry.key {
                diagnostics.report(ConfigMessage.statusConflictsWithItself(other.name).at(other.location))
            } else {
                conflicts.append(StatusID(other.name))
            }
        }
        guard let isOpen, let role, diagnostics.issues.count(where: { $0.severity == .error }) == errorsBefore else { return nil }
        return StatusDefinition(id: StatusID(entry.key), label: label ?? entry.key.replacingOccurrences(of: "_", with: " "),
                                role: role, isOpen: isOpen, conflictsWith: conflicts)
    }

    /// `statuses.<id>.role`. A file written before roles existed has none: a status with a default
    /// id takes that status's role (from the defaults file, which gives every role), any other
    /// status needs one.
    private func readRole(_ node: ConfigNode?, of entry: ConfigNode.Entry, path: String) -> StatusRole? {
        guard let node else {
            if let inferred = StatusVocabulary.standard.role(of: StatusID(entry.key)) { return inferred }
            diagnostics.report(ConfigMessage.statusWithoutRole(entry.key).at(entry.keyLocation))
            return nil
        }
        guard let text = diagnostics.check({ try node.nonEmptyString(for: "\(path).role", expected: "a role") }) else { return nil }
        guard let role = StatusRole(rawValue: text) else {
            diagnostics.report(ConfigMessage.unknownRole(text, for: "\(path).role").at(node.location))
            return nil
        }
        return role
    }

    /// Every vocabulary needs a `plan` status: new claims start in it when no source says otherwise.
    func checkStartingRole(of vocabulary: StatusVocabulary, at location: SourceLocation?) {
        guard vocabulary.primaryStatus(for: .plan) == nil else { return }
        diagnostics.report(ConfigMessage.noPlanStatus.at(location))
    }

    /// `event_verbs:`: event kind → phrases reporting that such an event took place, in file order.
    func readEventVerbs(_ node: ConfigNode) -> [Configuration.KindVerbs]? {
        let path = ConfigurationKey.eventVerbs.rawValue
        guard let entries = diagnostics.check({ try node.mapping(for: path) }) else { return nil }
        return entries.map { entry in
            let listPath = "\(path).\(entry.key)"
            let elements = diagnostics.check { try entry.value.list(for: listPath) } ?? []
            let phrases = elements.enumerated().compactMap { index, element in
                diagnostics.check { try element.nonEmptyString(for: "\(listPath)[\(index)]", expected: "a phrase") }
            }
            return Configuration.KindVerbs(kind: entry.key, phrases: phrases, location: entry.keyLocation)
        }
    }

    /// `cues:`: status id → cue phrases, in file order. Every status must be in `vocabulary`.
    func readCues(_ node: ConfigNode, vocabulary: StatusVocabulary) -> [Configuration.StatusCues]? {
        let path = ConfigurationKey.cues.rawValue
        guard let entries = diagnostics.check({ try node.mapping(for: path) }) else { return nil }
        let known = vocabulary.ids.map(\.rawValue)
        return entries.compactMap { entry in
            guard known.contains(entry.key) else {
                diagnostics.report(ConfigMessage.unknownStatus(entry.key, in: path, known: known).at(entry.keyLocation))
                return nil
            }
            let listPath = "\(path).\(entry.key)"
            let elements = diagnostics.check { try entry.value.list(for: listPath) } ?? []
            let phrases = elements.enumerated().compactMap { index, element in
                diagnostics.check { try element.nonEmptyString(for: "\(listPath)[\(index)]", expected: "a cue phrase") }
            }
            return Configuration.StatusCues(status: StatusID(entry.key), phrases: phrases, location: entry.keyLocation)
        }
    }
}
