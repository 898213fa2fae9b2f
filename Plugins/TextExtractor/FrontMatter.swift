/// Where YAML front matter sits in a text file: a first line `---`, YAML, then a line `---`
/// (or `...`), as Jekyll, Hugo and most Markdown tools write it.
struct FrontMatter {
    /// The YAML between the fence lines.
    var yamlText: String
    /// The line in the file where the YAML starts, for moving the reader's line numbers into the file.
    var firstLine: Int
    /// Where the body starts in `text`, in UTF-8 bytes: just after the closing fence line.
    var bodyOffset: Int

    enum Split {
        case none
        case found(FrontMatter)
        /// Opened by `---` but never closed; the whole text is then read as body.
        case unclosed
    }

    /// Splits off front matter from the start of `text` (which has no byte order mark).
    static func split(_ text: String) -> Split {
        // Most files have none: known from three bytes, before copying the text to look for lines.
        guard text.utf8.starts(with: "---".utf8) else { return .none }
        let bytes = Array(text.utf8)
        guard let firstEnd = lineEnd(bytes, from: 0), isFence(bytes[0..<firstEnd.content], opening: true) else {
            return .none
        }
        let yamlStart = firstEnd.next
        var lineStart = yamlStart
        while lineStart < bytes.count {
            guard let end = lineEnd(bytes, from: lineStart) else { break }
            if isFence(bytes[lineStart..<end.content], opening: false) {
                let yaml = String(decoding: bytes[yamlStart..<lineStart], as: UTF8.self)
                return .found(FrontMatter(yamlText: yaml, firstLine: 2, bodyOffset: end.next))
            }
            lineStart = end.next
        }
        return .unclosed
    }

    /// The end of a line's content (before `\r\n` or `\n`) and the start of the next line.
    private static func lineEnd(_ bytes: [UInt8], from start: Int) -> (content: Int, next: Int)? {
        guard start < bytes.count else { return nil }
        guard let newline = bytes[start...].firstIndex(of: 0x0A) else { return (bytes.count, bytes.count) }
        let content = newline > start && bytes[newline - 1] == 0x0D ? newline - 1 : newline
        return (content, newline + 1)
    }

    /// `---`, allowing trailing spaces; a closing fence may also be `...`, YAML's end-of-document mark.
    private static func isFence(_ line: ArraySlice<UInt8>, opening: Bool) -> Bool {
        var line = line
        while line.last == 0x20 || line.last == 0x09 { line = line.dropLast() }
        return line.elementsEqual("---".utf8) || (!opening && line.elementsEqual("...".utf8))
    }
}
