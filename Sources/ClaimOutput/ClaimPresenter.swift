import ClaimCore

/// Turns claims into what people and programs read: JSON, the report, a claim's story.
///
/// Flags depend on the report date, so a presenter is made for one `asOf` day.
public struct ClaimPresenter: Sendable {
    public let asOf: CalendarDay
    public let vocabulary: StatusVocabulary
    public let graceDays: Int

    public init(asOf: CalendarDay, vocabulary: StatusVocabulary, graceDays: Int) {
        self.asOf = asOf
        self.vocabulary = vocabulary
        self.graceDays = graceDays
    }

    public func flags(of claim: Claim) -> [ClaimFlag] {
        claim.flags(asOf: asOf, graceDays: graceDays, vocabulary: vocabulary)
    }

    // MARK: JSON

    /// The shape `list`, `show` and `report` share: `{"as_of": …, "claims": [...]}`.
    public func json(for claims: [Claim]) -> JSONValue {
        .object([
            ("as_of", .string(asOf.description)),
            ("claims", .array(claims.map(json(for:)))),
        ])
    }

    /// The same text as `json(for: claims).prettyText + terminator`, streamed claim by claim.
    public func writeJSON(for claims: [Claim], terminator: String = "\n", to sink: ([UInt8]) -> Void) {
        PrettyJSONStream.writeObject(
            [("as_of", .string(asOf.description))], streaming: "claims", count: claims.count,
            element: { json(for: claims[$0]) }, terminator: terminator, to: sink)
    }

    public func json(for claim: Claim) -> JSONValue {
        .object([
            ("id", .string(claim.id.rawValue)),
            ("statement", .string(claim.statement)),
            ("event_date", .optional(claim.event.date?.description)),
            ("status", .string(claim.status.rawValue)),
            ("status_label", .string(vocabulary.label(of: claim.status))),
            ("open", .bool(vocabulary.isOpen(claim.status))),
            ("flags", .array(flags(of: claim).map { .string($0.rawValue) })),
            ("kind", .optional(claim.event.kind)),
            ("participants", .array(claim.event.participants.map(JSONValue.string))),
            ("place", .optional(claim.event.place)),
            ("tags", .array(claim.tags.map(JSONValue.string))),
            ("created", .string(claim.created.description)),
            ("updated", .string(claim.updated.description)),
            ("evidence", .array(claim.evidence.map(json(for:)))),
            ("history", .array(claim.history.map(json(for:)))),
        ])
    }

    func json(for evidence: Evidence) -> JSONValue {
        .object([
            ("source", .string(evidence.source.name)),
            ("url", .optional(evidence.source.url)),
            ("published", .optional(evidence.source.published?.description)),
            ("said_by", .optional(evidence.saidBy)),
            ("quote", .optional(evidence.quote)),
            ("status", .optional(evidence.asserts?.rawValue)),
            ("event_date", .optional(evidence.eventDate?.description)),
            ("cue", .optional(evidence.cue)),
            ("recorded_by", .string(evidence.recordedBy)),
            ("recorded_at", .string(evidence.recordedAt.description)),
            ("note", .optional(evidence.note)),
        ])
    }

    func json(for change: StatusChange) -> JSONValue {
        .object([
            ("at", .string(change.at.description)),
            ("from", .optional(change.from?.rawValue)),
            ("to", .string(change.to.rawValue)),
            ("because", .string(change.because)),
            ("rule", .optional(change.rule)),
            ("evidence", change.evidence.map(JSONValue.int) ?? .null),
            ("by", .optional(change.by)),
            ("previous_date", .optional(change.previousDate?.description)),
        ])
    }

    // MARK: Text

    /// How far the event is from the report date: "in 5 days", "today", "3 days ago".
    public func distance(to date: EventDate?) -> String {
        guard let date else { return "no date" }
        if date.firstDay <= asOf && asOf <= date.lastDay { return date.precision >= .day ? "today" : "this \(date.precision.rawValue)" }
        if asOf < date.firstDay {
            let days = asOf.days(until: date.firstDay)
            return days == 1 ? "tomorrow" : "in \(days) days"
        }
        let days = date.lastDay.days(until: asOf)
        return days == 1 ? "1 day ago" : "\(days) days ago"
    }

    /// One line per claim: date, status, flags, id, statement.
    public func list(_ claims: [Claim]) -> String {
        guard !claims.isEmpty else { return "no claims\n" }
        let dateWidth = claims.map { $0.event.date?.description.count ?? 1 }.max() ?? 10
        let statusWidth = claims.map { vocabulary.label(of: $0.status).count }.max() ?? 8
        var output = ""
        for claim in claims {
            let flagText = flags(of: claim).map { " [\($0.rawValue)]" }.joined()
            output += padded(claim.event.date?.description ?? "-", dateWidth) + "  "
                + padded(vocabulary.label(of: claim.status), statusWidth) + "  "
                + claim.id.rawValue + flagText + "\n"
                + String(repeating: " ", count: dateWidth + statusWidth + 4) + claim.statement + "\n"
        }
        return output
    }

    /// The story of one claim: the event, each piece of evidence in order, each status change with its reason.
    public func story(of claim: Claim) -> String {
        var lines: [String] = []
        lines.append("\(claim.id): \(claim.statement)")
        let flagText = flags(of: claim).map { " [\($0.rawValue)]" }.joined()
        lines.append("status: \(vocabulary.label(of: claim.status)) (\(vocabulary.isOpen(claim.status) ? "open" : "closed"))\(flagText)")
        var event = "event: \(claim.event.date?.description ?? "no date") (\(distance(to: claim.event.date)))"
        if let kind = claim.event.kind { event += ", \(kind)" }
        if !claim.event.participants.isEmpty { event += ", " + claim.event.participants.joined(separator: ", ") }
        if let place = claim.event.place { event += ", in \(place)" }
        lines.append(event)
        if !claim.tags.isEmpty { lines.append("tags: " + claim.tags.joined(separator: ", ")) }
        lines.append("")
        lines.append("evidence (\(claim.evidence.count)):")
        for (index, item) in claim.evidence.enumerated() {
            lines.append("  \(index + 1). \(describe(item))")
            if let note = item.note { lines.append("     note: \(note)") }
            lines.append("     recorded by \(item.recordedBy) at \(item.recordedAt)")
        }
        lines.append("")
        lines.append("history:")
        for change in claim.history {
            var line = "  \(change.at)  \(change.from.map { vocabulary.label(of: $0) + " → " } ?? "")\(vocabulary.label(of: change.to))"
            line += change.rule.map { "  [\($0)]" } ?? (change.by.map { "  by \($0)" } ?? "")
            line += ": \(change.because)"
            if let index = change.evidence { line += " (evidence \(index + 1))" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// "2021-12-28 rbc.ru — the White House: “…” (proposed)"
    func describe(_ evidence: Evidence, quoteLimit: Int = .max) -> String {
        var text = evidence.source.published.map { "\($0) " } ?? ""
        text += evidence.source.name
        if let saidBy = evidence.saidBy { text += " — \(saidBy)" }
        if let quote = evidence.quote { text += ": “\(quote.shortened(to: quoteLimit))”" }
        if let status = evidence.asserts { text += " (\(vocabulary.label(of: status)))" }
        return text
    }

    private func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}

extension String {
    /// At most `limit` characters, cut at a word boundary with an ellipsis when too long.
    func shortened(to limit: Int) -> String {
        guard count > limit else { return self }
        let cut = prefix(max(1, limit - 1))
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return String(atWord.isEmpty ? cut : atWord) + "…"
    }
}
