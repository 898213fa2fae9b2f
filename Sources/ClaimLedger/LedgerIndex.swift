import ClaimCore
#if canImport(Glibc)
import Glibc
#endif

/// Identifies one version of a claim file: a rename (every write is one) gives a new inode, and
/// any edit in place changes the size or the modification time.
struct FileStamp: Hashable {
    var size: UInt64
    var modifiedSeconds: Int64
    var modifiedNanoseconds: Int64
    var inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The stamp of `name` in the directory open as `directory`: looked up from the directory, not
    /// from the root, which halved the time to stamp every file of a large ledger.
    init?(name: String, in directory: Int32) {
        var info = stat()
        guard fstatat(directory, name, &info, 0) == 0 else { return nil }
        self.init(info)
    }

    private init(_ info: stat) {
        size = UInt64(info.st_size)
        modifiedSeconds = Int64(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int64(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
    }

    /// The stamps of `names` in `directory`, nil for a file that cannot be stat'ed.
    static func stamps(of names: [String], in directory: String) -> [FileStamp?] {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return names.map { FileStamp(path: "\(directory)/\($0)") } }
        defer { close(descriptor) }
        return names.map { FileStamp(name: $0, in: descriptor) }
    }

    init(size: UInt64, modifiedSeconds: Int64, modifiedNanoseconds: Int64, inode: UInt64) {
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.inode = inode
    }
}

/// A cache of parsed claims, `<claims>/.index`, so a large ledger loads without parsing every file.
///
/// It is never a source of truth: an entry is used only while its file's stamp is unchanged, files
/// with warnings are never cached, and a cache that is unreadable, from another format version or
/// for another status vocabulary is ignored and rebuilt from the YAML files.
struct LedgerIndex {
    static let fileName = ".index"
    private static let magic = Array("claims-index\n".utf8)
    private static let formatVersion: UInt32 = 3

    struct Entry {
        var name: String
        var stamp: FileStamp
        /// `contentHash(of:)` of the file's bytes: a file whose stamp changed but whose bytes did not
        /// (a `touch`, a copy, a checkout, a clone) is taken from the index without parsing.
        var contentHash: UInt64
        var claim: Claim
    }

    /// FNV-1a over the bytes, with their count mixed in. It tells the same bytes again, which is all
    /// the cache asks: it is not a defence against forged files (whoever can write a claim file can
    /// write any claim), and hashing costs a small part of parsing the YAML.
    static func contentHash(of bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var count: UInt64 = 0
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            count &+= 1
        }
        return (hash ^ count) &* 0x0000_0100_0000_01b3
    }

    /// Sorted by file name, as `ClaimStore.claimFileNames()` lists them, so that a load walks both
    /// lists side by side: a dictionary of 100,000 names cost more to build and free than the walk.
    var entries: [Entry] = []

    func entry(named name: String) -> Entry? { entries.first { $0.name == name } }

    /// The vocabulary a cache was built for; cached statuses are valid only for the same one.
    static func fingerprint(of vocabulary: StatusVocabulary) -> String {
        vocabulary.ids.map(\.rawValue).joined(separator: ",")
    }

    static func read(from path: String, vocabulary: StatusVocabulary) -> LedgerIndex {
        guard case .bytes(let bytes) = FileBytes.read(atPath: path) else { return LedgerIndex() }
        var reader = BinaryReader(bytes: bytes)
        do {
            guard try reader.bytes(count: magic.count) == magic[...], try reader.uint32() == formatVersion,
                  try reader.string() == fingerprint(of: vocabulary)
            else { return LedgerIndex() }
            var index = LedgerIndex()
            let count = try reader.uint32()
            index.entries.reserveCapacity(Int(count))
            for _ in 0..<count {
                let name = try reader.string()
                let stamp = FileStamp(size: try reader.uint64(), modifiedSeconds: try reader.int64(),
                                      modifiedNanoseconds: try reader.int64(), inode: try reader.uint64())
                index.entries.append(Entry(name: name, stamp: stamp, contentHash: try reader.uint64(), claim: try reader.claim()))
            }
            return index
        } catch {
            return LedgerIndex()
        }
    }

    /// Writes the cache atomically; failures are ignored, since the cache only saves time.
    func write(to path: String, vocabulary: StatusVocabulary) {
        var writer = BinaryWriter()
        writer.bytes(LedgerIndex.magic)
        writer.uint32(LedgerIndex.formatVersion)
        writer.string(LedgerIndex.fingerprint(of: vocabulary))
        writer.uint32(UInt32(entries.count))
        for entry in entries.sorted(by: { $0.name < $1.name }) {
            writer.string(entry.name)
            writer.uint64(entry.stamp.size)
            writer.int64(entry.stamp.modifiedSeconds)
            writer.int64(entry.stamp.modifiedNanoseconds)
            writer.uint64(entry.stamp.inode)
            writer.uint64(entry.contentHash)
            writer.claim(entry.claim)
        }
        try? AtomicFile.write(writer.output, to: path)
    }
}

// MARK: - Binary encoding of claims

struct BinaryWriter {
    var output: [UInt8] = []

