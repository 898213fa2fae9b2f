import ClaimConfig
import ClaimCore
import Foundation
import Testing
@testable import ClaimLedger

/// A save of several claims is one change: killed half way, it is completed by the next writer.
@Suite struct SaveJournalTests {
    @Test func savingSeveralClaimsLeavesNoJournal() throws {
        let directory = try makeTemporaryDirectory()
        let store = ClaimStore(directory: directory, vocabulary: .standard)
        let lock = try store.lock()
        try store.saveAll([(sampleClaim(), true), (sampleClaim(id: "nato-council-2022-01-12"), true)], holding: lock)
        #expect(try store.loadAll().claims.count == 2)
        #expect(!FileManager.default.fileExists(atPath: SaveJournal.path(in: directory)))
        // A claim that would lose evidence fails the whole save before anything is written.
        var shorter = sampleClaim(id: "nato-council-2022-01-12")
        shorter = Claim(id: shorter.id, statement: "changed", event: shorter.event, status: shorter.status, created: shorter.created)
        #expect(throws: LedgerError.self) {
            try store.saveAll([(sampleClaim(id: "a-third-claim-2022-02-01"), true), (shorter, false)], holding: lock)
        }
        #expect(!store.exists(ClaimID("a-third-claim-2022-02-01")!))
    }

    /// A writer killed after the journal and one of two files: the next writer to take the lock
    /// writes the other one.
    @Test func anInterruptedSaveIsFinishedByTheNextWriter() throws {
        let directory = try makeTemporaryDirectory()
        let store = ClaimStore(directory: directory, vocabulary: .standard)
        let first = sampleClaim(), second = sampleClaim(id: "nato-council-2022-01-12")
        let entries = try [first, second].map { SaveJournal.Entry(name: "\($0.id.rawValue).yaml", text: try ClaimFileFormat.yamlText(for: $0)) }
        try SaveJournal.write(entries, in: directory)
        try entries[0].text.write(toFile: "\(directory)/\(entries[0].name)", atomically: true, encoding: .utf8)
        #expect(!store.exists(second.id))

        _ = try store.lock()
        #expect(try store.claim(withID: second.id) == second)
        #expect(try store.claim(withID: first.id) == first)
        #expect(!FileManager.default.fileExists(atPath: SaveJournal.path(in: directory)))
    }

    @Test func aJournalThatIsNotWholeIsNotReplayed() throws {
        let entry = SaveJournal.Entry(name: "x.yaml", text: "id: x\n")
        let whole = Array("claims-journal 1\nx.yaml\n6\n".utf8) + Array(entry.text.utf8)
        #expect(SaveJournal.parse(whole) == [entry])
        #expect(SaveJournal.parse(Array(whole.dropLast(2))) == nil)
        #expect(SaveJournal.parse(Array("claims-journal 1\n../escape.yaml\n0\n".utf8)) == nil)
        #expect(SaveJournal.parse(Array("something else".utf8)) == nil)
    }
}
