#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that readers see either the old content or the new, never a torn mix.
///
/// The bytes go to a temporary file beside the target, are flushed to disk, and the file is
/// renamed over the target; the directory is then flushed so the rename itself survives a crash.
enum AtomicFile {
    /// Temporary files start with a dot so ledger scans skip them.
    static let temporaryPrefix = ".tmp-"

    static func write(_ text: String, to path: String) throws(LedgerError) {
        try write(Array(text.utf8), to: path)
    }

    static func write(_ bytes: [UInt8], to path: String) throws(LedgerError) {
        let directory = parentDirectory(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let temporary = "\(directory)/\(temporaryPrefix)\(getpid())-\(UInt32.random(in: 0...UInt32.max))-\(name)"
        // A read-only directory fails here; the message names the file meant, not the temporary one.
        let planned = StorageFaults.take(for: path, at: .create)
        let fd = planned == nil ? open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644) : -1
        guard fd >= 0 else { throw .io(path: path, operation: "create a file in '\(directory)' to write it", errno: planned ?? errno) }
        var bytes = bytes
        var written = 0
        var failure: Int32?
        // A planned fault (tests only) stops the write half way with the disk's error.
        let injected = StorageFaults.take(for: path)
        bytes.withUnsafeMutableBytes { buffer in
            let end = injected == nil ? buffer.count : buffer.count / 2
            while written < end {
                let result = Glibc.write(fd, buffer.baseAddress! + written, end - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += result
            }
            if let injected { failure = injected }
        }
        if failure == nil, fsync(fd) != 0 { failure = errno }
        close(fd)
        if let failure {
            unlink(temporary)
            throw .io(path: path, operation: "write", errno: failure)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw .io(path: path, operation: "replace", errno: code)
        }
        syncDirectory(directory)
    }

    static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
