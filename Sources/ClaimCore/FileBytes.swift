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
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failed(reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failed(reason: String(cString: strerror(errno))) }
        let size = Int(info.st_size)
        guard size <= limit else { return .tooLarge(size: size) }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let count = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, size - done) }
            if count < 0 && errno == EINTR { continue }
            if count == 0 {  // the file shrank while being read: keep what is there
                bytes.removeSubrange(done...)
                break
            }
            guard count > 0 else { return .failed(reason: String(cString: strerror(errno))) }
            done += count
        }
        return .bytes(bytes)
    }
}
