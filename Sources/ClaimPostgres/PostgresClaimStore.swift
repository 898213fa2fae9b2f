import ClaimCore
import ClaimLedger
import Foundation

/// The ledger in a PostgreSQL schema, for a desk of writers on several machines.
///
/// Writers serialize on a session-level advisory lock keyed by the schema — the database's
/// counterpart of the folder's `.lock` — held for the whole read-match-write of an `ingest`, so two
/// jobs that find the same event never both create a claim for it. Each save is one transaction.
/// Readers need no lock: they read one snapshot (repeatable read), never a half-applied save.
public final class PostgresClaimStore: ClaimStorage, @unchecked Sendable {
    public let url: String
    public let schema: String
    public let vocabulary: StatusVocabulary

    /// One connection per store, opened on first use; calls are serialized by `mutex`.
    private var openConnection: PostgresConnection?
    private let mutex = NSRecursiveLock()

    public init(url: String, schema: String, vocabulary: StatusVocabulary) {
        self.url = url
        self.schema = schema
        self.vocabulary = vocabulary
    }

    public var location: String { "\(url) (schema \(schema))" }

    public func path(for id: ClaimID) -> String { "\(location) claim \(id)" }

    // MARK: Schema

    /// Brings the schema to this tool's layout; returns the versions before and after.
    @discardableResult
    public func migrate() throws(LedgerError) -> (from: Int, to: Int) {
        try withConnection(migrating: false) { (connection: PostgresConnection) throws -> (from: Int, to: Int) in try self.migrate(connection) }
    }

    private func migrate(_ connection: PostgresConnection) throws -> (from: Int, to: Int) {
        try connection.execute("SELECT pg_advisory_lock(hashtext($1))", ["\(schema):migrate"])
        defer { _ = try? connection.execute("SELECT pg_advisory_unlock(hashtext($1))", ["\(schema):migrate"]) }
        try connection.executeScript("""
            CREATE SCHEMA IF NOT EXISTS \(schema);
            CREATE TABLE IF NOT EXISTS \(schema).schema_version (version integer NOT NULL);
            """)
        let current = try schemaVersion(connection) ?? 0
        guard current <= PostgresSchema.latestVersion else { throw newerSchema(current) }
        for version in (current + 1)..<(PostgresSchema.latestVersion + 1) {
            try connection.transaction { () throws -> Void in
                try connection.executeScript(PostgresSchema.sql(PostgresSchema.migrations[version - 1], schema: schema))
                try connection.execute("DELETE FROM \(schema).schema_version")
                try connection.execute("INSERT INTO \(schema).schema_version (version) VALUES ($1)", [String(version)])
            }
        }
        return (current, PostgresSchema.latestVersion)
    }

    /// Nil when the schema has no version table yet.
    private func schemaVersion(_ connection: PostgresConnection) throws -> Int? {
        let table = try connection.execute("SELECT to_regclass($1)::text", ["\(schema).schema_version"])
        guard table[0, 0] != nil else { return nil }
        let rows = try connection.execute("SELECT max(version) FROM \(schema).schema_version")
        return Int(rows[0, 0] ?? "0") ?? 0
    }

    private func newerSchema(_ version: Int) -> LedgerError {
        .database(location: location, operation: "use the ledger",
                  message: "its schema is version \(version), newer than this tool's \(PostgresSchema.latestVersion); update claims")
    }

    // MARK: ClaimStorage

    public func lockForWriting() throws(LedgerError) -> any LedgerWriteLock {
        try withConnection { (connection: PostgresConnection) throws -> any LedgerWriteLock in
            try connection.execute("SELECT pg_advisory_lock(hashtext($1))", [schema])
            return PostgresWriteLock(store: self, connection: connection)
        }
    }

    public func loadAll() throws(LedgerError) -> LedgerContents {
        try withConnection { (connection: PostgresConnection) throws -> LedgerContents in
            try self.snapshot(connection) { try self.read(connection, where: "true", []) }
        }
    }

