import ClaimIngest
import ClaimLedger
import ClaimText
import Foundation

public struct ImportOptions: Sendable {
    public var path: String
    /// Print what would change and write nothing.
    public var dryRun: Bool

    public init(path: String, dryRun: Bool = false) {
        self.path = path
        self.dryRun = dryRun
    }
}

public struct ImportSummary: Sendable {
    public var reviews = 0
    public var changes = IngestSummary()
    public var problems = 0

    public var description: String {
        "imported \(reviews) review\(reviews == 1 ? "" : "s"): \(changes.newClaims) new claims, \(changes.newEvidence) new evidence, "
            + "\(changes.statusChanges) status changes, \(changes.duplicates) already known, \(changes.skippedFindings) skipped"
    }
}

extension Workspace {
    /// Turns fact-checkers' ClaimReviews into evidence, through the same matching and rules as
    /// `ingest`: a review of a claim the ledger has becomes evidence for it, others new claims.
    /// Importing the same file again adds nothing.
    ///
    /// The rating becomes the status the evidence asserts when it names a status of the vocabulary
    /// (by label or id); otherwise the evidence asserts none and says why in its note.
    public func importClaimReviews(
        _ options: ImportOptions,
        at time: Timestamp = .now,
        change: (IngestChange) -> Void,
        problem: (Diagnostic) -> Void
    ) throws(RunnerFailure) -> ImportSummary {
        let contents = options.path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: options.path)
        guard let data = contents else {
            throw .io(.couldNotRead(path: options.path))
        }
        let (records, problems) = try ClaimReviewReader.records(in: data, file: options.path)
        problems.forEach(problem)
        let merge = try beginMerge(dryRun: options.dryRun, at: time)
        let lock = merge.lock
        var session = merge.session
        var summary = ImportSummary(reviews: records.count, problems: problems.filter { $0.severity == .error }.count)
        let analyzer = self.analyzer
        for record in records {
            let (description, evidence) = describe(record, analyzer: analyzer, at: time)
            let identifier = record.identifier.flatMap(ClaimID.init)
            let newID = identifier ?? ClaimID.slug(from: record.statement, date: description.date)
            let published = (record.claimDate ?? record.reviewDate)?.firstDay
            for item in session.merge(description, evidence: evidence, published: published, identifier: identifier, newID: newID) {
                summary.changes.count(item)
                change(item)
            }
        }
        if let lock {
            do { try session.saveChanges(holding: lock) } catch { throw .ledger(error) }
        }
        return summary
    }

    /// The review as an event description and a piece of evidence in the fact-checker's voice.
    private func describe(_ record: ClaimReviewRecord, analyzer: TextAnalyzer, at time: Timestamp) -> (EventDescription, Evidence) {
        let status = record.rating.flatMap(status(named:))
        var note: String?
        if let rating = record.rating, status == nil {
            note = "rating '\(rating)' is not a status in \(configPath); recorded without a status"
        }
        if let author = record.claimAuthor {
            note = (note.map { $0 + "; " } ?? "") + "claim made by \(author)" + (record.claimDate.map { " on \($0)" } ?? "")
        }
        // Reviews rarely carry the event's date or parties: read them from the claim's own words,
        // relative to when the claim was made.
        let found = analyzer.analyze(record.statement, published: (record.claimDate ?? record.reviewDate)?.firstDay)
        let finding = found.claims.first
        let date = record.eventDate ?? finding?.eventDate.flatMap(EventDate.init) ?? found.dates.lazy.compactMap(\.eventDate).first
        let participants = record.participants.isEmpty ? finding?.participants ?? [] : record.participants
        let reviewer = record.reviewer ?? record.reviewURL.flatMap { URL(string: $0)?.host } ?? "ClaimReview"
        let evidence = Evidence(
            source: Source(name: reviewer, url: record.reviewURL, published: record.reviewDate),
            saidBy: reviewer, quote: record.statement, asserts: status, cue: record.rating.map { "rating '\($0)'" },
            recordedBy: "claimreview_import", recordedAt: time, note: note, eventDate: date)
        let description = EventDescription(
            statement: record.statement, date: date, kind: finding?.kind, participants: participants,
            place: record.place ?? finding?.place, status: status)
        return (description, evidence)
    }

    /// The status whose label or id the rating names, ignoring case, spaces and underscores.
    func status(named rating: String) -> StatusID? {
        let key = { (text: String) in text.lowercased().replacingOccurrences(of: "_", with: " ").trimmingCharacters(in: .whitespaces) }
        let wanted = key(rating)
        return vocabulary.definitions.first { key($0.label) == wanted || key($0.id.rawValue) == wanted }?.id
    }
}
