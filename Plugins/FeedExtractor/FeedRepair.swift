import ClaimCore

/// A feed's bytes made into the XML its author meant, before parsing, the way lenient feed readers
/// read feeds: HTML's named references (`&hellip;`, which XML does not declare) become numeric
/// ones, and the two slips every hand-made feed has — a bare `&` ("Smith & Sons") and a `<` that
/// starts no tag ("profits < forecasts") — are escaped. Processing instructions other than the XML
/// declaration are left out (they carry no feed content). CDATA sections, comments and the document
/// type are copied as they are, and references to entities the document type declares are left to
/// the parser (which bounds their expansion).
struct FeedRepair {
    /// The repaired UTF-8 bytes.
    private(set) var bytes: [UInt8] = []
    /// The first slip that was escaped, for the warning; nil when the feed needed none.
    private(set) var firstSlip: (problem: String, line: Int, column: Int)?
    private(set) var slipCount = 0
    /// True when the feed declares entities of its own: such a feed is parsed strictly or not at
    /// all, since reading it leniently would mean expanding them by hand.
    private(set) var declaresEntities = false

    private var declaredNames: Set<String> = []

    init(_ source: [UInt8]) {
        bytes.reserveCapacity(source.count + source.count / 64)
        var index = 0
        while index < source.count {
            let byte = source[index]
            if byte == UInt8(ascii: "&") {
                index = copyReference(in: source, at: index)
            } else if byte == UInt8(ascii: "<") {
                index = copyMarkup(in: source, at: index)
            } else {
                bytes.append(byte)
                index += 1
            }
        }
    }

    /// The XML declaration rewritten to say UTF-8, for text that was converted from another encoding.
    static func declaringUTF8(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.starts(with: "<?xml".utf8), let end = FragmentText.find("?>", in: bytes, from: 0) else { return bytes }
        return Array("<?xml version=\"1.0\" encoding=\"UTF-8\"".utf8) + bytes[end...]
    }

    // MARK: References

    private mutating func copyReference(in source: [UInt8], at start: Int) -> Int {
        var end = start + 1
        let limit = min(source.count, start + 42)
        if end < limit, source[end] == UInt8(ascii: "#") {
            end += 1
            let hex = end < limit && (source[end] | 0x20) == UInt8(ascii: "x")
            if hex { end += 1 }
            let digitsStart = end
            while end < limit, hex ? isHexDigit(source[end]) : isDigit(source[end]) { end += 1 }
            if end > digitsStart, end < limit, source[end] == UInt8(ascii: ";") {
                bytes += source[start...end]
                return end + 1
            }
        } else {
            while end < limit, isNameByte(source[end]) { end += 1 }
            if end > start + 1, end < limit, source[end] == UInt8(ascii: ";") {
                let name = String(decoding: source[(start + 1)..<end], as: UTF8.self)
                if HTMLEntities.xmlNames.contains(name) || declaredNames.contains(name) {
                    bytes += source[start...end]
                    return end + 1
                }
                if let characters = HTMLEntities.characters(named: name) {
                    for scalar in characters.unicodeScalars { bytes += Array("&#x\(String(scalar.value, radix: 16));".utf8) }
                    return end + 1
                }
                noteSlip("undeclared entity '\(name)'", in: source, at: start)
                bytes += "&amp;".utf8
                return start + 1
            }
        }
        noteSlip("'&' that starts no reference", in: source, at: start)
        bytes += "&amp;".utf8
        return start + 1
    }

    // MARK: Markup

    private mutating func copyMarkup(in source: [UInt8], at start: Int) -> Int {
        let rest = source[start...]
        if rest.starts(with: "<![CDATA[".utf8) { return copy(source, from: start, through: "]]>") }
        if rest.starts(with: "<!--".utf8) { return copy(source, from: start, through: "-->") }
        if rest.starts(with: "<?".utf8) {
            // The XML declaration stays; other processing instructions (`<?xml-stylesheet …?>`) carry no
            // feed content, and Foundation's parser crashes on one without data (`<?nav?>`, found by
            // fuzzing), so they are left out.
            if start == 0 && rest.starts(with: "<?xml ".utf8) { return copy(source, from: start, through: "?>") }
            return FragmentText.find("?>", in: source, from: start + 2).map { $0 + 2 } ?? source.count
        }
        if rest.starts(with: "<!".utf8) { return copyDocumentType(source, from: start) }
        let next = start + 1 < source.count ? source[start + 1] : 0
        let nameStart = next == UInt8(ascii: "/") ? (start + 2 < source.count ? source[start + 2] : 0) : next
        guard isNameStartByte(nameStart) else {
            noteSlip("'<' that starts no tag", in: source, at: start)
            bytes += "&lt;".utf8
            return start + 1
        }
        // A tag: copied to its '>', quotes respected, references inside attribute values repaired too.
        // A '<' outside quotes means the tag is broken: it ends there, and what follows is read as markup
        // again (so a processing instruction inside a broken tag is left out like any other).
        var index = start
        var quote: UInt8?
        while index < source.count {
            let byte = source[index]
            if quote == nil, byte == UInt8(ascii: "<"), index > start { return index }
            if let open = quote {
                if byte == open { quote = nil }
                if byte == UInt8(ascii: "&") { index = copyReference(in: source, at: index); continue }
                if byte == UInt8(ascii: "<") { bytes += "&lt;".utf8; index += 1; continue }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                bytes.append(byte)
                return index + 1
            }
            bytes.append(byte)
            index += 1
        }
        return index
    }

    /// `<!DOCTYPE …>` with its internal subset in brackets, noting the entities it declares.
    private mutating func copyDocumentType(_ source: [UInt8], from start: Int) -> Int {
        var index = start + 2
        var depth = 0
        while index < source.count {
            let byte = source[index]
            if byte == UInt8(ascii: "[") { depth += 1 }
            if byte == UInt8(ascii: "]") { depth -= 1 }
            if byte == UInt8(ascii: ">"), depth <= 0 { index += 1; break }
            index += 1
        }
        let declaration = source[start..<index]
        bytes += declaration
        let text = String(decoding: declaration, as: UTF8.self)
        for part in text.components(separatedBy: "<!ENTITY").dropFirst() {
            let name = part.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "%" }.prefix { !" \t\n".contains($0) }
            if !name.isEmpty { declaredNames.insert(String(name)); declaresEntities = true }
        }
        return index
    }

    private mutating func copy(_ source: [UInt8], from start: Int, through terminator: String) -> Int {
        let end = FragmentText.find(terminator, in: source, from: start + 2).map { $0 + terminator.utf8.count } ?? source.count
        bytes += source[start..<end]
        return end
    }

    private mutating func noteSlip(_ problem: String, in source: [UInt8], at offset: Int) {
        slipCount += 1
        guard firstSlip == nil else { return }
        let before = source[..<offset]
        let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        firstSlip = (problem, line, offset - lineStart + 1)
    }
}

private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

private func isHexDigit(_ byte: UInt8) -> Bool {
    isDigit(byte) || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "f"))
}

/// Letters, `_`, `:` and any byte of a non-ASCII character can start an XML name.
private func isNameStartByte(_ byte: UInt8) -> Bool {
    ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
        || byte == UInt8(ascii: ":") || byte >= 0x80
}

private func isNameByte(_ byte: UInt8) -> Bool {
    isNameStartByte(byte) || isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
}
