import ClaimLedger
import Foundation

/// Where a piece of evidence entered by hand comes from. Every field is optional.
public struct EvidenceDraft: Sendable {
    public var source: String?
    public var url: String?
    public var published: EventDate?
    public var saidBy: String?
    public var quote: String?

    public init(source: String? = nil, url: String? = nil, published: EventDate? = nil, saidBy: String? = nil, quote: String? = nil) {
        self.source = source
        self.url = url
        self.published = published
        self.saidBy = saidBy
        self.quote = quote
    }

    var isEmpty: Bool { source == nil && url == nil && published == nil && saidBy == nil && quote == nil }

    /// The source's name: as given, else the URL's host, else who said it, else a marker for hand entry.
    var sourceName: String {
        if let source, !source.isEmpty { return source }
        if let url, let host = URL(string: url)?.host { return host }
        return saidBy ?? "entered by hand"
    }
}

/// A claim to record by hand (`claims add`).
public struct ClaimDraft: Sendable {
    public var statement: String
    public var event: Event
    public var status: StatusID?
    public var id: ClaimID?
    public var tags: [String]
    public var evidence: EvidenceDraft

    public init(statement: String, event: Event, status: StatusID? = nil, id: ClaimID? = nil, tags: [String] = [], evidence: EvidenceDraft = EvidenceDraft()) {
        self.statement = statement
        self.event = event
        self.status = status
        self.id = id
        self.tags = tags
        self.evidence = evidence
    }
}

/// A status set by hand (`claims update`).
public struct StatusUpdate: Sendable {
    public var status: StatusID
    public var note: String?
    public var by: String?
    public var evidence: EvidenceDraft

    public init(status: StatusID, note: String? = nil, by: String? = nil, evidence: EvidenceDraft = EvidenceDraft()) {
        self.status = status
        self.note = note
        self.by = by
        self.evidence = evidence
    }
}

extension Workspace {
    /// The person at the keyboard, recorded as the author of hand-made entries.
    static var currentUser: String {
        let environment = ProcessInfo.processInfo.environment
        return environment["CLAIMS_USER"] ?? environment["USER"] ?? "unknown"
    }

    public func add(_ draft: ClaimDraft, at time: Timestamp = .now) throws(RunnerFailure) -> Claim {
        let status = draft.status ?? vocabulary.startingStatus
        try validate(status)
        let statement = draft.statement.trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            let lock = try store.lockForWriting()
            let id = draft.id ?? store.unusedID(startingWith: ClaimID.slug(from: statement, date: draft.event.date))
            var claim = Claim(id: id, statement: statement, event: draft.event, status: status, tags: draft.tags, created: time)
            var evidenceIndex: Int?
            if !draft.evidence.isEmpty {
                evidenceIndex = claim.record(evidence(from: draft.evidence, asserting: status, note: nil, at: time))
            }
            claim.changeStatus(to: status, at: time, because: "recorded by hand", evidence: evidenceIndex, by: Workspace.currentUser)
            try store.create(claim, holding: lock)
            return claim
        } catch {
            throw .ledger(error)
        }
    }

    public func update(id text: String, _ update: StatusUpdate, at time: Timestamp = .now) throws(RunnerFailure) -> Claim {
        try validate(update.status)
        let id = try claimID(text)
        do {
            let lock = try store.lockForWriting()
            var claim = try store.claim(withID: id)
            // A clock set back since the claim last changed must not date this change before that one:
            // reports order a person's changes by their dates.
            let at = max(time, claim.updated)
            let person = update.by ?? Workspace.currentUser
            let index = claim.record(evidence(from: update.evidence, asserting: update.status, note: update.note, at: at, by: person))
            claim.changeStatus(
                to: update.status, at: at, because: update.note ?? "set by hand", evidence: index, by: person)
            try store.save(claim, holding: lock)
            return claim
        } catch {
            throw .ledger(error)
        }
    }

    private func evidence(from draft: EvidenceDraft, asserting status: StatusID, note: String?, at time: Timestamp, by person: String? = nil) -> Evidence {
        Evidence(
            source: Source(name: draft.sourceName, url: draft.url, published: draft.published),
            saidBy: draft.saidBy, quote: draft.quote, asserts: status, cue: nil,
            recordedBy: person ?? Workspace.currentUser, recordedAt: time, note: note)
    }
}
