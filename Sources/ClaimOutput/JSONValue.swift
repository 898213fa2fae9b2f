import ClaimCore
import TextKernel

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
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Compact UTF-8, for writing straight to a file: `claims extract` emits one such line per document.
    public var bytes: [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        write(into: &output)
        return output
    }

    /// Writes into a byte buffer: appending bytes is several times cheaper than growing a `String`,
    /// and JSON writing is a large part of `claims extract --format jsonl`.
    public func write(into output: inout [UInt8]) {
        switch self {
        case .string(let value): JSONEscaping.appendQuoted(value, to: &output)
        case .int(let value): output += String(value).utf8
        case .double(let value): output += (value.isFinite ? String(value) : "null").utf8
        case .bool(let value): output += (value ? "true" : "false").utf8
        case .null: output += "null".utf8
        case .array(let values):
            output.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                value.write(into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let pairs):
            output.append(UInt8(ascii: "{"))
            for (index, pair) in pairs.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                JSONEscaping.appendQuoted(pair.key, to: &output)
                output.append(UInt8(ascii: ":"))
                pair.value.write(into: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Indented text for people (`--format json`), two spaces per level.
    public var prettyText: String {
        var output: [UInt8] = []
        writePretty(into: &output, indent: 0)
        return String(decoding: output, as: UTF8.self)
    }

    func writePretty(into output: inout [UInt8], indent: Int) {
        // Indentation is appended space by space, not as arrays made per value: a report of 100,000
        // claims has millions of values, and two arrays for each were much of its JSON's cost.
        switch self {
        case .array(let values) where !values.isEmpty:
            output += "[\n".utf8
            for (index, value) in values.enumerated() {
                Self.indent(&output, indent + 1)
                value.writePretty(into: &output, indent: indent + 1)
                output += (index < values.count - 1 ? ",\n" : "\n").utf8
            }
            Self.indent(&output, indent)
            output.append(UInt8(ascii: "]"))
        case .object(let pairs) where !pairs.isEmpty:
            output += "{\n".utf8
            for (index, pair) in pairs.enumerated() {
                Self.indent(&output, indent + 1)
                JSONEscaping.appendQuoted(pair.key, to: &output)
                output += ": ".utf8
                pair.value.writePretty(into: &output, indent: indent + 1)
                output += (index < pairs.count - 1 ? ",\n" : "\n").utf8
            }
            Self.indent(&output, indent)
            output.append(UInt8(ascii: "}"))
        default:
            write(into: &output)
        }
    }

    /// Two spaces per level.
    static func indent(_ output: inout [UInt8], _ level: Int) {
        for _ in 0..<2 * level { output.append(UInt8(ascii: " ")) }
    }
}
