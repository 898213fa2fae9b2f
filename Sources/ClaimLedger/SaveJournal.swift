#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes a save of several claim files one change: an ingest that reads one article into two claims
/// must not, when killed between the two files, leave one written and the other not (the article
/// would then count as read, and the second claim would never get its evidence).
///
/// Before the files are written, all of them go into one journal file, itself written atomically;
/// once every file is in place the journal is removed. A writer that finds a journal when it takes
/// the lock finishes the interrupted save from it. The journal holds, for each file, its name, the
/// byte count and the bytes.
enum SaveJournal {
    static let fileName = ".journal"

    struct Entry: Equatable {
        var name: String
        var text: String
    }

    static func path(in directory: String) -> String { "\(directory)/\(fileName)" }

    static func write(_ entries: [Entry], in directory: String) throws(LedgerError) {
        var bytes: [UInt8] = Array("claims-journal 1\n".utf8)
        for entry in entries {
            let text = Array(entry.text.utf8)
            bytes += Array("\(entry.name)\n\(text.count)\n".utf8) + text
        }
        try AtomicFile.write(bytes, to: path(in: directory))
    }

    /// The entries of a journal left by an interrupted save; nil when there is none, or when it is
    /// not a whole journal (which the atomic write rules out, bar a damaged disk).
    static func read(in directory: String) -> [Entry]? {
        let fd = open(path(in: directory), O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            bytes += buffer[..<count]
        }
        return parse(bytes)
    }

    static func parse(_ bytes: [UInt8]) -> [Entry]? {
        let header = Array("claims-journal 1\n".utf8)
        guard bytes.starts(with: header) else { return nil }
        var index = header.count
        var entries: [Entry] = []
        func line() -> String? {
            guard let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            defer { index = end + 1 }
            return String(decoding: bytes[index..<end], as: UTF8.self)
        }
        while index < bytes.count {
            guard let name = line(), !name.contains("/"), name.hasSuffix(".yaml"),
                  let countText = line(), let count = Int(countText), count >= 0, index + count <= bytes.count else { return nil }
            entries.append(Entry(name: name, text: String(decoding: bytes[index..<(index + count)], as: UTF8.self)))
            index += count
        }
        return entries
    }

    static func remove(in directory: String) {
        unlink(path(in: directory))
        AtomicFile.syncDirectory(directory)
    }
}
