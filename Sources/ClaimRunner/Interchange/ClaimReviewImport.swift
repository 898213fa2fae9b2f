import ClaimConfig
import ClaimIngest
import ClaimLedger
import ClaimText
import Foundation

public struct ImportOptions: Sendable {
    public var path: String
    /// Print what would change and write nothing.
    public var dryRun: Bool
    /// Read only reviews of this shape; nil reads all three.
    public var shape: ReviewShape?

    public init(path: String, dryRun: Bool = false, shape: ReviewShape? = nil) {
        self.path = path
        self.dryRun = dryRun
        self.shape = shape
    }
}

public struct ImportSummary: Sendable {
    public var reviews = 0
    /// Reviews read but not recorded (no claim text, no date).
    public var skipped = 0
    public var changes = IngestSummary()
    public var problems = 0

    public var description: String {
        "imported \(reviews) review\(reviews == 1 ? "" : "s")" + (skipped > 0 ? " (\(skipped) skipped)" : "") + ": \(changes.newClaims) new claims, \(changes.newEvidence) new evidence, "
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
        progress: (_ bytesRead: Int, _ totalBytes: Int?) -> Void = { _, _ in },
        change: (IngestChange) -> Void,
        problem: (Diagnostic) -> Void
    ) throws(RunnerFailure) -> ImportSummary {
        let handle: FileHandle
        if options.path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let file = FileHandle(forReadingAtPath: options.path) else { throw .io(.couldNotRead(path: options.path)) }
            handle = file
        }
        defer { if options.path != "-" { try? handle.close() } }
        let totalBytes = options.path == "-" ? nil : (try? FileManager.default.attributesOfItem(atPath: options.path)[.size] as? Int)

        let merge = try beginMerge(dryRun: options.dryRun, at: time)
        var session = merge.session
        var summary = ImportSummary()
        var unmappedRatings: [String: Int] = [:]
        var reader = ClaimReviewReader(file: options.path, shape: options.shape)
        let analyzer = self.analyzer
        try reader.read(handle, progress: { progress($0, totalBytes) }) { record throws(RunnerFailure) in
            let assessment = assess(record)
            if case .unmapped(let rating) = assessment { unmappedRatings[rating, default: 0] += 1 }
            let (description, evidence) = describe(record, assessment: assessment, analyzer: analyzer, at: time)
            guard let date = description.date else {
                summary.skipped += 1
                problem(RunnerMessage.reviewWithoutDate.about(options.path, item: "review \(record.position)"))
                return
            }
            summary.reviews += 1
            let identifier = record.identifier.flatMap(ClaimID.init)
            let newID = identifier ?? ClaimID.slug(from: record.statement, date: date)
            let published = (record.claimDate ?? record.reviewDate)?.firstDay
            for item in session.merge(description, evidence: evidence, published: published, identifier: identifier, newID: newID) {
                summary.changes.count(item)
                change(item)
            }
        }
        reader.problems.forEach(problem)
        summary.skipped += reader.problems.count { $0.item != nil && $0.severity == .error }
        summary.problems = reader.problems.count { $0.severity == .error }
        for (rating, count) in unmappedRatings.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            problem(RunnerMessage.unmappedRating(rating, reviews: count, configPath: configPath).about(options.path))
        }
        if let lock = merge.lock {
            do { try session.saveChanges(holding: lock) } catch { throw .ledger(error) }
        }
        return summary
    }

    /// What a review's rating says of the event.
    enum RatingAssessment {
        case status(StatusID)
        /// Mapped to no status on purpose (`none` in `ratings:`), or no rating at all.
        case noStatus(rating: String?)
        /// A rating `ratings:` does not know.
        case unmapped(String)
    }

    /// The rating as a status: one that names a status (by label or id), then `ratings.text`, then
    /// `ratings.numeric`.
    func assess(_ record: ClaimReviewRecord) -> RatingAssessment {
        let ratings = configuration.ratings ?? Configuration.defaults.ratings ?? Configuration.Ratings()
        func assessment(_ outcome: Configuration.RatingOutcome, rating: String?) -> RatingAssessment {
            switch outcome {
            case .status(let id) where vocabulary.contains(id): return .status(id)
            case .status(let id):
                // The defaults' ratings name the default ids; a renamed vocabulary has the same roles.
                let role = StatusVocabulary.standard.role(of: id)
                return role.flatMap(vocabulary.primaryStatus(for:)).map { .status($0) } ?? .noStatus(rating: rating)
            case .noStatus: return .noStatus(rating: rating)
            }
        }
        if let rating = record.rating {
            if let named = status(named: rating) { return .status(named) }
            if let outcome = ratings.outcome(forText: rating) { return assessment(outcome, rating: rating) }
        }
        if let value = record.numericRating, let outcome = ratings.outcome(forFraction: value) {
            return assessment(outcome, rating: record.rating)
        }
        return record.rating.map { .unmapped($0) } ?? .noStatus(rating: nil)
    }

    /// The review as an event description and a piece of evidence in the fact-checker's voice.
    private func describe(_ record: ClaimReviewRecord, assessment: RatingAssessment, analyzer: TextAnalyzer, at time: Timestamp) -> (EventDescription, Evidence) {
        var status: StatusID?
        var note: String?
        switch assessment {
        case .status(let id): status = id
        case .noStatus(let rating?): note = "rating '\(rating)' asserts no status ('none' in the ratings of \(configPath))"
        case .unmapped(let rating): note = "rating '\(rating)' is in no list of ratings in \(configPath); recorded without a status"
        case .noStatus(nil): break
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
