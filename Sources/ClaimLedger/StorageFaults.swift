#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Where tests make the disk fail as disks do — full (`ENOSPC`) or broken (`EIO`) half way through
/// writing a file, or read-only (`EROFS`, `EACCES`) so that no file can be made — so that what the
/// ledger does then is tested, not assumed (root, as tests often run, ignores permission bits).
/// Nothing plans a fault outside tests; the check costs one lock per file written.
enum StorageFaults {
    enum Step: Sendable {
        /// Making the file (`AtomicFile`'s temporary file), or, for a directory, the writer's check
        /// that it may make files there (`LedgerLock`).
        case create
        /// Writing its bytes: the write stops half way.
        case write
    }

    struct Fault: Sendable {
        /// The first path ending in this (a claim's file name, `.journal`, the claims directory) fails.
        var pathSuffix: String
        var errno: Int32
        var step: Step = .write
    }

    private static let planned = Mutex<[Fault]>([])

    static func plan(_ fault: Fault) {
        planned.withLock { $0.append(fault) }
    }

    /// The error `step` on `path` must fail with, once; nil for one that goes through.
    static func take(for path: String, at step: Step = .write) -> Int32? {
        planned.withLock { faults in
            guard let index = faults.firstIndex(where: { $0.step == step && path.hasSuffix($0.pathSuffix) }) else { return nil }
            return faults.remove(at: index).errno
        }
    }
}
