import ClaimOutput
import ClaimRules

extension Workspace {
    /// The report as it stood at the end of `options.asOf`: claims with nothing published by then
    /// are left out, and statuses are those the rules (and people) had given by then.
    public func report(on claims: [Claim], _ options: ReportOptions) throws(RunnerFailure) -> ClaimReport {
        for status in options.statuses { try validate(status) }
        let maker = SnapshotMaker(evaluator: evaluator, graceDays: configuration.overdue.graceDays)
        let vocabulary = self.vocabulary
        // Each claim's replay is independent of the others: spread them over the cores.
        let entries = claims.concurrentMap { claim -> ReportEntry? in
            guard let snapshot = maker.snapshot(of: claim, asOf: options.asOf) else { return nil }
            let status = snapshot.claim.status
            let wanted = options.statuses.isEmpty ? vocabulary.isOpen(status) : options.statuses.contains(status)
            guard wanted else { return nil }
            return ReportEntry(
                claim: snapshot.claim, flags: snapshot.flags,
                group: ClaimReport.group(of: snapshot.claim, flags: snapshot.flags, asOf: options.asOf, soonDays: options.soonDays),
                timeline: snapshot.timeline)
        }.compactMap { $0 }
        return ClaimReport(asOf: options.asOf, soonDays: options.soonDays, statuses: options.statuses, entries: entries)
    }
}

extension Workspace {
    /// Who publishes this ledger's reports and reviews (`publisher:` in config.yaml), when configured.
    public var publisher: (name: String, url: String?)? {
        configuration.publisher.map { ($0.name, $0.url?.absoluteString) }
    }
}
