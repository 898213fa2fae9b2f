import ClaimLedger
import ClaimRules
import ClaimText

public struct IngestOptions: Sendable {
    public var paths: [String]
    public var published: CalendarDay?
    /// Print what would change and write nothing.
    public var dryRun: Bool

    public init(paths: [String], published: CalendarDay? = nil, dryRun: Bool = false) {
        self.paths = paths
        self.published = published
        self.dryRun = dryRun
    }
}

/// One thing `ingest` did (or, with `--dry-run`, would do), in the order it happened.
public enum IngestChange: Sendable {
    /// `nearest` is the best existing claim that did not reach the matching threshold, if any.
    case newClaim(Claim, source: String, nearest: (id: ClaimID, score: MatchScore)? = nil)
    case evidenceAdded(ClaimID, evidence: Evidence, index: Int, match: MatchScore)
    case statusChanged(ClaimID, StatusChange)
    /// A person set the status by hand; the rules would say otherwise, and are not obeyed.
    case manualStatusKept(ClaimID, manual: StatusID, rulesSay: StatusID, rule: String)
    /// A finding that neither matched a claim nor became one.
    case findingSkipped(statement: String, source: String, reason: String)
    /// Evidence already in the trail (the same document ingested again).
    case duplicateSkipped(ClaimID)
}

public struct IngestSummary: Sendable {
    public var documents = 0
    public var findings = 0
    public var newClaims = 0
    public var newEvidence = 0
    public var statusChanges = 0
    public var duplicates = 0
    public var skippedFindings = 0
    public var problems = 0

    public var hasErrors: Bool { problems > 0 }
}

extension Workspace {
    /// Runs the extractors over `paths` and merges every finding into the ledger: new evidence for
    /// the claim it speaks of, or a new claim; then lets the rules move statuses.
    ///
    /// The whole run holds the ledger lock. Changed claims are saved every few documents and at
    /// the end; an interrupted run can simply be repeated, since evidence already present is skipped.
    public func ingest(
        _ options: IngestOptions,
        at time: Timestamp = .now,
        change: (IngestChange) -> Void,
        problem: (Diagnostic) -> Void,
        progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) async throws(RunnerFailure) -> IngestSummary {
        let merge = try beginMerge(dryRun: options.dryRun, at: time)
        let lock = merge.lock
        var session = merge.session
        var summary = IngestSummary()
        var documentsSinceSave = 0
        var saveFailure: LedgerError?

        let extraction = await extract(
            ExtractionOptions(paths: options.paths, published: options.published),
            document: { extracted in
                summary.documents += 1
                summary.findings += extracted.analysis.claims.count
                for item in session.merge(extracted) {
                    summary.count(item)
                    change(item)
                }
                documentsSinceSave += 1
                if let lock, documentsSinceSave >= 50, saveFailure == nil {
                    documentsSinceSave = 0
                    do throws(LedgerError) { try session.saveChanges(holding: lock) } catch { saveFailure = error }
                }
            },
            problem: problem,
            progress: progress)
        summary.problems = extraction.errors
        if let saveFailure { throw .ledger(saveFailure) }
        if let lock {
            do { try session.saveChanges(holding: lock) } catch { throw .ledger(error) }
        }
        return summary
    }
}

extension IngestSummary {
    mutating func count(_ change: IngestChange) {
        switch change {
        case .newClaim: newClaims += 1
        case .evidenceAdded: newEvidence += 1
        case .statusChanged: statusChanges += 1
        case .manualStatusKept: break
        case .findingSkipped: skippedFindings += 1
        case .duplicateSkipped: duplicates += 1
        }
    }

    public var description: String {
        "ingested \(documents) document\(documents == 1 ? "" : "s"): \(findings) findings, \(newClaims) new claims, "
            + "\(newEvidence) new evidence, \(statusChanges) status changes, \(duplicates) already known, \(skippedFindings) skipped"
    }
}
