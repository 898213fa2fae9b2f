/// A JSON value whose objects keep their key order, so output reads in the documented order
/// and is byte-for-byte stable between runs (Foundation's encoders sort or scramble keys).
public indirect enum JSONValue: Hashable, Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    /// `.string`, or `.null` when nil.
    public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// Compact text on one line, as JSON Lines needs.
    public var text: String {
        var output = ""
        write(to: &output)
        return output
    }

    public func write(to output: inout String) {
        switch self {
        case .string(let value): JSONValue.writeString(value, to: &output)
        case .int(let value): output += String(value)
        case .double(let value): output += value.isFinite ? String(value) : "null"
        case .bool(let value): output += value ? "true" : "false"
        case .null: output += "null"
        case .array(let values):
            output += "["
            for (index, value) in values.enumerated() {
                if index > 0 { output += "," }
                value.write(to: &output)
            }
            output += "]"
        case .object(let pairs):
            output += "{"
            for (index, pair) in pairs.enumerated() {
                if index > 0 { output += "," }
                JSONValue.writeString(pair.key, to: &output)
                output += ":"
                pair.value.write(to: &output)
            }
            output += "}"
        }
    }

    /// Indented text for people (`--format json`), two spaces per level.
    public var prettyText: String {
        var output = ""
        writePretty(to: &output, indent: 0)
        return output
    }

    private func writePretty(to output: inout String, indent: Int) {
        let inner = String(repeating: "  ", count: indent + 1)
        let outer = String(repeating: "  ", count: indent)
        switch self {
        case .array(let values) where !values.isEmpty:
            output += "[\n"
            for (index, value) in values.enumerated() {
                output += inner
                value.writePretty(to: &output, indent: indent + 1)
                output += index < values.count - 1 ? ",\n" : "\n"
            }
            output += outer + "]"
        case .object(let pairs) where !pairs.isEmpty:
            output += "{\n"
            for (index, pair) in pairs.enumerated() {
                output += inner
                JSONValue.writeString(pair.key, to: &output)
                output += ": "
                pair.value.writePretty(to: &output, indent: indent + 1)
                output += index < pairs.count - 1 ? ",\n" : "\n"
            }
            output += outer + "}"
        default:
            write(to: &output)
        }
    }

    /// Escapes by scanning the UTF-8 bytes and copying the runs between escapes as whole slices of
    /// `value` (most strings have no escape at all and are copied in one append): appending scalar by
    /// scalar cost about a third of `claims extract --format jsonl`.
    private static func writeString(_ value: String, to output: inout String) {
        output += "\""
        let utf8 = value.utf8
        let done: Void? = utf8.withContiguousStorageIfAvailable { bytes in
            var runStart = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                let width: Int
                if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b < 0x20 {
                    width = 1
                } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                    width = 3  // U+2028, U+2029
                } else {
                    i &+= 1
                    continue
                }
                if runStart < i { output += value[utf8.index(utf8.startIndex, offsetBy: runStart)..<utf8.index(utf8.startIndex, offsetBy: i)] }
                let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<(i + width)]), as: UTF8.self).unicodeScalars.first!
                writeEscape(scalar, to: &output)
                i += width
                runStart = i
            }
            if runStart == 0 {
                output += value
            } else if runStart < bytes.count {
                output += value[utf8.index(utf8.startIndex, offsetBy: runStart)...]
            }
        }
        if done == nil {
            for scalar in value.unicodeScalars { writeEscape(scalar, to: &output) }
        }
        output += "\""
    }

    /// One scalar of a string, escaped as JSON needs (or as it is).
    private static func writeEscape(_ scalar: Unicode.Scalar, to output: inout String) {
        switch scalar {
        case "\"": output += "\\\""
        case "\\": output += "\\\\"
        case "\n": output += "\\n"
        case "\r": output += "\\r"
        case "\t": output += "\\t"
        case "\u{2028}": output += "\\u2028"
        case "\u{2029}": output += "\\u2029"
        default:
            if scalar.value < 0x20 {
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
    }
}
