import ClaimIngest
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

extension Workspace {
    /// Starts merging new evidence into the ledger, as `ingest` and `import` do: takes the write
    /// lock (not for a dry run), loads the whole ledger, and refuses a ledger with invalid files,
    /// since matching against part of it could open duplicates of claims it cannot read.
    func beginMerge(dryRun: Bool, at time: Timestamp) throws(RunnerFailure) -> (lock: (any LedgerWriteLock)?, session: IngestSession) {
        let lock: (any LedgerWriteLock)?
        do {
            lock = dryRun ? nil : try store.lockForWriting()
        } catch {
            throw .ledger(error)
        }
        let ledger = try loadLedger()
        if ledger.hasErrors { throw .invalidLedger(Diagnostics(ledger.issues)) }
        let matcher = ClaimMatcher(claims: ledger.claims, threshold: configuration.matching.threshold, vocabulary: vocabulary)
        let session = IngestSession(
            store: store, vocabulary: vocabulary, recordPastEvents: configuration.ingest.recordPastEvents,
            matcher: matcher, evaluator: evaluator, time: time)
        return (lock, session)
    }
}
