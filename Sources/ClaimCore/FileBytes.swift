#if canImport(Glibc)
import Glibc
#endif

/// Reading whole files as bytes with open/fstat/read: FileManager's attributes and `Data` cost more
/// per file than the work done on a short article or a cached claim.
public enum FileBytes {
    public enum Outcome: Sendable {
        case bytes([UInt8])
        /// The file is larger than the limit; nothing was read.
        case tooLarge(size: Int)
        case failed(reason: String)
    }

    public static func read(atPath path: String, limit: Int = .max) -> Outcome {
        // Through `withCString`, which lends a native string's own bytes: passed as a `String`,
        // the path would be copied into a new array for every file.
        let fd = path.withCString { open($0, O_RDONLY | O_CLOEXEC) }
        guard fd >= 0 else { return .failed(reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failed(reason: String(cString: strerror(errno))) }
        let size = Int(info.st_size)
        guard size <= limit else { return .tooLarge(size: size) }
        // Read straight into the array's memory, without filling it with zeros first.
        var readError: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, done in
            while done < size {
                let count = Glibc.read(fd, buffer.baseAddress! + done, size - done)
                if count < 0 && errno == EINTR { continue }
                if count < 0 {
                    readError = errno
                    return
                }
                if count == 0 { return }  // the file shrank while being read: keep what is there
                done += count
            }
        }
        guard readError == 0 else { return .failed(reason: String(cString: strerror(readError))) }
        return .bytes(bytes)
    }
}
