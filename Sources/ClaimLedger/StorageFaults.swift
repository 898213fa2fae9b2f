#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Where tests make the disk fail as disks do — full (`ENOSPC`) or broken (`EIO`) — half way
/// through writing a file, so that what the ledger does then is tested, not assumed. Nothing plans a
/// fault outside tests; the check costs one lock per file written.
enum StorageFaults {
    struct Fault: Sendable {
        /// The write to the first path ending in this (a claim's file name, `.journal`) fails.
        var pathSuffix: String
        var errno: Int32
    }

    private static let planned = Mutex<[Fault]>([])

    static func plan(_ fault: Fault) {
        planned.withLock { $0.append(fault) }
    }

    /// The error a write to `path` must fail with, once; nil for a write that goes through.
    static func take(for path: String) -> Int32? {
        planned.withLock { faults in
            guard let index = faults.firstIndex(where: { path.hasSuffix($0.pathSuffix) }) else { return nil }
            return faults.remove(at: index).errno
        }
    }
}
