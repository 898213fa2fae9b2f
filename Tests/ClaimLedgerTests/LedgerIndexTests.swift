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
        #expect(cached.entry(named: "russia-us-security-talks-2022-01-10.yaml")?.claim == sampleClaim())
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
        let (store, directory) = try indexedLedger()
        try FileManager.default.removeItem(atPath: "\(directory)/second.yaml")
        #expect(try store.loadAll().claims.map(\.id.rawValue) == ["russia-us-security-talks-2022-01-10"])
    }

    // MARK: Files changed between two commands (by hand, by `git pull`, by another tool)

    /// A ledger of two claims, loaded once so that both are in the index.
    private func indexedLedger() throws -> (store: ClaimStore, directory: String) {
        let directory = try makeTemporaryDirectory()
        let store = ClaimStore(directory: directory, vocabulary: .standard)
        let lock = try store.lock()
        try store.create(sampleClaim(), holding: lock)
        try store.create(sampleClaim(id: "second"), holding: lock)
        #expect(try store.loadAll().claims.count == 2)
        return (store, directory)
    }

    /// The modification time to the nanosecond (a `Date` rounds it, and the stamp compares nanoseconds).
    private func modificationTime(of path: String) -> timespec {
        var info = stat()
        _ = stat(path, &info)
        return info.st_mtim
    }

    private func setModificationTime(_ time: timespec, of path: String) {
        let times = [time, time]
        _ = utimensat(AT_FDCWD, path, times, 0)
    }

    @Test func aFileRewrittenInPlaceWithItsOldModificationTimeIsReadAgainWhenItsSizeChanged() throws {
        let (store, directory) = try indexedLedger()
        let path = "\(directory)/second.yaml"
        let before = try #require(FileStamp(path: path))
        let time = modificationTime(of: path)
        let edited = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "statement: Russia and the United States", with: "statement: Russia and America")
        try edited.write(toFile: path, atomically: false, encoding: .utf8)
        // A tool that keeps modification times (an archive, `cp -p`, `touch -r`) leaves only the size changed.
        setModificationTime(time, of: path)
        let after = try #require(FileStamp(path: path))
        #expect(after.modifiedSeconds == before.modifiedSeconds && after.modifiedNanoseconds == before.modifiedNanoseconds)
        #expect(after.inode == before.inode && after.size != before.size)
        let claims = try store.loadAll().claims
        #expect(claims.first { $0.id.rawValue == "second" }?.statement == "Russia and America hold talks on security guarantees")
    }

    @Test func aFileReplacedByAnotherOfTheSameSizeAndTimeIsReadAgain() throws {
        let (store, directory) = try indexedLedger()
        let path = "\(directory)/second.yaml"
        let before = try #require(FileStamp(path: path))
        let time = modificationTime(of: path)
        // Same length, other content, written beside it and renamed over it as git and editors do.
        let edited = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "status: proposed", with: "status: happened")
        let replacement = "\(directory)/.second.tmp"
        try edited.write(toFile: replacement, atomically: false, encoding: .utf8)
        setModificationTime(time, of: replacement)
        #expect(rename(replacement, path) == 0)
        let after = try #require(FileStamp(path: path))
        #expect(after.size == before.size && after.modifiedNanoseconds == before.modifiedNanoseconds && after.inode != before.inode)
        #expect(try store.loadAll().claims.first { $0.id.rawValue == "second" }?.status == .happened)
    }

    @Test func aTruncatedFileIsReportedNotServedFromTheIndex() throws {
        let (store, directory) = try indexedLedger()
        let path = "\(directory)/second.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try String(text.prefix(30)).write(toFile: path, atomically: false, encoding: .utf8)
        let contents = try store.loadAll()
        #expect(contents.claims.map(\.id.rawValue) == ["russia-us-security-talks-2022-01-10"])
        #expect(contents.issues.contains { $0.severity == .error && $0.description.contains("second.yaml") })
        // Emptied altogether: the same.
        try "".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(try store.loadAll().claims.count == 1)
        // Mended: back in the ledger.
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(try store.loadAll().claims.count == 2)
    }

    @Test func aTouchedFileIsTakenFromTheIndexByItsBytesAndAnEditedOneIsNot() throws {
        let (store, directory) = try indexedLedger()
        let path = "\(directory)/second.yaml"
        // New stamp, same bytes (a `touch`, a copy, a checkout): the claim is the one the index holds.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: path)
        #expect(try store.loadAll().claims.count == 2)
        let cached = LedgerIndex.read(from: "\(directory)/.index", vocabulary: .standard)
        #expect(cached.entry(named: "second.yaml")?.stamp == FileStamp(path: path))
        // New stamp and new bytes: parsed again.
        let edited = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "status: proposed", with: "status: confirmed")
        try edited.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(try store.loadAll().claims.first { $0.id.rawValue == "second" }?.status == .confirmed)
    }

    @Test func aFileAddedBetweenTwoLoadsJoinsTheLedger() throws {
        let (store, directory) = try indexedLedger()
        let text = try String(contentsOfFile: "\(directory)/second.yaml", encoding: .utf8)
            .replacingOccurrences(of: "id: second", with: "id: third")
        try text.write(toFile: "\(directory)/third.yaml", atomically: false, encoding: .utf8)
        #expect(try store.loadAll().claims.map(\.id.rawValue) == ["russia-us-security-talks-2022-01-10", "second", "third"])
        // And the index now holds it too.
        let cached = LedgerIndex.read(from: "\(directory)/.index", vocabulary: .standard)
        #expect(cached.entries.map(\.name) == ["russia-us-security-talks-2022-01-10.yaml", "second.yaml", "third.yaml"])
    }
}
