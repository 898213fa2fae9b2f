import ClaimConfig
import ClaimLedger
import ClaimPostgres

/// What moving claims between two stores did.
public struct TransferSummary: Sendable, CustomStringConvertible {
    public var added = 0
    public var updated = 0
    public var unchanged = 0

    public var description: String {
        "\(added) claim\(added == 1 ? "" : "s") added, \(updated) updated, \(unchanged) unchanged"
    }
}

extension Workspace {
    /// The database store that `ledger:` names, for `claims db`.
    func databaseStore() throws(RunnerFailure) -> PostgresClaimStore {
        guard let store = store as? PostgresClaimStore else {
            throw .invalidArgument(.notADatabaseLedger(configPath: configPath))
        }
        return store
    }

    /// `claims db migrate`: creates the schema, or brings it to this tool's layout.
    public func migrateDatabase() throws(RunnerFailure) -> (from: Int, to: Int) {
        let store = try databaseStore()
        do {
            return try store.migrate()
        } catch {
            throw .ledger(error)
        }
    }

    /// `claims db import DIR`: the folder's claims into the database.
    public func importIntoDatabase(from directory: String) throws(RunnerFailure) -> TransferSummary {
        try Self.transfer(from: ClaimStore(directory: directory, vocabulary: vocabulary), to: try databaseStore())
    }

    /// `claims db export DIR`: the database's claims into the folder, one YAML file per claim.
    public func exportFromDatabase(to directory: String) throws(RunnerFailure) -> TransferSummary {
        try Self.transfer(from: try databaseStore(), to: ClaimStore(directory: directory, vocabulary: vocabulary))
    }

    /// Copies every claim of `source` into `target` as one change: new claims are added, claims
    /// that gained evidence are updated, identical ones are left alone (so a second run changes
    /// nothing), and a claim whose recorded evidence differs is refused by the target's
    /// append-only check, with nothing written.
    static func transfer(from source: any ClaimStorage, to target: any ClaimStorage) throws(RunnerFailure) -> TransferSummary {
        do {
            let incoming = try source.loadAll()
            if incoming.hasErrors { throw RunnerFailure.invalidLedger(Diagnostics(incoming.issues)) }
            let lock = try target.lockForWriting()
            let present = try target.loadAll()
            if present.hasErrors { throw RunnerFailure.invalidLedger(Diagnostics(present.issues)) }
            let existing = Dictionary(present.claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var summary = TransferSummary()
            var changes: [(claim: Claim, isNew: Bool)] = []
            for claim in incoming.claims {
                switch existing[claim.id] {
                case nil:
                    summary.added += 1
                    changes.append((claim, true))
                case claim?:
                    summary.unchanged += 1
                default:
                    summary.updated += 1
                    changes.append((claim, false))
                }
            }
            try target.saveAll(changes, holding: lock)
            return summary
        } catch let error as RunnerFailure {
            throw error
        } catch let error as LedgerError {
            throw .ledger(error)
        } catch {
            throw .io(.unexpected("\(error)"))
        }
    }
}
