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
    /// and JSON writing was a third of `claims extract --format jsonl`.
    public func write(into output: inout [UInt8]) {
        switch self {
        case .string(let value): JSONValue.writeString(value, into: &output)
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
                JSONValue.writeString(pair.key, into: &output)
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

    private func writePretty(into output: inout [UInt8], indent: Int) {
        let inner = Array(repeating: UInt8(ascii: " "), count: 2 * (indent + 1))
        let outer = Array(repeating: UInt8(ascii: " "), count: 2 * indent)
        switch self {
        case .array(let values) where !values.isEmpty:
            output += "[\n".utf8
            for (index, value) in values.enumerated() {
                output += inner
                value.writePretty(into: &output, indent: indent + 1)
                output += (index < values.count - 1 ? ",\n" : "\n").utf8
            }
            output += outer
            output.append(UInt8(ascii: "]"))
        case .object(let pairs) where !pairs.isEmpty:
            output += "{\n".utf8
            for (index, pair) in pairs.enumerated() {
                output += inner
                JSONValue.writeString(pair.key, into: &output)
                output += ": ".utf8
                pair.value.writePretty(into: &output, indent: indent + 1)
                output += (index < pairs.count - 1 ? ",\n" : "\n").utf8
            }
            output += outer
            output.append(UInt8(ascii: "}"))
        default:
            write(into: &output)
        }
    }

    /// Copies the runs between escapes whole (most strings have no escape at all), finding the next
    /// byte that may need one eight bytes at a time: strings are most of the bytes `claims extract` writes.
    static func writeString(_ value: String, into output: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            // Room for the longest result, written through a pointer, then the unused tail dropped.
            let start = output.count
            output.append(contentsOf: repeatElement(0, count: maxQuotedCount(utf8Count: bytes.count)))
            let written = output.withUnsafeMutableBufferPointer { writeQuoted(bytes, to: $0.baseAddress! + start) }
            output.removeLast(output.count - start - written)
        }
    }

    /// The most bytes `writeQuoted` writes for `count` bytes of UTF-8: each one a `\u00XX`, and two quotes.
    static func maxQuotedCount(utf8Count count: Int) -> Int { 6 * count + 2 }

    /// Writes `bytes` as a quoted JSON string at `destination`, which has room for
    /// `maxQuotedCount(utf8Count: bytes.count)` bytes, and returns how many it wrote.
    static func writeQuoted(_ bytes: UnsafeBufferPointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        var next = destination
        func copy(_ range: Range<Int>) {
            guard !range.isEmpty, let base = bytes.baseAddress else { return }
            next.initialize(from: base + range.lowerBound, count: range.count)
            next += range.count
        }
        next.initialize(to: UInt8(ascii: "\""))
        next += 1
        var runStart = 0
        var index = JSONEscapeScan.firstCandidate(in: bytes, from: 0)
        while index < bytes.count {
            let width = JSONEscapeScan.escapedWidth(in: bytes, at: index)
            if width > 0 {
                copy(runStart..<index)
                next += writeEscape(of: bytes, at: index, to: next)
                runStart = index + width
            }
            index = JSONEscapeScan.firstCandidate(in: bytes, from: index + max(width, 1))
        }
        copy(runStart..<bytes.count)
        next.initialize(to: UInt8(ascii: "\""))
        next += 1
        return next - destination
    }

    /// Writes the escape for the byte (or, for U+2028 and U+2029, the three bytes) at `index`,
    /// which `JSONEscapeScan.escapedWidth` said needs one, and returns its length.
    private static func writeEscape(of bytes: UnsafeBufferPointer<UInt8>, at index: Int, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        let byte = bytes[index]
        let escape: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8)
        let length: Int
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): escape = (0x5C, byte, 0, 0, 0, 0); length = 2
        case UInt8(ascii: "\n"): escape = (0x5C, UInt8(ascii: "n"), 0, 0, 0, 0); length = 2
        case UInt8(ascii: "\r"): escape = (0x5C, UInt8(ascii: "r"), 0, 0, 0, 0); length = 2
        case UInt8(ascii: "\t"): escape = (0x5C, UInt8(ascii: "t"), 0, 0, 0, 0); length = 2
        case 0xE2:
            // U+2028 and U+2029 are valid JSON but end lines in JavaScript.
            let last = bytes[index + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9")
            escape = (0x5C, UInt8(ascii: "u"), UInt8(ascii: "2"), UInt8(ascii: "0"), UInt8(ascii: "2"), last); length = 6
        default:
            // Other control characters as \u00XX, in lowercase hex.
            escape = (0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hexDigit(byte >> 4), hexDigit(byte & 0xF)); length = 6
        }
        withUnsafeBytes(of: escape) { destination.initialize(from: $0.bindMemory(to: UInt8.self).baseAddress!, count: length) }
        return length
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}

/// Finding the bytes of a JSON string that need escaping: `"`, `\`, control characters and the
/// lead byte 0xE2 of U+2028 and U+2029 (which also leads `’`, `—` and other punctuation, so it is
/// only a candidate).
enum JSONEscapeScan {
    /// The index of the first candidate byte at or after `start`, or `bytes.count` when there is none.
    ///
    /// Eight bytes at a time (SWAR over a `UInt64`): escapes are rare and quotes run to a hundred
    /// bytes, so checking each byte on its own was a tenth of `claims extract --format jsonl`.
    @inline(__always)
    static func firstCandidate(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let lanes = candidateLanes(in: word)
                // Little-endian: the lowest flagged lane is the first candidate in memory order.
                if lanes != 0 { return index + lanes.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < bytes.count, !isCandidate(bytes[index]) { index += 1 }
        return index
    }

    @inline(__always)
    static func isCandidate(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xE2
    }

    /// The high bit of each byte lane of `word` that holds a candidate.
    ///
    /// `(x - 0x01…) & ~x & 0x80…` flags lanes of `x` that are zero (below 0x20 with `0x20…`).
    /// A borrow can also flag a lane above a flagged one, never below it, so the lowest flag is
    /// always a real candidate; the lanes above it are scanned again after it.
    @inline(__always)
    static func candidateLanes(in word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroLanes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highBits }
        let control = (word &- ones &* 0x20) & ~word & highBits
        let quote = zeroLanes(word ^ (ones &* UInt64(UInt8(ascii: "\""))))
        let backslash = zeroLanes(word ^ (ones &* UInt64(UInt8(ascii: "\\"))))
        let separatorLead = zeroLanes(word ^ (ones &* 0xE2))
        return control | quote | backslash | separatorLead
    }

    /// How many bytes from `index` the escape stands for: 3 for U+2028 and U+2029, 1 for the
    /// other escapes, 0 when the candidate there needs none.
    @inline(__always)
    static func escapedWidth(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard bytes[index] == 0xE2 else { return 1 }
        let isSeparator = index + 2 < bytes.count && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
        return isSeparator ? 3 : 0
    }
}
