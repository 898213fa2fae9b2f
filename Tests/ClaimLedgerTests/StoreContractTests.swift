import ClaimCore
@testable import ClaimLedger
@testable import ClaimPostgres
import Foundation
import PostgresTestSupport
import Testing

/// The contract every ledger store keeps, run on the claims folder and on PostgreSQL alike.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible {
    case files, postgres
    var testDescription: String { rawValue }

    func makeStore() throws -> any ClaimStorage {
        switch self {
        case .files:
            return ClaimStore(directory: try makeTemporaryDirectory(), vocabulary: .standard)
        case .postgres:
            let server = try PostgresTestServer.shared()
            return PostgresClaimStore(url: server.url, schema: PostgresTestServer.freshSchema("store"), vocabulary: .standard)
        }
    }
}

@Suite("Ledger stores keep one contract")
struct StoreContractTests {
    @Test("a claim reads back exactly as it was written, awkward text included", arguments: StoreKind.allCases)
    func roundTrip(kind: StoreKind) throws {
        let store = try kind.makeStore()
        var claim = sampleClaim()
        claim.event.participants = ["Ministry of \"Defence\"", "O'Brien, {acting}", "back\\slash", "Ünïcode — 東京"]
        claim.tags = []
        var sparse = Claim(
            id: ClaimID("bare-claim")!, statement: "A claim with nothing optional", event: Event(),
            status: .proposed, created: Timestamp("2022-01-01T00:00:00Z")!)
        let added = sparse.record(Evidence(source: Source(name: "Desk"), recordedBy: "editor", recordedAt: Timestamp("2022-01-02T08:00:00Z")!))
        sparse.changeStatus(to: .proposed, at: Timestamp("2022-01-02T08:00:00Z")!, because: "added by hand", evidence: added, by: "editor")
        let lock = try store.lockForWriting()
        try store.saveAll([(claim, true), (sparse, true)], holding: lock)
        let loaded = try store.loadAll()
        #expect(loaded.issues.isEmpty)
        #expect(loaded.claims == [sparse, claim])
        #expect(try store.claim(withID: claim.id) == claim)
        #expect(try store.claimCount() == 2)
    }

    @Test("claims are listed in file-name order, 'a-2' before 'a'", arguments: StoreKind.allCases)
    func order(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let lock = try store.lockForWriting()
        for id in ["talks", "talks-2", "summit"] { try store.create(sampleClaim(id: id), holding: lock) }
        #expect(try store.loadAll().claims.map(\.id.rawValue) == ["summit", "talks-2", "talks"])
        #expect(store.unusedID(startingWith: ClaimID("talks")!) == ClaimID("talks-3"))
        #expect(store.unusedID(startingWith: ClaimID("vote")!) == ClaimID("vote"))
    }

    @Test("claims of some statuses come back whole, in file-name order", arguments: StoreKind.allCases)
    func byStatus(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let lock = try store.lockForWriting()
        let planned = sampleClaim(id: "talks")
        var held = sampleClaim(id: "summit")
        held.changeStatus(to: .happened, at: Timestamp("2022-01-11T09:00:00Z")!, because: "reported held", rule: "happened_report")
        var cancelled = sampleClaim(id: "council")
        cancelled.changeStatus(to: .cancelled, at: Timestamp("2022-01-09T09:00:00Z")!, because: "called off", rule: "cancelled_report")
        try store.saveAll([(planned, true), (held, true), (cancelled, true)], holding: lock)
        #expect(try store.loadClaims(withStatuses: [.happened, .cancelled]).claims == [cancelled, held])
        #expect(try store.loadClaims(withStatuses: [.proposed]).claims == [planned])
        #expect(try store.loadClaims(withStatuses: [.denied]).claims.isEmpty)
    }

    @Test("creating a claim whose id is taken fails and changes nothing", arguments: StoreKind.allCases)
    func createTaken(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let lock = try store.lockForWriting()
        let original = sampleClaim()
        try store.create(original, holding: lock)
        var other = sampleClaim()
        other.statement = "Something else entirely"
        #expect(throws: LedgerError.self) { try store.create(other, holding: lock) }
        #expect(try store.claim(withID: original.id) == original)
    }

    @Test("evidence is append-only: a save that drops or edits it is refused", arguments: StoreKind.allCases)
    func appendOnly(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let lock = try store.lockForWriting()
        let original = sampleClaim()
        try store.create(original, holding: lock)

        let appended = original.recording(Evidence(
            source: Source(name: "Second Wire", published: EventDate("2022-01-11")), asserts: .happened,
            recordedBy: "plain_text", recordedAt: Timestamp("2022-01-11T09:00:00Z")!))
        try store.save(appended, holding: lock)
        #expect(try store.claim(withID: original.id) == appended)

        let rewritten = Claim(
            id: original.id, statement: original.statement, event: original.event, status: original.status,
            created: original.created, evidence: [appended.evidence[1]])
        do {
            try store.save(rewritten, holding: lock)
            Issue.record("a save that rewrites evidence was accepted")
        } catch {
            guard case .evidenceRewritten(let id, _) = error else { throw error }
            #expect(id == original.id)
        }
        #expect(try store.claim(withID: original.id) == appended)
    }

    @Test("a change of several claims lands whole or not at all", arguments: StoreKind.allCases)
    func allOrNothing(kind: StoreKind) throws {
        let store = try kind.makeStore()
        let lock = try store.lockForWriting()
        let existing = sampleClaim(id: "existing")
        try store.create(existing, holding: lock)
        let fresh = sampleClaim(id: "fresh")
        #expect(throws: LedgerError.self) {
            try store.saveAll([(fresh, true), (existing, true)], holding: lock)
        }
        #expect(try store.loadAll().claims.map(\.id.rawValue) == ["existing"])
    }

    @Test("a missing claim is reported with the nearest id", arguments: StoreKind.allCases)
    func missing(kind: StoreKind) throws {
        let store = try kind.makeStore()
        try store.create(sampleClaim(id: "nato-council"), holding: try store.lockForWriting())
        do {
            _ = try store.claim(withID: ClaimID("nato-councl")!)
            Issue.record("a missing claim was found")
        } catch {
            guard case .noSuchClaim(_, _, let suggestion) = error else { throw error }
            #expect(suggestion == ClaimID("nato-council"))
        }
        #expect(!store.exists(ClaimID("nato-councl")!))
        #expect(store.exists(ClaimID("nato-council")!))
    }
}
