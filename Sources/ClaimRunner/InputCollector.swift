import Foundation

/// One thing to read: a file path, or `-` for standard input.
struct InputSource: Sendable {
    var path: String
}

/// Expands the paths given on the command line into files, in a stable order.
///
/// Folders are walked recursively (hidden entries skipped, names sorted); a path that does not
/// exist is a problem, not a reason to stop.
enum InputCollector {
    static func collect(_ paths: [String]) -> (inputs: [InputSource], problems: [Diagnostic]) {
        var inputs: [InputSource] = []
        var problems: [Diagnostic] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                inputs.append(InputSource(path: "-"))
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(RunnerMessage.noSuchInput.about(path))
                continue
            }
            guard isDirectory.boolValue else {
                inputs.append(InputSource(path: path))
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            var entries: [String] = []
            collectFiles(inFolder: base, relativePath: "", into: &entries)
            for entry in entries.sorted() {
                inputs.append(InputSource(path: joinedPath(base, entry)))
            }
        }
        return (inputs, problems)
    }

    /// Adds the path relative to the walked folder of every file below `folder` that is not hidden
    /// and not in a hidden folder, in the order `readdir` gives them.
    ///
    /// `readdir` says which entries are plain files or folders, so most need no `stat`,
    /// where FileManager's enumerator and a `fileExists` per entry would weigh on a folder of short
    /// articles. The result is the same as theirs: symbolic links count as what
    /// they point to but are not followed into folders, broken links are left out, and so are
    /// names that are not UTF-8 (no path made from them can be opened).
    private static func collectFiles(inFolder folder: String, relativePath: String, into entries: inout [String]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            guard let name = name(of: entry), !name.hasPrefix(".") else { continue }  // also "." and ".."
            let relative = relativePath.isEmpty ? name : joinedPath(relativePath, name)
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): entries.append(relative)
            case Int32(DT_DIR): collectFiles(inFolder: joinedPath(folder, name), relativePath: relative, into: &entries)
            default:
                // Links, other kinds of file, and file systems that do not say.
                let full = joinedPath(folder, name)
                var info = stat()
                if lstat(full, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
                    collectFiles(inFolder: full, relativePath: relative, into: &entries)
                } else if stat(full, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
                    entries.append(relative)
                }
            }
        }
    }

    private static func joinedPath(_ folder: String, _ name: String) -> String { "\(folder)/\(name)" }

    /// The entry's name if it is UTF-8, read where it lies.
    ///
    /// Not through a copy of `entry.pointee.d_name`: glibc sizes each record to its name, so
    /// copying the whole 256-byte field can read past the last record of a buffer into an unmapped
    /// page, which crashed on folders of long file names.
    private static func name(of entry: UnsafeMutablePointer<dirent>) -> String? {
        let nameOffset = MemoryLayout<dirent>.offset(of: \.d_name)!
        return String(validatingCString: (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self))
    }

    /// Reads a file's bytes, refusing files over the size limit before reading them.
    static func read(_ source: InputSource, maxBytes: Int) -> Result<InputFile, Diagnostic> {
        if source.path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= maxBytes else { return .failure(RunnerMessage.inputTooLarge(bytes: data.count, limit: maxBytes).about(source.path)) }
            return .success(InputFile(path: "-", bytes: Array(data)))
        }
        switch FileBytes.read(atPath: source.path, limit: maxBytes) {
        case .bytes(let bytes): return .success(InputFile(path: source.path, bytes: bytes))
        case .tooLarge(let size): return .failure(RunnerMessage.inputTooLarge(bytes: size, limit: maxBytes).about(source.path))
        case .failed(let reason): return .failure(RunnerMessage.unreadableInput(reason: reason).about(source.path))
        }
    }
}
