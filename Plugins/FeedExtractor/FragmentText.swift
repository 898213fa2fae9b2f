import ClaimCore

/// Plain text from the HTML fragments that feeds put in `description`, `content:encoded` and
/// Atom `type="html"` content.
///
/// A small scanner rather than libxml2: this plugin depends on the core only (the core must not
/// link libxml2, and the HTML plugin's parser is not ours to share), and item fragments are short
/// and nearly always well-formed. It drops tags and comments, skips `<script>` and `<style>` with
/// their content, keeps CDATA text, decodes character references, and turns block elements into
/// paragraph breaks. A `<` that does not start a tag ("a < b") is kept as text.
enum FragmentText {
    static func plainText(fromHTML html: String) -> String {
        var builder = TextBuilder()
        let bytes = Array(html.utf8)
        var index = 0
        var pending: [UInt8] = []  // text since the last tag, appended in one piece
        func flush() {
            if !pending.isEmpty { builder.append(HTMLEntities.decoded(pending), fileOffset: nil) }
            pending.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                pending.append(bytes[index])
                index += 1
                continue
            }
            if bytes[index...].starts(with: "<!--".utf8) {
                flush()
                index = find("-->", in: bytes, from: index + 4).map { $0 + 3 } ?? bytes.count
            } else if bytes[index...].starts(with: "<![CDATA[".utf8) {
                let end = find("]]>", in: bytes, from: index + 9) ?? bytes.count
                pending += bytes[(index + 9)..<end]
                index = min(bytes.count, end + 3)
            } else if let tag = Tag(in: bytes, at: index) {
                flush()
                index = tag.end
                if !tag.isClosing, tag.name == "script" || tag.name == "style" {
                    index = endOfRawText(named: tag.name, in: bytes, from: index)
                } else if blockElements.contains(tag.name) {
                    builder.breakParagraph()
                } else if tag.name == "td" || tag.name == "th" {
                    builder.breakWord()
                }
            } else {
                pending.append(bytes[index])
                index += 1
            }
        }
        flush()
        return builder.text
    }

    private static let blockElements: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
        "table", "section", "article", "figure", "figcaption", "pre", "hr", "dl", "dt", "dd",
    ]

    /// A tag starting at `start`: `<name …>` or `</name>`, attributes skipped with their quotes.
    private struct Tag {
        var name: String
        var isClosing: Bool
        var end: Int

        init?(in bytes: [UInt8], at start: Int) {
            var index = start + 1
            isClosing = index < bytes.count && bytes[index] == UInt8(ascii: "/")
            if isClosing { index += 1 }
            let nameStart = index
            while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
            guard index > nameStart, isLetter(bytes[nameStart]) || bytes[nameStart] == UInt8(ascii: "!") || bytes[nameStart] == UInt8(ascii: "?") else { return nil }
            name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            var quote: UInt8?
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    break
                }
            }
            end = index
        }
    }

    private static func endOfRawText(named name: String, in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while let open = find("</", in: bytes, from: index) {
            if let tag = Tag(in: bytes, at: open), tag.isClosing, tag.name == name { return tag.end }
            index = open + 2
        }
        return bytes.count
    }

    /// Where `needle` first occurs in `bytes` from `start` on.
    static func find(_ needle: String, in bytes: [UInt8], from start: Int) -> Int? {
        let needle = Array(needle.utf8)
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

private func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
}

private func isNameByte(_ byte: UInt8) -> Bool {
    isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
        || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
}
