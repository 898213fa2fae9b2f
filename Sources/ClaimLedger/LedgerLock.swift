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
        // A writer needs to make files here: a read-only ledger is refused before any work is done.
        // (`access` answers EROFS for a read-only mount even to root, who ignores permission bits.)
        if let code = StorageFaults.take(for: directory, at: .create) ?? (access(directory, W_OK) == 0 ? nil : errno) {
            throw .io(path: directory, operation: "write in the claims directory", errno: code)
        }
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

    /// Checks, before each write, that `<claims>/.lock` is still the file this lock holds: when
    /// someone removes it, the next writer creates a new one and locks that, and two writers would
    /// interleave. The one holding the removed file stops instead.
    public func verifyHeld() throws(LedgerError) {
        var held = stat(), current = stat()
        guard fstat(descriptor, &held) == 0 else { throw .io(path: path, operation: "check the ledger lock", errno: errno) }
        // lstat: the same call as stat(2) for a lock file, and a name Swift does not confuse with the struct.
        guard lstat(path, &current) == 0, current.st_ino == held.st_ino, current.st_dev == held.st_dev else {
            throw .lockLost(path: path)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
