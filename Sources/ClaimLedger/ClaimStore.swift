import ClaimCore
import Dispatch
import Foundation

/// Every claim file of a ledger that could be read, and the problems with the others.
public struct LedgerContents: Sendable {
    public var claims: [Claim]
    /// Errors (files that could not be read) and warnings (unknown keys), each with its file and line.
    public var issues: [Diagnostic]

    public var hasErrors: Bool { issues.contains { $0.severity == .error } }

    public init(claims: [Claim], issues: [Diagnostic]) {
        self.claims = claims
        self.issues = issues
    }
}

/// The ledger: a directory holding one YAML file per claim, `<directory>/<id>.yaml`.
///
/// Reading needs no lock: files are only ever replaced whole by rename, so a reader sees the
/// old or the new version. Writing needs the `LedgerLock`, which `save` takes as a parameter so
/// that no code path can write without holding it.
public struct ClaimStore: Sendable {
    public let directory: String
    public let vocabulary: StatusVocabulary

    public init(directory: String, vocabulary: StatusVocabulary) {
        self.directory = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        self.vocabulary = vocabulary
    }

    public func path(for id: ClaimID) -> String { "\(directory)/\(id.rawValue).yaml" }

    public func exists(_ id: ClaimID) -> Bool { FileManager.default.fileExists(atPath: path(for: id)) }

    /// Takes the ledger's write lock, waiting for another writer to finish, and clears temporary
    /// files that a crashed writer may have left (no writer can be using them while we hold the lock).
    public func lock() throws(LedgerError) -> LedgerLock {
        try ensureDirectory()
        let lock = try LedgerLock(directory: directory)
        removeStaleTemporaryFiles()
        try finishInterruptedSave()
        return lock
    }

    /// Writes several claims as one change (see `SaveJournal`): after a crash, the next writer
    /// completes it. `isNew` claims must not exist yet; the others keep their earlier evidence.
    public func saveAll(_ changes: [(claim: Claim, isNew: Bool)], holding lock: any LedgerWriteLock) throws(LedgerError) {
        try lock.verifyHeld()
        var entries: [SaveJournal.Entry] = []
        for (claim, isNew) in changes {
            if isNew {
                guard !exists(claim.id) else { throw .claimExists(claim.id, path: path(for: claim.id)) }
            } else {
                try checkAppendOnly(claim)
            }
            entries.append(SaveJournal.Entry(name: "\(claim.id.rawValue).yaml", text: try yamlText(for: claim)))
        }
        guard entries.count > 1 else {
            if let entry = entries.first { try AtomicFile.write(entry.text, to: "\(directory)/\(entry.name)") }
            return
        }
        try SaveJournal.write(entries, in: directory)
        for entry in entries { try AtomicFile.write(entry.text, to: "\(directory)/\(entry.name)") }
        SaveJournal.remove(in: directory)
    }

    /// Completes a save that a killed writer left half done.
    private func finishInterruptedSave() throws(LedgerError) {
        guard let entries = SaveJournal.read(in: directory) else { return }
        for entry in entries { try AtomicFile.write(entry.text, to: "\(directory)/\(entry.name)") }
        SaveJournal.remove(in: directory)
    }

    /// The claim files' names, sorted, skipping hidden and temporary files.
    /// A directory that does not exist yet is an empty ledger: the first write creates it.
    public func claimFileNames() throws(LedgerError) -> [String] {
        guard FileManager.default.fileExists(atPath: directory) else { return [] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .io(path: directory, operation: "read the claims directory", errno: ENOENT)
        }
        return names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.sorted()
    }

    /// Reads every claim file, in parallel. Unreadable files are reported and skipped, never fatal.
    ///
    /// Files unchanged since the last load come from the ledger index (`.index`), which is then
    /// brought up to date; everything else is parsed from its YAML.
    public func loadAll() throws(LedgerError) -> LedgerContents {
        let names = try claimFileNames()
        let indexPath = "\(directory)/\(LedgerIndex.fileName)"
        let stamps = FileStamp.stamps(of: names, in: directory)
        var claims = [Claim?](repeating: nil, count: names.count)
        // Which claims go into the index written back: those it had, and files parsed clean.
        var indexable = [Bool](repeating: false, count: names.count)
        var hashes = [UInt64](repeating: 0, count: names.count)
        var misses: [Int] = []
        // For each miss, the index's entry of the same name, whose bytes may not have changed.
        var previous: [LedgerIndex.Entry?] = []
        var cachedCount = 0
        do {
            let cached = LedgerIndex.read(from: indexPath, vocabulary: vocabulary)
            cachedCount = cached.entries.count
            // Both lists are sorted by name: walk them side by side.
            var next = 0
            for (position, name) in names.enumerated() {
                while next < cached.entries.count && cached.entries[next].name < name { next += 1 }
                let entry = next < cached.entries.count && cached.entries[next].name == name ? cached.entries[next] : nil
                if let entry, let stamp = stamps[position], entry.stamp == stamp {
                    claims[position] = entry.claim
                    hashes[position] = entry.contentHash
                    indexable[position] = true
                } else {
                    misses.append(position)
                    previous.append(entry)
                }
            }
        }
        let toParse = misses, previousEntries = previous
        let results = ConcurrentSlots<(Result<(Claim, [Diagnostic]), Diagnostics>, contentHash: UInt64)>(count: toParse.count)
        DispatchQueue.concurrentPerform(iterations: toParse.count) { index in
            results[index] = loadFile(named: names[toParse[index]], unlessUnchangedFrom: previousEntries[index])
        }
        var contents = LedgerContents(claims: [], issues: [])
        for (position, loaded) in zip(toParse, results.values) {
            hashes[position] = loaded?.contentHash ?? 0
            switch loaded?.0 {
            case .success(let (claim, warnings)):
                claims[position] = claim
                contents.issues += warnings
                // Only clean files are cached, so their warnings show on every load until fixed.
                indexable[position] = warnings.isEmpty
            case .failure(let issues):
                contents.issues += issues.diagnostics
            case nil:
                break
            }
        }
        if !toParse.isEmpty || cachedCount != names.count - toParse.count {
            var index = LedgerIndex()
            for position in names.indices where indexable[position] {
                if let claim = claims[position], let stamp = stamps[position] {
                    index.entries.append(LedgerIndex.Entry(name: names[position], stamp: stamp, contentHash: hashes[position], claim: claim))
                }
            }
            index.write(to: indexPath, vocabulary: vocabulary)
        }
        contents.claims = claims.compactMap { $0 }
        return contents
    }

