import ClaimConfig
import ClaimCore
import Foundation
import Testing
@testable import ClaimLedger

/// The `.index` cache speeds up loading but never decides what a claim says: the YAML files do.
@Suite struct LedgerIndexTests {
    @Test func aSecondLoadComesFromTheIndexAndEqualsTheFirst() throws {
        let directory = try makeTemporaryDirectory()
        let store = ClaimStore(directory: directory, vocabulary: .standard)
        try store.create(sampleClaim(), holding: try store.lock())
        let first = try store.loadAll()
        #expect(FileManager.default.fileExists(atPath: "\(directory)/.index"))
        let cached = LedgerIndex.read(from: "\(directory)/.index", vocabulary: .standard)
        #expect(cached.entries["russia-us-security-talks-2022-01-10.yaml"]?.claim == sampleClaim())
        #expect(try store.loadAll().claims == first.claims)
    }

    @Test func anEditedFileIsReadAgainFromItsYAML() throws {
        let directory = try makeTemporaryDirectory()
        let store = ClaimStore(directory: directory, vocabulary: .standard)
        try store.create(sampleClaim(), holding: try store.lock())
        _ = try store.loadAll()
        let path = "\(directory)/russia-us-security-talks-2022-01-10.yaml"
        let edited = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "statement: Russia and the United States", with: "statement: Russia and the US")
        try edited.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(try store.loadAll().claims.first?.statement == "Russia and the US hold talks on security guarantees")
    }

    @Test func aBrokenOrForeignIndexIsIgnored() throws {
        let directory = try makeTemporaryDirectory()
        let store = ClaimStore(directory: directory, vocabulary: .standard)
        try store.create(sampleClaim(), holding: try store.lock())
        try Data("claims-index\ngarbage".utf8).write(to: URL(fileURLWithPath: "\(directory)/.index"))
        #expect(try store.loadAll().claims == [sampleClaim()])
        // An index built for another vocabulary is not trusted either.
        let other = StatusVocabulary([StatusDefinition(id: .confirmed, label: "confirmed", role: .confirmation, isOpen: true)])
        let otherStore = ClaimStore(directory: directory, vocabulary: other)
        #expect(try otherStore.loadAll().issues.first?.message.hasPrefix("unknown status") == true)
    }

    @Test func filesWithWarningsAreNotCachedSoTheWarningsStay() throws {
        let directory = try makeTemporaryDirectory()
        let store = ClaimStore(directory: directory, vocabulary: .standard)
        try Data("id: vote\nstatement: A vote\nstatus: proposed\ncreated: 2022-01-01T00:00:00Z\ncolour: red\n".utf8)
            .write(to: URL(fileURLWithPath: "\(directory)/vote.yaml"))
        #expect(try store.loadAll().issues.count == 1)
        #expect(try store.loadAll().issues.count == 1)
    }

    @Test func deletedFilesLeaveTheLedger() throws {
        let directory = try makeTemporaryDirectory()
        let store = ClaimStore(directory: directory, vocabulary: .standard)
        let lock = try store.lock()
        try store.create(sampleClaim(), holding: lock)
        try store.create(sampleClaim(id: "second"), holding: lock)
        #expect(try store.loadAll().claims.count == 2)
        try FileManager.default.removeItem(atPath: "\(directory)/second.yaml")
        #expect(try store.loadAll().claims.map(\.id.rawValue) == ["russia-us-security-talks-2022-01-10"])
    }
}
