/// HTML5's named character references (`&hellip;`, `&nbsp;`, `&eacute;`, 2,125 of them), which
/// feeds use freely although XML declares only five.
///
/// The table is data (`Resources/html-entities.tsv`, written by `scripts/html-entities.py` from the
/// WHATWG list), compiled into the binary and read the first time a feed needs it.
enum HTMLEntities {
    /// The characters a name stands for (one or two scalars), nil for a name HTML does not define.
    static func characters(named name: String) -> String? {
        table[name]
    }

    /// The five names XML itself defines, which a feed may use as they are.
    static let xmlNames: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

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
}
