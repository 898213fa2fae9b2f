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
    private static func looksNumeric(_ text: String) -> Bool {
        if Int(text) != nil || Double(text) != nil { return true }
        let unsigned = text.drop { $0 == "+" || $0 == "-" }
        if [".inf", ".nan", "inf", "nan", "infinity"].contains(unsigned.lowercased()) { return true }
        let startsLikeNumber = unsigned.first?.isASCIIDigit == true
            || (unsigned.first == "." && unsigned.dropFirst().first?.isASCIIDigit == true)
        let numberCharacters = Set("0123456789abcdefABCDEFxXoO_.:+-")
        return startsLikeNumber && unsigned.allSatisfy(numberCharacters.contains)
    }

    /// `2022-01-10`, `2022-1-9`, `2022-01-10T10:00:00Z`, `2022-01-10 10:00`: YAML 1.1 timestamps.
    private static func looksLikeTimestamp(_ text: String) -> Bool {
        text.prefixMatch(of: /[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/) != nil
    }

    /// Leading or trailing whitespace, which plain scalars lose; a final line break is left to
    /// literal blocks, which keep it.
    private static func hasPaddingWhitespace(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return (first.properties.isWhitespace && first != "\n") || (last.properties.isWhitespace && last != "\n")
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
