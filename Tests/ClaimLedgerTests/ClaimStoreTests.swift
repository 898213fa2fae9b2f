import ClaimConfig
import ClaimCore
import Foundation
import Testing
@testable import ClaimLedger

@Suite struct ClaimStoreTests {
    @Test func savedClaimsLoadBack() throws {
        let directory = try makeTemporaryDirectory()
        let store = ClaimStore(directory: directory, vocabulary: .standard)
        let lock = try store.lock()
        try store.create(sampleClaim(), holding: lock)
        try store.create(sampleClaim(id: "nato-council-2022-01-12"), holding: lock)
        let contents = try store.loadAll()
        #expect(contents.issues.isEmpty)
        #expect(contents.claims.map(\.id.rawValue) == ["nato-council-2022-01-12", "russia-us-security-talks-2022-01-10"])
        #expect(try store.claim(withID: ClaimID("nato-council-2022-01-12")!) == sampleClaim(id: "nato-council-2022-01-12"))
    }

    @Test func creatingATakenIDFails() throws {
        let store = ClaimStore(directory: try makeTemporaryDirectory(), vocabulary: .standard)
        let lock = try store.lock()
        try store.create(sampleClaim(), holding: lock)
        #expect(throws: LedgerError.self) { try store.create(sampleClaim(), holding: lock) }
        #expect(store.unusedID(startingWith: sampleClaim().id).rawValue == "russia-us-security-talks-2022-01-10-2")
    }

    @Test func evidenceIsAppendOnly() throws {
        let store = ClaimStore(directory: try makeTemporaryDirectory(), vocabulary: .standard)
        let lock = try store.lock()
        let original = sampleClaim()
        try store.create(original, holding: lock)

        var extended = original
        extended.record(Evidence(source: Source(name: "Second Wire"), asserts: .confirmed, recordedBy: "tester",
                                 recordedAt: Timestamp("2022-01-05T08:00:00Z")!))
        try store.save(extended, holding: lock)
        #expect(try store.claim(withID: original.id).evidence.count == 2)

        // A version that lost the second entry, or one whose first entry was edited, is refused.
        #expect(throws: LedgerError.self) { try store.save(original, holding: lock) }
        let edited = Claim(id: original.id, statement: original.statement, event: original.event, status: .proposed,
                           created: original.created, evidence: [Evidence(source: Source(name: "Rewritten"), recordedBy: "x",
                                                                           recordedAt: original.created)] + extended.evidence.dropFirst())
        #expect(throws: LedgerError.self) { try store.save(edited, holding: lock) }
        #expect(try store.claim(withID: original.id).evidence == extended.evidence)
    }

    @Test func writesLeaveNoTemporaryFilesAndReplaceWhole() throws {
        let directory = try makeTemporaryDirectory()
        let store = ClaimStore(directory: directory, vocabulary: .standard)
        let lock = try store.lock()
        var claim = sampleClaim()
        try store.create(claim, holding: lock)
        claim.statement = String(repeating: "long statement ", count: 500)
        claim.record(Evidence(source: Source(name: "Wire"), recordedBy: "t", recordedAt: claim.created))
        try store.save(claim, holding: lock)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(names == [".lock", "russia-us-security-talks-2022-01-10.yaml"])
        #expect(try store.claim(withID: claim.id) == claim)
    }

    @Test func lockIsExclusiveUntilReleased() throws {
        let directory = try makeTemporaryDirectory()
        let store = ClaimStore(directory: directory, vocabulary: .standard)
        var held: LedgerLock? = try store.lock()
        #expect(held != nil)
        #expect(try LedgerLock.attempt(directory: directory) == nil)
        held = nil
        #expect(try LedgerLock.attempt(directory: directory) != nil)
    }

    @Test func takingTheLockClearsTemporaryFilesOfCrashedWriters() throws {
        let directory = try makeTemporaryDirectory()
        let leftover = "\(directory)/.tmp-999-1-talks.yaml"
        try Data("id: tal".utf8).write(to: URL(fileURLWithPath: leftover))
        let store = ClaimStore(directory: directory, vocabulary: .standard)
        #expect(try store.loadAll().claims.isEmpty)  // readers never see temporary files
        _ = try store.lock()
        #expect(!FileManager.default.fileExists(atPath: leftover))
    }

    @Test func brokenFilesAreReportedAndTheRestLoad() throws {
        let directory = try makeTemporaryDirectory()
        let store = ClaimStore(directory: directory, vocabulary: .standard)
        try store.create(sampleClaim(), holding: try store.lock())
        try Data("id: broken\nstatement: [unclosed\n".utf8).write(to: URL(fileURLWithPath: "\(directory)/broken.yaml"))
        try Data("id: other\nstatement: s\nstatus: proposed\ncreated: 2021-12-28T10:00:00Z\n".utf8)
            .write(to: URL(fileURLWithPath: "\(directory)/mismatch.yaml"))
        let contents = try store.loadAll()
        #expect(contents.claims.map(\.id.rawValue) == ["russia-us-security-talks-2022-01-10"])
        #expect(contents.issues.count == 2)
        #expect(contents.issues.first?.location?.file == "\(directory)/broken.yaml")
        #expect(contents.issues.last?.description == """
            \(directory)/mismatch.yaml: error: claim id 'other' does not match the file name
            note: rename the file to 'other.yaml' or set 'id: mismatch'
            """)
    }

    @Test func missingClaimSuggestsTheNearestID() throws {
        let store = ClaimStore(directory: try makeTemporaryDirectory(), vocabulary: .standard)
        try store.create(sampleClaim(id: "nato-council"), holding: try store.lock())
        let error = try #require(throws: LedgerError.self) { try store.claim(withID: ClaimID("nato-councl")!) }
        #expect(error.description == "error: no claim 'nato-councl' in '\(store.directory)'\nnote: did you mean 'nato-council'?")
    }
}
