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
    static func collect(_ paths: [String]) -> (inputs: [InputSource], problems: [ExtractionProblem]) {
        var inputs: [InputSource] = []
        var problems: [ExtractionProblem] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                inputs.append(InputSource(path: "-"))
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(ExtractionProblem(file: path, "no such file or folder"))
                continue
            }
            guard isDirectory.boolValue else {
                inputs.append(InputSource(path: path))
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let entries = (manager.enumerator(atPath: base)?.allObjects as? [String] ?? []).sorted()
            for entry in entries where !entry.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                let full = "\(base)/\(entry)"
                var entryIsDirectory: ObjCBool = false
                if manager.fileExists(atPath: full, isDirectory: &entryIsDirectory), !entryIsDirectory.boolValue {
                    inputs.append(InputSource(path: full))
                }
            }
        }
        return (inputs, problems)
    }

    /// Reads a file's bytes, refusing files over the size limit before reading them.
    static func read(_ source: InputSource, maxBytes: Int) -> Result<InputFile, ExtractionProblem> {
        if source.path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= maxBytes else { return .failure(tooLarge(source.path, data.count, maxBytes)) }
            return .success(InputFile(path: "-", bytes: Array(data)))
        }
        switch FileBytes.read(atPath: source.path, limit: maxBytes) {
        case .bytes(let bytes): return .success(InputFile(path: source.path, bytes: bytes))
        case .tooLarge(let size): return .failure(tooLarge(source.path, size, maxBytes))
        case .failed(let reason): return .failure(ExtractionProblem(file: source.path, "could not be read: \(reason)"))
        }
    }

    private static func tooLarge(_ path: String, _ size: Int, _ maxBytes: Int) -> ExtractionProblem {
        let megabytes = { (bytes: Int) in String(format: "%.1f", Double(bytes) / 1_048_576) }
        return ExtractionProblem(
            file: path,
            "is \(megabytes(size)) MB, over the limit of \(maxBytes / 1_048_576) MB set by 'extraction.max_file_megabytes'; skipped")
    }
}