    /// One claim by id; a missing id suggests the nearest existing one.
    public func claim(withID id: ClaimID) throws(LedgerError) -> Claim {
        let name = "\(id.rawValue).yaml"
        guard exists(id) else {
            let known = ((try? claimFileNames()) ?? []).map { String($0.dropLast(5)) }
            throw .noSuchClaim(id, directory: directory, suggestion: nearestName(to: id.rawValue, in: known).flatMap(ClaimID.init))
        }
        switch loadFile(named: name) {
        case .success(let (claim, _)): return claim
        case .failure(let issues): throw .invalidClaimFile(issues)
        }
    }

    /// Writes a new claim; fails if its id is taken.
    public func create(_ claim: Claim, holding lock: any LedgerWriteLock) throws(LedgerError) {
        try lock.verifyHeld()
        guard !exists(claim.id) else { throw .claimExists(claim.id, path: path(for: claim.id)) }
        try write(claim)
    }

    /// Replaces a claim's file. Refuses when the new version would drop or change earlier evidence.
    public func save(_ claim: Claim, holding lock: any LedgerWriteLock) throws(LedgerError) {
        try lock.verifyHeld()
        try checkAppendOnly(claim)
        try write(claim)
    }

    private func checkAppendOnly(_ claim: Claim) throws(LedgerError) {
        guard exists(claim.id) else { return }
        let current = try self.claim(withID: claim.id)
        guard claim.evidence.count >= current.evidence.count,
              Array(claim.evidence.prefix(current.evidence.count)) == current.evidence
        else { throw .evidenceRewritten(claim.id, path: path(for: claim.id)) }
    }

    // MARK: Private

    private func write(_ claim: Claim) throws(LedgerError) {
        try AtomicFile.write(try yamlText(for: claim), to: path(for: claim.id))
    }

    private func yamlText(for claim: Claim) throws(LedgerError) -> String {
        do {
            return try ClaimFileFormat.yamlText(for: claim)
        } catch {
            throw .io(path: path(for: claim.id), operation: "encode the claim as YAML (\(error))", errno: EINVAL)
        }
    }

    /// Writes one claim file outside the ledger (git's merge driver writes to a file git names),
    /// atomically and in the ledger's format.
    public static func writeClaimFile(_ claim: Claim, to path: String) throws(LedgerError) {
        let text: String
        do {
            text = try ClaimFileFormat.yamlText(for: claim)
        } catch {
            throw .io(path: path, operation: "encode the claim as YAML (\(error))", errno: EINVAL)
        }
        try AtomicFile.write(text, to: path)
    }

    private func loadFile(named name: String) -> Result<(Claim, [Diagnostic]), Diagnostics> {
        loadFile(named: name, unlessUnchangedFrom: nil).0
    }

    /// Parses one file, or takes `previous` (the claim as the index had it, from a file of the same
    /// name) when the file's bytes are still those the index saw.
    private func loadFile(named name: String, unlessUnchangedFrom previous: LedgerIndex.Entry?)
        -> (Result<(Claim, [Diagnostic]), Diagnostics>, contentHash: UInt64) {
        let path = "\(directory)/\(name)"
        guard let data = FileManager.default.contents(atPath: path) else {
            return (.failure(Diagnostics([LedgerMessage.unreadableFile.about(path)])), 0)
        }
        let hash = LedgerIndex.contentHash(of: data)
        if let previous, previous.contentHash == hash { return (.success((previous.claim, [])), hash) }
        return (parse(data, path: path, name: name), hash)
    }

    private func parse(_ data: Data, path: String, name: String) -> Result<(Claim, [Diagnostic]), Diagnostics> {
        guard let text = String(validating: data, as: UTF8.self) else {
            return .failure(Diagnostics([LedgerMessage.notUTF8.about(path)]))
        }
        do {
            let (claim, warnings) = try ClaimFileFormat.claim(fromYAML: text, file: path, vocabulary: vocabulary)
            let expected = String(name.dropLast(5))
            guard claim.id.rawValue == expected else {
                return .failure(Diagnostics([LedgerMessage.idDoesNotMatchFileName(claim.id, expected: expected).about(path)]))
            }
            return .success((claim, warnings))
        } catch {
            return .failure(error)
        }
    }

    private func ensureDirectory() throws(LedgerError) {
        try DirectoryMaker.create(directory, purpose: "create the claims directory")
    }

    private func removeStaleTemporaryFiles() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where name.hasPrefix(AtomicFile.temporaryPrefix) {
            try? FileManager.default.removeItem(atPath: "\(directory)/\(name)")
        }
    }
}
