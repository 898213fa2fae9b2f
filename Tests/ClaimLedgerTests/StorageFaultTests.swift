import ClaimConfig
import ClaimCore
import Foundation
import Testing
@testable import ClaimLedger

/// The disk fills up or fails half way through a write, the lock file is removed under a writer:
/// each ends in a message naming the file and the cause, and nothing that was there before is lost.
@Suite(.serialized) struct StorageFaultTests {
    func extended(_ claim: Claim, by source: String) -> Claim {
        var copy = claim
        copy.record(Evidence(source: Source(name: source), asserts: .confirmed, recordedBy: "tester", recordedAt: Timestamp("2022-01-05T08:00:00Z")!))
        return copy
    }

    @Test func diskFullHalfWayThroughASaveLosesNothingAndIsFinishedLater() throws {
        let directory = try makeTemporaryDirectory()
        let store = ClaimStore(directory: directory, vocabulary: .standard)
        let ids = ["a-talks-2022-01-10", "b-talks-2022-01-11", "c-talks-2022-01-12"]
        let originals = ids.map { sampleClaim(id: $0) }
        do {
            let lock = try store.lock()
            try store.saveAll(originals.map { ($0, true) }, holding: lock)
            StorageFaults.plan(.init(pathSuffix: "\(directory)/b-talks-2022-01-11.yaml", errno: ENOSPC))
            let error = #expect(throws: LedgerError.self) {
                try store.saveAll(originals.map { (extended($0, by: "Second Wire"), false) }, holding: lock)
            }
            let message = error?.description ?? ""
            #expect(message.hasPrefix("\(directory)/b-talks-2022-01-11.yaml: error: could not write: No space left on device"))
        }
        // Every file is whole: the one that failed still holds its earlier version, no temporary file is left.
        let contents = try store.loadAll()
        #expect(contents.issues.isEmpty)
        #expect(try store.claim(withID: ClaimID("b-talks-2022-01-11")!) == originals[1])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).allSatisfy { !$0.hasPrefix(".tmp-") })
        // With space again, the next writer finishes the save from its journal.
        _ = try store.lock()
        #expect(try store.loadAll().claims.allSatisfy { $0.evidence.count == 2 })
    }

    @Test func anIOErrorWritingANewClaimLeavesNoFile() throws {
        let directory = try makeTemporaryDirectory()
        let store = ClaimStore(directory: directory, vocabulary: .standard)
        let lock = try store.lock()
        StorageFaults.plan(.init(pathSuffix: "\(directory)/russia-us-security-talks-2022-01-10.yaml", errno: EIO))
        let error = #expect(throws: LedgerError.self) { try store.create(sampleClaim(), holding: lock) }
        #expect(error?.description.contains("could not write: Input/output error") == true)
        #expect(!store.exists(sampleClaim().id))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).allSatisfy { !$0.hasPrefix(".tmp-") })
        try store.create(sampleClaim(), holding: lock)
        #expect(try store.claim(withID: sampleClaim().id) == sampleClaim())
    }

    /// A read-only ledger (a read-only mount, or a directory the user may not write to; injected,
    /// since root ignores permission bits): a writer is refused before it does any work, naming the
    /// directory and the cause, and the ledger is still read whole.
    @Test func aReadOnlyLedgerRefusesAWriterAndCanStillBeRead() throws {
        let directory = try makeTemporaryDirectory()
        let store = ClaimStore(directory: directory, vocabulary: .standard)
        try store.create(sampleClaim(), holding: try store.lock())
        StorageFaults.plan(.init(pathSuffix: directory, errno: EROFS, step: .create))
        let error = #expect(throws: LedgerError.self) { _ = try store.lock() }
        #expect(error?.description == "\(directory): error: could not write in the claims directory: Read-only file system")
        #expect(try store.loadAll().claims == [sampleClaim()])
    }

    /// The directory stops taking new files half way through a save (permissions changed under a
    /// running ingest): the message names the claim file, every file keeps a whole version, and the
    /// next writer finishes the save once the directory is writable again.
    @Test func aDirectoryThatTurnsReadOnlyMidSaveLosesNothing() throws {
        let directory = try makeTemporaryDirectory()
        let store = ClaimStore(directory: directory, vocabulary: .standard)
        let originals = ["a-vote-2022-02-01", "b-vote-2022-02-02"].map { sampleClaim(id: $0) }
        do {
            let lock = try store.lock()
            try store.saveAll(originals.map { ($0, true) }, holding: lock)
            StorageFaults.plan(.init(pathSuffix: "\(directory)/b-vote-2022-02-02.yaml", errno: EACCES, step: .create))
            let error = #expect(throws: LedgerError.self) {
                try store.saveAll(originals.map { (extended($0, by: "Second Wire"), false) }, holding: lock)
            }
            #expect(error?.description == "\(directory)/b-vote-2022-02-02.yaml: error: could not create a file in '\(directory)' to write it: Permission denied")
        }
        #expect(try store.loadAll().issues.isEmpty)
        #expect(try store.claim(withID: ClaimID("b-vote-2022-02-02")!) == originals[1])
        _ = try store.lock()
        #expect(try store.loadAll().claims.allSatisfy { $0.evidence.count == 2 })
    }

    /// Someone removes the lock file while a writer holds it: a second writer then locks a new file,
    /// and the first must stop rather than write beside it.
    @Test func aWriterWhoseLockFileWasRemovedStops() throws {
        let directory = try makeTemporaryDirectory()
        let store = ClaimStore(directory: directory, vocabulary: .standard)
        let first = try store.lock()
        try store.create(sampleClaim(), holding: first)
        try FileManager.default.removeItem(atPath: "\(directory)/.lock")
        let second = try store.lock()
        let error = #expect(throws: LedgerError.self) { try store.save(extended(sampleClaim(), by: "Late Wire"), holding: first) }
        #expect(error?.description.hasPrefix("\(directory)/.lock: error: the ledger lock was removed while this command held it") == true)
        try store.save(extended(sampleClaim(), by: "Second Wire"), holding: second)
        #expect(try store.claim(withID: sampleClaim().id).evidence.last?.source.name == "Second Wire")
    }
}
