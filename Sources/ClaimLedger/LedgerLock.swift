#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock on a ledger, held through `flock(2)` on `<claims>/.lock`.
///
/// Every writer takes it for its whole read-modify-write, so two `claims` processes never
/// interleave their changes. The lock dies with the process, so a crash never leaves it stuck.
public final class LedgerLock {
    private let descriptor: Int32
    public let path: String

    /// Blocks until the lock is free.
    public convenience init(directory: String) throws(LedgerError) {
        try self.init(directory: directory, wait: true)!
    }

    /// Returns nil instead of waiting when another writer holds the lock.
    public static func attempt(directory: String) throws(LedgerError) -> LedgerLock? {
        try LedgerLock(directory: directory, wait: false)
    }

    private init?(directory: String, wait: Bool) throws(LedgerError) {
        path = directory + "/.lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io(path: path, operation: "open the ledger lock", errno: errno) }
        while flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            let code = errno
            if code == EINTR { continue }
            close(fd)
            if code == EWOULDBLOCK { return nil }
            throw .io(path: path, operation: "lock the ledger", errno: code)
        }
        descriptor = fd
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