    mutating func bytes(_ value: [UInt8]) { output += value }
    mutating func uint32(_ value: UInt32) { for shift in stride(from: 0, to: 32, by: 8) { output.append(UInt8(truncatingIfNeeded: value >> shift)) } }
    mutating func uint64(_ value: UInt64) { for shift in stride(from: 0, to: 64, by: 8) { output.append(UInt8(truncatingIfNeeded: value >> shift)) } }
    mutating func int64(_ value: Int64) { uint64(UInt64(bitPattern: value)) }

    mutating func string(_ value: String) {
        uint32(UInt32(value.utf8.count))
        output += value.utf8
    }

    mutating func optional(_ value: String?) {
        output.append(value == nil ? 0 : 1)
        if let value { string(value) }
    }

    mutating func strings(_ values: [String]) {
        uint32(UInt32(values.count))
        values.forEach { string($0) }
    }

    mutating func claim(_ claim: Claim) {
        string(claim.id.rawValue)
        string(claim.statement)
        string(claim.status.rawValue)
        optional(claim.event.date?.description)
        optional(claim.event.kind)
        strings(claim.event.participants)
        optional(claim.event.place)
        strings(claim.tags)
        int64(claim.created.secondsSince1970)
        int64(claim.updated.secondsSince1970)
        uint32(UInt32(claim.evidence.count))
        for item in claim.evidence {
            string(item.source.name)
            optional(item.source.url)
            optional(item.source.published?.description)
            optional(item.saidBy)
            optional(item.quote)
            optional(item.asserts?.rawValue)
            optional(item.eventDate?.description)
            optional(item.cue)
            string(item.recordedBy)
            int64(item.recordedAt.secondsSince1970)
            optional(item.note)
            optional(item.document)
        }
        uint32(UInt32(claim.history.count))
        for change in claim.history {
            int64(change.at.secondsSince1970)
            optional(change.from?.rawValue)
            string(change.to.rawValue)
            string(change.because)
            optional(change.rule)
            optional(change.evidence.map(String.init))
            optional(change.by)
            optional(change.previousDate?.description)
        }
    }
}

struct BinaryReader {
    struct Truncated: Error {}

    let bytes: [UInt8]
    var position = 0

    mutating func bytes(count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, position + count <= bytes.count else { throw Truncated() }
        defer { position += count }
        return bytes[position..<position + count]
    }

    // The integers and strings below index the array directly: going through `bytes(count:)`'s slices
    // and a generic `reversed().reduce` cost more than the rest of reading an index of 100,000 claims.

    /// `count` little-endian bytes as an integer.
    private mutating func littleEndian(count: Int) throws -> UInt64 {
        guard position + count <= bytes.count else { throw Truncated() }
        var value: UInt64 = 0
        for offset in 0..<count { value |= UInt64(bytes[position + offset]) << (8 * offset) }
        position += count
        return value
    }

    mutating func uint32() throws -> UInt32 { UInt32(truncatingIfNeeded: try littleEndian(count: 4)) }

    mutating func uint64() throws -> UInt64 { try littleEndian(count: 8) }

    mutating func int64() throws -> Int64 { Int64(bitPattern: try uint64()) }

    mutating func string() throws -> String {
        let count = Int(try uint32())
        guard position + count <= bytes.count else { throw Truncated() }
        defer { position += count }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[position..<position + count]), as: UTF8.self) }
    }

    mutating func optional() throws -> String? {
        guard position < bytes.count else { throw Truncated() }
        position += 1
        return bytes[position - 1] == 1 ? try string() : nil
    }

    mutating func strings() throws -> [String] {
        try (0..<Int(try uint32())).map { _ in try string() }
    }

    mutating func eventDate() throws -> EventDate? {
        guard let text = try optional() else { return nil }
        guard let date = EventDate(text) else { throw Truncated() }
        return date
    }

    mutating func claim() throws -> Claim {
        guard let id = ClaimID(try string()) else { throw Truncated() }
        let statement = try string()
        let status = StatusID(try string())
        let event = Event(date: try eventDate(), kind: try optional(), participants: try strings(), place: try optional())
        let tags = try strings()
        let created = Timestamp(secondsSince1970: try int64())
        let updated = Timestamp(secondsSince1970: try int64())
        let evidence = try (0..<Int(try uint32())).map { _ in
            // Read in the order `BinaryWriter.claim` writes; arguments below are in `Evidence.init` order.
            let source = Source(name: try string(), url: try optional(), published: try eventDate())
            let saidBy = try optional(), quote = try optional(), asserts = try optional().map { StatusID($0) }
            let eventDate = try eventDate(), cue = try optional(), recordedBy = try string()
            let recordedAt = Timestamp(secondsSince1970: try int64()), note = try optional(), document = try optional()
            return Evidence(source: source, saidBy: saidBy, quote: quote, asserts: asserts, cue: cue, recordedBy: recordedBy,
                            recordedAt: recordedAt, note: note, eventDate: eventDate, document: document)
        }
        let history = try (0..<Int(try uint32())).map { _ in
            StatusChange(
                at: Timestamp(secondsSince1970: try int64()), from: try optional().map { StatusID($0) },
                to: StatusID(try string()), because: try string(), rule: try optional(),
                evidence: try optional().flatMap { Int($0) }, by: try optional(), previousDate: try eventDate())
        }
        return Claim(id: id, statement: statement, event: event, status: status, tags: tags, created: created,
                     updated: updated, evidence: evidence, history: history)
    }
}
