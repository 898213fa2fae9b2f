#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates a directory and its missing parents with `mkdir(2)`, so a failure carries the real `errno`
/// of the step that failed (Foundation's `createDirectory` reports every failure as one generic error).
public enum DirectoryMaker {
    /// Creates `path` and any missing parent directories; an existing directory is fine.
    ///
    /// - Throws: `LedgerError.io` naming the first path that could not be created or used, with its `errno`.
    public static func create(_ path: String, purpose: String) throws(LedgerError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            prefix += prefix.isEmpty || prefix.hasSuffix("/") ? String(component) : "/\(component)"
            if mkdir(prefix, 0o755) == 0 { continue }
            let code = errno
            guard code == EEXIST else { throw .io(path: prefix, operation: purpose, errno: code) }
            var status = stat()
            guard stat(prefix, &status) == 0 else { throw .io(path: prefix, operation: purpose, errno: errno) }
            guard (status.st_mode & S_IFMT) == S_IFDIR else { throw .io(path: prefix, operation: purpose, errno: ENOTDIR) }
        }
    }
}
