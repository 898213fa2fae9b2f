import ClaimCore
@testable import ClaimLedger
@testable import ClaimPostgres
import Foundation
import PostgresTestSupport
import Testing

/// What only the database store does: its schema, its own guard of the evidence trail, its lock.
@Suite("PostgreSQL store")
struct PostgresStoreTests {
    func makeStore(_ label: String = "pg") throws -> (PostgresClaimStore, PostgresTestServer) {
        let server = try PostgresTestServer.shared()
        return (PostgresClaimStore(url: server.url, schema: PostgresTestServer.freshSchema(label), vocabulary: .standard), server)
    }

    @Test("migrate creates the schema once; running it again changes nothing")
    func migrate() throws {
        let (store, _) = try makeStore()
        let first = try store.migrate()
        #expect(first.from == 0 && first.to == PostgresSchema.latestVersion)
        let second = try store.migrate()
        #expect(second.from == PostgresSchema.latestVersion && second.to == PostgresSchema.latestVersion)
    }

    @Test("a schema written by a newer tool is refused, not written with an older layout")
    func newerSchema() throws {
        let (store, server) = try makeStore()
        try store.migrate()
        let connection = try PostgresConnection(url: server.url)
        try connection.execute("UPDATE \(store.schema).schema_version SET version = 99")
        let fresh = PostgresClaimStore(url: server.url, schema: store.schema, vocabulary: .standard)
        do {
            _ = try fresh.loadAll()
            Issue.record("a newer schema was read")
        } catch {
            #expect(error.description.contains("version 99, newer than this tool's"))
        }
    }

    @Test("the database itself refuses to change or delete recorded evidence, whoever connects")
    func evidenceAppendOnlyInDatabase() throws {
        let (store, server) = try makeStore()
        try store.create(sampleClaim(), holding: try store.lockForWriting())
        let connection = try PostgresConnection(url: server.url)
        for statement in [
            "UPDATE \(store.schema).evidence SET quote = 'rewritten'",
            "DELETE FROM \(store.schema).evidence",
            "TRUNCATE \(store.schema).evidence CASCADE",
        ] {
            do {
                try connection.execute(statement)
                Issue.record("the database accepted: \(statement)")
            } catch {
                #expect(error.message.contains("append-only"), "\(error.message)")
            }
        }
        #expect(try store.claim(withID: sampleClaim().id) == sampleClaim())
    }

    @Test("a row the vocabulary cannot read is reported with its claim, and that claim is left out whole")
    func unreadableRow() throws {
        let (store, server) = try makeStore()
        let lock = try store.lockForWriting()
        try store.create(sampleClaim(id: "good"), holding: lock)
        try store.create(sampleClaim(id: "odd"), holding: lock)
        let connection = try PostgresConnection(url: server.url)
        try connection.execute("UPDATE \(store.schema).history SET to_status = 'maybe' WHERE claim_id = 'odd'")
        let loaded = try store.loadAll()
        #expect(loaded.claims.map(\.id.rawValue) == ["good"])
        #expect(loaded.hasErrors)
        #expect(loaded.issues.first?.description.contains("claim odd") == true)
        #expect(loaded.issues.first?.description.contains("unknown status 'maybe'") == true)
    }

    @Test("a second writer waits for the first to let go of the lock")
    func writersTakeTurns() throws {
        let (store, server) = try makeStore()
        var first: (any LedgerWriteLock)? = try store.lockForWriting()
        let other = PostgresClaimStore(url: server.url, schema: store.schema, vocabulary: .standard)
        let acquired = Flag()
        let thread = Thread {
            if let lock = try? other.lockForWriting() {
                acquired.set()
                _ = lock
            }
        }
        thread.start()
        Thread.sleep(forTimeInterval: 0.5)
        #expect(!acquired.isSet, "the second writer got the lock while the first held it")
        first = nil
        _ = first
        let deadline = Date().addingTimeInterval(10)
        while !acquired.isSet && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(acquired.isSet, "the second writer never got the lock")
    }
}

private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}
