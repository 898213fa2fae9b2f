import ClaimCore

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

    public init() {}
}
