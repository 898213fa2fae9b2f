import ClaimConfig
import ClaimCore

/// The YAML layout of one claim file, `claims/<id>.yaml`.
///
/// Keys are written in one fixed order and absent values are left out, so a change to a claim
/// shows up as a small diff. This is the only place that maps claim properties to YAML keys.
public enum ClaimFileFormat {
    enum Key {
        static let claim = ["id", "statement", "status", "event", "tags", "created", "updated", "evidence", "history"]
        static let event = ["date", "kind", "participants", "place"]
        static let evidence = [
            "source", "url", "published", "document", "said_by", "quote", "status", "event_date", "cue", "recorded_by", "recorded_at", "note",
        ]
        static let change = ["at", "from", "to", "because", "rule", "evidence", "by", "previous_date"]
    }

    // MARK: Writing

    public static func yamlText(for claim: Claim) throws -> String {
        try YAMLWriter.text(for: value(for: claim))
    }

    static func value(for claim: Claim) -> YAMLValue {
        var event: [(String, YAMLValue?)] = [
            ("date", claim.event.date.map { .string($0.description) }),
            ("kind", claim.event.kind.map(YAMLValue.string)),
        ]
        if !claim.event.participants.isEmpty {
            event.append(("participants", .sequence(claim.event.participants.map(YAMLValue.string))))
        }
        event.append(("place", claim.event.place.map(YAMLValue.string)))
        var fields: [(String, YAMLValue?)] = [
            ("id", .string(claim.id.rawValue)),
            ("statement", .string(claim.statement)),
            ("status", .string(claim.status.rawValue)),
            ("event", mapping(event)),
        ]
        if !claim.tags.isEmpty { fields.append(("tags", .sequence(claim.tags.map(YAMLValue.string)))) }
        fields += [
            ("created", .string(claim.created.description)),
            ("updated", .string(claim.updated.description)),
            ("evidence", .sequence(claim.evidence.map(value(for:)))),
            ("history", .sequence(claim.history.map(value(for:)))),
        ]
        return mapping(fields)
    }

    static func value(for evidence: Evidence) -> YAMLValue {
        mapping([
            ("source", .string(evidence.source.name)),
            ("url", evidence.source.url.map(YAMLValue.string)),
            ("published", evidence.source.published.map { .string($0.description) }),
            ("document", evidence.document.map(YAMLValue.string)),
            ("said_by", evidence.saidBy.map(YAMLValue.string)),
            ("quote", evidence.quote.map(YAMLValue.string)),
            ("status", evidence.asserts.map { .string($0.rawValue) }),
            ("event_date", evidence.eventDate.map { .string($0.description) }),
            ("cue", evidence.cue.map(YAMLValue.string)),
            ("recorded_by", .string(evidence.recordedBy)),
            ("recorded_at", .string(evidence.recordedAt.description)),
            ("note", evidence.note.map(YAMLValue.string)),
        ])
    }

    static func value(for change: StatusChange) -> YAMLValue {
        mapping([
            ("at", .string(change.at.description)),
            ("from", change.from.map { .string($0.rawValue) }),
            ("to", .string(change.to.rawValue)),
            ("because", .string(change.because)),
            ("rule", change.rule.map(YAMLValue.string)),
            ("evidence", change.evidence.map(YAMLValue.int)),
            ("by", change.by.map(YAMLValue.string)),
            ("previous_date", change.previousDate.map { .string($0.description) }),
        ])
    }

    /// A mapping of the present values, in the order given.
    private static func mapping(_ fields: [(String, YAMLValue?)]) -> YAMLValue {
        .mapping(fields.compactMap { key, value in value.map { YAMLValue.Pair(key, $0) } })
    }

    // MARK: Reading

    /// Reads a claim file, reporting every problem with its line and column.
    ///
    /// Unknown keys are warnings (a newer tool may have written them); a missing or wrong value is an error.
    public static func claim(fromYAML text: String, file: String, vocabulary: StatusVocabulary) throws(Diagnostics) -> (claim: Claim, warnings: [Diagnostic]) {
        let root: ConfigNode
        do {
            root = try YAMLReader().parse(text, file: file)
        } catch {
            throw Diagnostics([error])
        }
        var reader = ClaimFileReader(file: file, vocabulary: vocabulary)
        let claim = reader.readClaim(root)
        guard let claim, !reader.issues.contains(where: { $0.severity == .error }) else {
            throw Diagnostics(reader.issues)
        }
        return (claim, reader.issues)
    }
}

