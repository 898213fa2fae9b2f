/// How a string is written so that any YAML reader reads back exactly that string.
///
/// libyaml's emitter checks syntax only: it would write `true`, `null`, `123` or `2022-01-10`
/// plain, and a reader would then see a boolean, nothing, a number or a date. Those strings are
/// forced into double quotes here; everything else is left to libyaml, which quotes what its
/// syntax requires (`a: b`, `#x`, `- x`, tabs, control characters …).
enum YAMLScalarStyle: Equatable {
    /// Let libyaml choose plain, single- or double-quoted.
    case any
    case doubleQuoted
    /// A `|` block, for multi-line text; libyaml itself falls back to double quotes when a literal
    /// can't hold the text exactly (trailing spaces on a line, control characters …).
    case literal

    init(for text: String) {
        if YAMLScalarStyle.readsAsNonString(text) || YAMLScalarStyle.hasPaddingWhitespace(text) {
            self = .doubleQuoted
        } else if text.contains("\n") {
            self = .literal
        } else {
            self = .any
        }
    }

    /// Words that YAML 1.1 or 1.2 readers resolve to null or a boolean, compared ignoring case,
    /// plus the 1.1 merge (`<<`) and value (`=`) keys.
    private static let reservedWords: Set<String> = [
        "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n", "<<", "=",
    ]

    /// True when a plain scalar with this text would not read back as this string.
    static func readsAsNonString(_ text: String) -> Bool {
        text.isEmpty || reservedWords.contains(text.lowercased()) || looksNumeric(text) || looksLikeTimestamp(text)
    }

    /// Integers and floats in any YAML or Swift spelling: `1_000`, `0x1F`, `0o17`, `+1`, `1e3`,
    /// `.5`, `1:30` (1.1 base 60), `.inf`, `-.NaN`. Erring towards quoting is harmless.
    ///
    /// Checked over bytes first: most strings in a claim file are words, and rejecting them must be cheap.
    private static func looksNumeric(_ text: String) -> Bool {
        let bytes = text.utf8
        var index = bytes.startIndex
        while index != bytes.endIndex, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            index = bytes.index(after: index)
        }
        guard index != bytes.endIndex else { return false }
        let first = bytes[index]
        if first == UInt8(ascii: ".") || first | 0x20 == UInt8(ascii: "i") || first | 0x20 == UInt8(ascii: "n") {
            let word = String(decoding: bytes[index...], as: UTF8.self).lowercased()
            if [".inf", ".nan", "inf", "nan", "infinity"].contains(word) { return true }
        }
        let startsLikeNumber = isDigit(first)
            || (first == UInt8(ascii: ".") && bytes.index(after: index) != bytes.endIndex && isDigit(bytes[bytes.index(after: index)]))
        guard startsLikeNumber else { return false }
        return bytes[index...].allSatisfy { byte in
            isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f")) || byte | 0x20 == UInt8(ascii: "x")
                || byte | 0x20 == UInt8(ascii: "o") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// `2022-01-10`, `2022-1-9`, `2022-01-10T10:00:00Z`, `2022-01-10 10:00`: YAML 1.1 timestamps.
    ///
    /// A byte scan for `DDDD-D[D]-D[D]` at the start: every claim file writes dozens of strings, and a
    /// `Regex` here would cost more than all the rest of writing a file.
    private static func looksLikeTimestamp(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        func digits(atLeast minimum: Int, atMost maximum: Int, then terminator: UInt8?) -> Bool {
            var count = 0
            while let byte = utf8.next() {
                if byte >= 0x30 && byte <= 0x39 {
                    count += 1
                    if count > maximum { return terminator == nil }
                    continue
                }
                return count >= minimum && (terminator == nil || byte == terminator)
            }
            return count >= minimum && terminator == nil
        }
        let dash = UInt8(ascii: "-")
        return digits(atLeast: 4, atMost: 4, then: dash) && digits(atLeast: 1, atMost: 2, then: dash)
            && digits(atLeast: 1, atMost: 2, then: nil)
    }

    /// Leading or trailing whitespace, which plain scalars lose; a final line break is left to
    /// literal blocks, which keep it.
    private static func hasPaddingWhitespace(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return (first.properties.isWhitespace && first != "\n") || (last.properties.isWhitespace && last != "\n")
    }
}