    /// Served by the index on status: only the asked claims' rows leave the database.
    public func loadClaims(withStatuses statuses: Set<StatusID>) throws(LedgerError) -> LedgerContents {
        let wanted = [PostgresRecords.arrayLiteral(statuses.map(\.rawValue).sorted())]
        return try withConnection { (connection: PostgresConnection) throws -> LedgerContents in
            try self.snapshot(connection) { try self.read(connection, where: "status = ANY($1::text[])", wanted) }
        }
    }

    public func claim(withID id: ClaimID) throws(LedgerError) -> Claim {
        let found = try withConnection { (connection: PostgresConnection) throws -> LedgerContents in
            try self.snapshot(connection) { try self.read(connection, where: "id = $1", [id.rawValue]) }
        }
        if let claim = found.claims.first { return claim }
        if !found.issues.isEmpty { throw .invalidClaimFile(Diagnostics(found.issues)) }
        let known: [String] = (try? withConnection { (connection: PostgresConnection) throws -> [String] in
            let rows = try connection.execute("SELECT id FROM \(schema).claims").rows
            return rows.compactMap { (row: [String?]) -> String? in row[0] }
        }) ?? []
        throw .noSuchClaim(id, directory: location, suggestion: nearestName(to: id.rawValue, in: known).flatMap(ClaimID.init))
    }

    public func exists(_ id: ClaimID) -> Bool {
        let found: Bool? = try? withConnection { (connection: PostgresConnection) throws -> Bool in
            let rows = try connection.execute("SELECT 1 FROM \(schema).claims WHERE id = $1", [id.rawValue])
            return rows.count > 0
        }
        return found ?? false
    }

    public func claimCount() throws(LedgerError) -> Int {
        try withConnection { (connection: PostgresConnection) throws -> Int in
            let rows = try connection.execute("SELECT count(*) FROM \(schema).claims")
            return Int(rows[0, 0] ?? "0") ?? 0
        }
    }

    public func create(_ claim: Claim, holding lock: any LedgerWriteLock) throws(LedgerError) {
        try saveAll([(claim, true)], holding: lock)
    }

    public func save(_ claim: Claim, holding lock: any LedgerWriteLock) throws(LedgerError) {
        try saveAll([(claim, false)], holding: lock)
    }

    /// One transaction: every claim of the change lands, or none does.
    public func saveAll(_ changes: [(claim: Claim, isNew: Bool)], holding lock: any LedgerWriteLock) throws(LedgerError) {
        try lock.verifyHeld()
        try withConnection { (connection: PostgresConnection) throws -> Void in
            try connection.transaction { () throws -> Void in
                for (claim, isNew) in changes {
                    try self.write(claim, isNew: isNew, connection)
                }
            }
        }
    }

    // MARK: Private

    /// One snapshot for the three tables: a save committed meanwhile is seen whole or not at all.
    private func snapshot<T>(_ connection: PostgresConnection, _ body: () throws -> T) throws -> T {
        try connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        defer { _ = try? connection.execute("COMMIT") }
        return try body()
    }

    /// The claims a condition on the claims table selects, with their evidence and history.
    private func read(_ connection: PostgresConnection, where condition: String, _ parameters: [String?]) throws -> LedgerContents {
        let chosen = "SELECT id FROM \(schema).claims WHERE \(condition)"
        let rows = try connection.execute("\(PostgresRecords.claimColumns) FROM \(schema).claims WHERE \(condition)", parameters)
        let evidence = try connection.execute(
            "\(PostgresRecords.evidenceColumns) FROM \(schema).evidence WHERE claim_id IN (\(chosen)) ORDER BY claim_id, position", parameters)
        let history = try connection.execute(
            "\(PostgresRecords.historyColumns) FROM \(schema).history WHERE claim_id IN (\(chosen)) ORDER BY claim_id, position", parameters)
        var decoder = PostgresRecords(location: location, vocabulary: vocabulary)
        let claims = decoder.claims(rows: rows, evidence: evidence, history: history)
        return LedgerContents(claims: claims, issues: decoder.issues)
    }

