import ClaimCore

/// The raw input of one parse, for turning libyaml positions into `SourceLocation`s and quoting the
/// offending line under an error message.
///
/// Lines break where libyaml breaks them: `\n`, `\r\n`, `\r`, NEL, LS and PS.
struct YAMLSourceText {
    let file: String
    let bytes: [UInt8]

    /// libyaml counts lines and columns from zero; this is the one place that adds one.
    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line + 1, column: column + 1)
    }

    /// The location of a byte offset, for reader errors, which libyaml reports as offsets only.
    func location(ofByteOffset offset: Int) -> SourceLocation {
        var line = 0, lineStart = 0, index = 0
        let end = min(offset, bytes.count)
        while index < end {
            if let width = lineBreakWidth(at: index) {
                index += width
                line += 1
                lineStart = index
            } else {
                index += 1
            }
        }
        // Columns count characters, as libyaml does; continuation bytes don't start one.
        var column = bytes[lineStart..<end].count { $0 & 0xC0 != 0x80 }
        if line == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]), end >= 3 { column -= 1 }
        return location(line: line, column: column)
    }

    /// The text of line `number` (counted from one), or nil past the end. Bytes that aren't valid
    /// UTF-8 and control characters become U+FFFD, so the line prints safely and the caret stays
    /// aligned; a byte order mark, which libyaml skips without counting, is dropped.
    func line(_ number: Int) -> String? {
        var line = 1, index = 0, lineStart = 0
        while index < bytes.count, line < number {
            if let width = lineBreakWidth(at: index) {
                index += width
                line += 1
                lineStart = index
            } else {
                index += 1
            }
        }
        guard line == number, lineStart <= bytes.count else { return nil }
        var lineEnd = lineStart
        while lineEnd < bytes.count, lineBreakWidth(at: lineEnd) == nil { lineEnd += 1 }
        let text = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        var printable = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let isControl = scalar.properties.generalCategory == .control && scalar != "\t"
            if scalar == "\u{FEFF}" { continue }
            printable.append(isControl ? "\u{FFFD}" : scalar)
        }
        return String(printable)
    }

    /// `message` at `location`, showing the offending line with a caret under the column
    /// (unless the line is empty, as at the end of the input, where a lone caret says nothing).
    func diagnostic(_ message: ConfigMessage, at location: SourceLocation) -> Diagnostic {
        message.at(location, sourceLine: line(location.line).flatMap { $0.isEmpty ? nil : $0 })
    }

    private func lineBreakWidth(at index: Int) -> Int? {
        switch bytes[index] {
        case 0x0A: return 1
        case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: return 2
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
            return 3
        default: return nil
        }
    }
}
