/// HTML5's named character references (`&hellip;`, `&nbsp;`, `&eacute;`, 2,125 of them), which
/// feeds and fact-checkers' JSON use freely although XML declares only five.
///
/// The table is data (`Resources/html-entities.tsv`, written by `scripts/html-entities.py` from the
/// WHATWG list), compiled into the binary and read the first time something needs it.
public enum HTMLEntities {
    /// The characters a name stands for (one or two scalars), nil for a name HTML does not define.
    public static func characters(named name: String) -> String? {
        table[name]
    }

    /// The five names XML itself defines, which a feed may use as they are.
    public static let xmlNames: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    private static let table: [String: String] = {
        var table: [String: String] = [:]
        let text = String(decoding: PackageResources.html_entities_tsv, as: UTF8.self)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            var characters = ""
            for hex in fields[1].split(separator: " ") {
                if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) { characters.unicodeScalars.append(scalar) }
            }
            table[String(fields[0])] = characters
        }
        return table
    }()

    /// Text with `&amp;`, `&#8217;`, `&#x2019;` and HTML's named references decoded; anything
    /// else that starts with `&` is kept as written.
    public static func decoded(_ bytes: [UInt8]) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var result = ""
        var index = 0
        var plainStart = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "&"),
                  let semicolon = bytes[index..<min(bytes.count, index + 40)].firstIndex(of: UInt8(ascii: ";")),
                  let referenced = referencedText(bytes[(index + 1)..<semicolon]) else {
                index += 1
                continue
            }
            result += String(decoding: bytes[plainStart..<index], as: UTF8.self)
            result += referenced
            index = semicolon + 1
            plainStart = index
        }
        result += String(decoding: bytes[plainStart...], as: UTF8.self)
        return result
    }

    public static func decoded(_ text: String) -> String {
        text.contains("&") ? decoded(Array(text.utf8)) : text
    }

    /// What a reference's body (between `&` and `;`) stands for: a character by number, or the
    /// one or two characters of an HTML name.
    private static func referencedText(_ body: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: body, as: UTF8.self)
        if text.hasPrefix("#x") || text.hasPrefix("#X") {
            return UInt32(text.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        if text.hasPrefix("#") {
            return UInt32(text.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        return characters(named: text)
    }
}