/// Collects every problem in one claim file instead of stopping at the first.
struct ClaimFileReader {
    let file: String
    let vocabulary: StatusVocabulary
    var issues: [Diagnostic] = []

    init(file: String, vocabulary: StatusVocabulary) {
        self.file = file
        self.vocabulary = vocabulary
    }

    mutating func readClaim(_ root: ConfigNode) -> Claim? {
        let vocabulary = self.vocabulary  // a copy: the closures below must not capture `self`
        guard root.entries != nil else {
            issues.append(root.mismatch("a mapping of claim fields", for: "claim"))
            return nil
        }
        issues += root.unknownKeyWarnings(known: ClaimFileFormat.Key.claim, path: "")
        let idText = required(root, "id") { node, path in try node.string(for: path) }
        var id: ClaimID?
        if let idText, let node = root["id"] {
            id = ClaimID(idText)
            if id == nil {
                issues.append(LedgerMessage.invalidClaimID(idText).at(node.location))
            }
        }
        let statement = required(root, "statement") { node, path in try node.string(for: path) }
        let status = required(root, "status") { node, path in try Self.status(node, path, in: vocabulary) }
        let event = root["event"].flatMap { readEvent($0) } ?? Event()
        let tags = optional(root, "tags") { node, path in try node.strings(for: path) } ?? []
        let created = required(root, "created") { node, path in try Self.timestamp(node, path) }
        let updated = optional(root, "updated") { node, path in try Self.timestamp(node, path) }
        var evidence: [Evidence] = []
        if let node = root["evidence"] {
            do {
                for (index, item) in try node.list(for: "evidence").enumerated() {
                    if let entry = readEvidence(item, path: "evidence[\(index)]") { evidence.append(entry) }
                }
            } catch { issues.append(error) }
        }
        var history: [StatusChange] = []
        if let node = root["history"] {
            do {
                for (index, item) in try node.list(for: "history").enumerated() {
                    if let change = readChange(item, path: "history[\(index)]", evidenceCount: evidence.count) {
                        history.append(change)
                    }
                }
            } catch { issues.append(error) }
        }
        // A file cut short at the end of a line is still valid YAML, but it has lost its last
        // entries: the tool always records a status in the history, so the history shows the cut.
        if let status, let node = root["status"] {
            if history.isEmpty, !evidence.isEmpty {
                issues.append(LedgerMessage.noHistory.at(node.location))
            } else if let last = history.last?.to, last != status {
                issues.append(LedgerMessage.statusNotInHistory(status, last: last).at(node.location))
            }
        }
        guard let id, let statement, let status, let created else { return nil }
        return Claim(id: id, statement: statement, event: event, status: status, tags: tags,
                     created: created, updated: updated, evidence: evidence, history: history)
    }

    mutating func readEvent(_ node: ConfigNode) -> Event? {
        guard node.entries != nil else {
            issues.append(node.mismatch("a mapping", for: "event"))
            return nil
        }
        issues += node.unknownKeyWarnings(known: ClaimFileFormat.Key.event, path: "event")
        return Event(
            date: optional(node, "date", path: "event.date") { n, p in try Self.eventDate(n, p) },
            kind: optional(node, "kind", path: "event.kind") { n, p in try n.string(for: p) },
            participants: optional(node, "participants", path: "event.participants") { n, p in try n.strings(for: p) } ?? [],
            place: optional(node, "place", path: "event.place") { n, p in try n.string(for: p) })
    }

    mutating func readEvidence(_ node: ConfigNode, path: String) -> Evidence? {
        let vocabulary = self.vocabulary  // a copy: the closures below must not capture `self`
        guard node.entries != nil else {
            issues.append(node.mismatch("a mapping", for: path))
            return nil
        }
        issues += node.unknownKeyWarnings(known: ClaimFileFormat.Key.evidence, path: path)
        func p(_ key: String) -> String { "\(path).\(key)" }
        let source = required(node, "source", path: p("source")) { n, p in try n.string(for: p) }
        let url = optional(node, "url", path: p("url")) { n, p in try n.string(for: p) }
        let published = optional(node, "published", path: p("published")) { n, p in try Self.eventDate(n, p) }
        let document = optional(node, "document", path: p("document")) { n, p in try n.string(for: p) }
        let saidBy = optional(node, "said_by", path: p("said_by")) { n, p in try n.string(for: p) }
        let quote = optional(node, "quote", path: p("quote")) { n, p in try n.string(for: p) }
        let asserts = optional(node, "status", path: p("status")) { n, p in try Self.status(n, p, in: vocabulary) }
        let eventDate = optional(node, "event_date", path: p("event_date")) { n, p in try Self.eventDate(n, p) }
        let cue = optional(node, "cue", path: p("cue")) { n, p in try n.string(for: p) }
        let recordedBy = required(node, "recorded_by", path: p("recorded_by")) { n, p in try n.string(for: p) }
        let recordedAt = required(node, "recorded_at", path: p("recorded_at")) { n, p in try Self.timestamp(n, p) }
        let note = optional(node, "note", path: p("note")) { n, p in try n.string(for: p) }
        guard let source, let recordedBy, let recordedAt else { return nil }
        return Evidence(source: Source(name: source, url: url, published: published), saidBy: saidBy, quote: quote,
                        asserts: asserts, cue: cue, recordedBy: recordedBy, recordedAt: recordedAt, note: note,
                        eventDate: eventDate, document: document)
    }

