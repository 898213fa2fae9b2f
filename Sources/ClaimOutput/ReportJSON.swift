import ClaimCore

/// The report for programs: the shape `list` and `show` share (`{"as_of", "claims": [...]}`), with
/// a summary and, per claim, its group, distance, latest evidence and status timeline added.
extension ClaimPresenter {
    public func json(for report: ClaimReport) -> JSONValue {
        .object(header(of: report) + [("claims", .array(report.entries.map(json(for:))))])
    }

    /// The same text as `json(for: report).prettyText + terminator`, streamed claim by claim.
    public func writeJSON(for report: ClaimReport, terminator: String = "\n", to sink: ([UInt8]) -> Void) {
        PrettyJSONStream.writeObject(
            header(of: report), streaming: "claims", count: report.entries.count,
            element: { json(for: report.entries[$0]) }, terminator: terminator, to: sink)
    }

    /// The fields before the claims: the day and the summary.
    private func header(of report: ClaimReport) -> [(key: String, value: JSONValue)] {
        let byStatus = report.statusCounts(in: vocabulary).map { (key: $0.status.rawValue, value: JSONValue.int($0.count)) }
        return [
            ("as_of", .string(report.asOf.description)),
            ("summary", .object([
                ("claims", .int(report.entries.count)),
                ("overdue", .int(report.count(.overdue))),
                ("disputed", .int(report.count(.disputed))),
                ("due_soon", .int(report.count(in: .dueSoon))),
                ("due_soon_days", .int(report.soonDays)),
                ("by_status", .object(byStatus)),
            ])),
        ]
    }

    func json(for entry: ReportEntry) -> JSONValue {
        guard case .object(var fields) = json(for: entry.claim) else { return json(for: entry.claim) }
        let claim = entry.claim
        let added: [(key: String, value: JSONValue)] = [
            ("group", .string(entry.group.rawValue)),
            ("days_until", daysUntil(claim.event.date).map(JSONValue.int) ?? .null),
            ("when", .string(distance(to: claim.event.date))),
            ("evidence_count", .int(claim.evidence.count)),
            ("latest_evidence", claim.latestEvidence.map(json(for:)) ?? .null),
        ]
        let afterFlags = (fields.firstIndex { $0.key == "flags" } ?? fields.count - 1) + 1
        fields.insert(contentsOf: added, at: afterFlags)
        fields.append(("timeline", .array(entry.timeline.map(json(for:)))))
        return .object(fields)
    }

    func json(for point: StatusPoint) -> JSONValue {
        .object([
            ("date", .string(point.day.description)),
            ("from", .optional(point.from?.rawValue)),
            ("to", .string(point.status.rawValue)),
            ("because", .string(point.because)),
            ("rule", .optional(point.rule)),
            ("evidence", point.evidence.map(JSONValue.int) ?? .null),
            ("event_date", .optional(point.eventDate?.description)),
        ])
    }

    /// Days from the report day to the event: positive ahead, 0 while it lasts, negative once its
    /// last day has passed.
    public func daysUntil(_ date: EventDate?) -> Int? {
        guard let date else { return nil }
        if asOf < date.firstDay { return asOf.days(until: date.firstDay) }
        if date.lastDay < asOf { return -date.lastDay.days(until: asOf) }
        return 0
    }
}