    private func write(_ claim: Claim, isNew: Bool, _ connection: PostgresConnection) throws {
        let id = claim.id.rawValue
        var recorded = 0
        if isNew {
            do {
                try connection.execute("INSERT INTO \(schema).claims (\(PostgresRecords.claimFields)) VALUES (\(PostgresRecords.placeholders(10)))",
                                       PostgresRecords.values(of: claim))
            } catch {
                // (A `catch where` on this typed error sends Swift 6.3's SIL passes into a loop.)
                if error.sqlState == PostgresError.uniqueViolation {
                    throw LedgerError.claimExists(claim.id, path: path(for: claim.id))
                }
                throw error
            }
        } else {
            // The stored trail must be a prefix of the new one: evidence is only ever appended.
            let stored = try read(connection, where: "id = $1", [id]).claims.first
            if let stored {
                guard claim.evidence.count >= stored.evidence.count,
                      Array(claim.evidence.prefix(stored.evidence.count)) == stored.evidence
                else { throw LedgerError.evidenceRewritten(claim.id, path: path(for: claim.id)) }
                recorded = stored.evidence.count
                try connection.execute(
                    "UPDATE \(schema).claims SET (\(PostgresRecords.claimFields)) = (\(PostgresRecords.placeholders(10))) WHERE id = $1",
                    PostgresRecords.values(of: claim))
                try connection.execute("DELETE FROM \(schema).history WHERE claim_id = $1", [id])
            } else {
                try connection.execute("INSERT INTO \(schema).claims (\(PostgresRecords.claimFields)) VALUES (\(PostgresRecords.placeholders(10)))",
                                       PostgresRecords.values(of: claim))
            }
        }
        for (position, evidence) in claim.evidence.enumerated().dropFirst(recorded) {
            try connection.execute(
                "INSERT INTO \(schema).evidence (\(PostgresRecords.evidenceFields)) VALUES (\(PostgresRecords.placeholders(14)))",
                PostgresRecords.values(of: evidence, claim: id, position: position))
        }
        for (position, change) in claim.history.enumerated() {
            try connection.execute(
                "INSERT INTO \(schema).history (\(PostgresRecords.historyFields)) VALUES (\(PostgresRecords.placeholders(10)))",
                PostgresRecords.values(of: change, claim: id, position: position))
        }
    }

    /// Runs `body` on the store's connection, opening it (and creating or updating the schema) on
    /// first use; database errors become `LedgerError`s naming the store.
    func withConnection<T>(migrating: Bool = true, _ body: (PostgresConnection) throws -> T) throws(LedgerError) -> T {
        mutex.lock()
        defer { mutex.unlock() }
        do {
            let connection: PostgresConnection
            if let open = openConnection, open.isAlive {
                connection = open
            } else {
                connection = try PostgresConnection(url: url)
                if migrating {
                    let version = try schemaVersion(connection)
                    if version == nil || version! < PostgresSchema.latestVersion { _ = try migrate(connection) }
                    if let version, version > PostgresSchema.latestVersion { throw newerSchema(version) }
                }
                openConnection = connection
            }
            return try body(connection)
        } catch let error as LedgerError {
            throw error
        } catch let error as PostgresError {
            throw .database(location: location, operation: "use the ledger", message: error.message)
        } catch {
            throw .database(location: location, operation: "use the ledger", message: "\(error)")
        }
    }
}

/// The advisory lock of one writer; released when the writer lets go of it, or by the server
/// when the writer's connection ends (a killed process never leaves the ledger locked).
final class PostgresWriteLock: LedgerWriteLock {
    private let store: PostgresClaimStore
    private let connection: PostgresConnection

    init(store: PostgresClaimStore, connection: PostgresConnection) {
        self.store = store
        self.connection = connection
    }

    func verifyHeld() throws(LedgerError) {
        guard connection.isAlive else { throw .lockLost(path: store.location) }
    }

    deinit {
        _ = try? store.withConnection { (connection: PostgresConnection) throws -> Void in
            try connection.execute("SELECT pg_advisory_unlock(hashtext($1))", [store.schema])
        }
    }
}