    mutating func readChange(_ node: ConfigNode, path: String, evidenceCount: Int) -> StatusChange? {
        let vocabulary = self.vocabulary  // a copy: the closures below must not capture `self`
        guard node.entries != nil else {
            issues.append(node.mismatch("a mapping", for: path))
            return nil
        }
        issues += node.unknownKeyWarnings(known: ClaimFileFormat.Key.change, path: path)
        func p(_ key: String) -> String { "\(path).\(key)" }
        let at = required(node, "at", path: p("at")) { n, p in try Self.timestamp(n, p) }
        let from = optional(node, "from", path: p("from")) { n, p in try Self.status(n, p, in: vocabulary) }
        let to = required(node, "to", path: p("to")) { n, p in try Self.status(n, p, in: vocabulary) }
        let because = required(node, "because", path: p("because")) { n, p in try n.string(for: p) }
        let rule = optional(node, "rule", path: p("rule")) { n, p in try n.string(for: p) }
        let evidence = optional(node, "evidence", path: p("evidence")) { n, p throws -> Int in
            let index = try n.int(for: p)
            guard (0..<evidenceCount).contains(index) else {
                throw LedgerMessage.evidenceOutOfRange(path: p, index: index, count: evidenceCount).at(n.location)
            }
            return index
        }
        let by = optional(node, "by", path: p("by")) { n, p in try n.string(for: p) }
        let previousDate = optional(node, "previous_date", path: p("previous_date")) { n, p in try Self.eventDate(n, p) }
        guard let at, let to, let because else { return nil }
        return StatusChange(at: at, from: from, to: to, because: because, rule: rule, evidence: evidence, by: by,
                            previousDate: previousDate)
    }

    // MARK: Field readers

    static func status(_ node: ConfigNode, _ path: String, in vocabulary: StatusVocabulary) throws(Diagnostic) -> StatusID {
        let text = try node.string(for: path)
        let id = StatusID(text)
        guard vocabulary.contains(id) else {
            throw LedgerMessage.unknownStatus(text, for: path, defined: vocabulary.ids.map(\.rawValue)).at(node.location)
        }
        return id
    }

    static func timestamp(_ node: ConfigNode, _ path: String) throws(Diagnostic) -> Timestamp {
        let text = try node.string(for: path)
        guard let value = Timestamp(text) else {
            throw SettingMessage.expected("a timestamp like '2022-01-10T09:30:00Z'", for: path, found: "'\(text)'").at(node.location)
        }
        return value
    }

    static func eventDate(_ node: ConfigNode, _ path: String) throws(Diagnostic) -> EventDate {
        let text = try node.string(for: path)
        guard let value = EventDate(text) else {
            throw SettingMessage.expected("a date like '2022', '2022-01', '2022-01-10' or '2022-01-10T14:00'", for: path, found: "'\(text)'")
                .at(node.location)
        }
        return value
    }

    mutating func required<T>(_ node: ConfigNode, _ key: String, path: String? = nil,
                              _ read: (ConfigNode, String) throws -> T) -> T? {
        guard let value = node[key] else {
            issues.append(LedgerMessage.missingKey(path ?? key).at(node.location))
            return nil
        }
        do { return try read(value, path ?? key) } catch {
            issues.append(error as? Diagnostic ?? LedgerMessage.unexpected("\(error)").at(value.location))
            return nil
        }
    }

    mutating func optional<T>(_ node: ConfigNode, _ key: String, path: String? = nil,
                              _ read: (ConfigNode, String) throws -> T) -> T? {
        guard let value = node[key], !value.isNull else { return nil }
        do { return try read(value, path ?? key) } catch {
            issues.append(error as? Diagnostic ?? LedgerMessage.unexpected("\(error)").at(value.location))
            return nil
        }
    }
}
