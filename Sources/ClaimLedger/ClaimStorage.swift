import ClaimCore

/// Proof that the caller holds a ledger's write lock; every write takes one.
public protocol LedgerWriteLock: AnyObject {
    /// Throws when the lock was lost (its file removed, its database session gone), so the
    /// writer stops before its changes could interleave with another writer's.
    func verifyHeld() throws(LedgerError)
}

extension LedgerLock: LedgerWriteLock {}

/// Where the claims live. The folder of YAML files (`ClaimStore`) and a PostgreSQL schema
/// (`ClaimPostgres.PostgresClaimStore`) both keep this contract, and one test suite checks both:
/// writers hold the write lock for their whole read-modify-write, a multi-claim save lands whole or
/// not at all, and no save drops or changes evidence that is already recorded.
public protocol ClaimStorage: Sendable {
    var vocabulary: StatusVocabulary { get }
    /// The ledger as messages name it: the claims folder, or the database schema.
    var location: String { get }
    /// Where one claim lives, for messages: its file, or its row in the database.
    func path(for id: ClaimID) -> String

    /// Waits for other writers, then holds the ledger for this one until the lock is released.
    func lockForWriting() throws(LedgerError) -> any LedgerWriteLock
    /// Every claim; unreadable claims are reported in the contents' issues and skipped.
    func loadAll() throws(LedgerError) -> LedgerContents
    /// The claims with one of `statuses` (what `list --status` asks); a store with an index on
    /// status reads only those.
    func loadClaims(withStatuses statuses: Set<StatusID>) throws(LedgerError) -> LedgerContents
    func claim(withID id: ClaimID) throws(LedgerError) -> Claim
    func exists(_ id: ClaimID) -> Bool
    /// How many claims the ledger holds (readable or not), for `check`'s summary.
    func claimCount() throws(LedgerError) -> Int
    /// `base`, or `base-2`, `base-3` … whichever is free.
    func unusedID(startingWith base: ClaimID) -> ClaimID

    func create(_ claim: Claim, holding lock: any LedgerWriteLock) throws(LedgerError)
    func save(_ claim: Claim, holding lock: any LedgerWriteLock) throws(LedgerError)
    /// Writes several claims as one change. `isNew` claims must not exist yet; the others keep
    /// their earlier evidence.
    func saveAll(_ changes: [(claim: Claim, isNew: Bool)], holding lock: any LedgerWriteLock) throws(LedgerError)
}

extension ClaimStorage {
    /// Reads every claim and keeps the asked ones; every problem of the ledger is still reported.
    public func loadClaims(withStatuses statuses: Set<StatusID>) throws(LedgerError) -> LedgerContents {
        var contents = try loadAll()
        contents.claims.removeAll { !statuses.contains($0.status) }
        return contents
    }

    public func unusedID(startingWith base: ClaimID) -> ClaimID {
        guard exists(base) else { return base }
        var counter = 2
        while true {
            if let candidate = ClaimID("\(base.rawValue)-\(counter)"), !exists(candidate) { return candidate }
            counter += 1
        }
    }
}

extension ClaimStore: ClaimStorage {
    public var location: String { directory }
    public func lockForWriting() throws(LedgerError) -> any LedgerWriteLock { try lock() }
    public func claimCount() throws(LedgerError) -> Int { try claimFileNames().count }
}
