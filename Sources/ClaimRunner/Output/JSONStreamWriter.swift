/// Writes JSON straight into a byte buffer, for output too large to build as a `JSONValue` tree
/// first: `claims extract` writes one record per document, and building each record as a tree of
/// enums, arrays and strings cost about as much as writing it.
///
/// The caller opens and closes containers; commas and key quoting are handled here. The text is
/// the same as `JSONValue.bytes` would produce for the same values.
///
/// Every write is a few appends at most: with hundreds of bytes of output per claim, per-field
/// overhead (escaping keys that never need it, `String(value)` for numbers, a stack of flags in an
/// array) cost as much as copying the strings.
struct JSONStreamWriter {
    var output: [UInt8]
    /// Bit `depth - 1` is set when the container open at that depth already has an element, so the
    /// next one needs a comma. Records nest a few levels deep; 64 is far more than any needs.
    private var hasElement: UInt64 = 0
    private var depth = 0
    /// Set after a key, so its value does not get a comma of its own.
    private var pendingKey = false

    init(output: [UInt8]) { self.output = output }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts a member of the current object; the value written next belongs to it. Names are
    /// literals in the code, which need no escaping, so they are copied as they are.
    mutating func key(_ name: StaticString) {
        element()
        output.append(UInt8(ascii: "\""))
        output.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        output.append(UInt8(ascii: "\""))
        output.append(UInt8(ascii: ":"))
        pendingKey = true
    }

    mutating func string(_ value: String) { element(); JSONValue.writeString(value, into: &output) }
    mutating func string(_ value: String?) { if let value { string(value) } else { null() } }
    mutating func null() { element(); output.append(contentsOf: UnsafeBufferPointer(start: ("null" as StaticString).utf8Start, count: 4)) }

    /// Decimal digits written from the end of a small stack buffer: the same text as `String(value)`
    /// without making a string for each offset.
    mutating func int(_ value: Int) {
        element()
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var magnitude = value.magnitude
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 { output.append(UInt8(ascii: "-")) }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    mutating func strings(_ values: [String]) {
        beginArray()
        values.forEach { string($0) }
        endArray()
    }

    private mutating func open(_ bracket: UInt8) {
        element()
        output.append(bracket)
        precondition(depth < 64, "JSON nested more than 64 levels deep")
        depth += 1
        hasElement &= ~(1 << (depth - 1))
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        output.append(bracket)
    }

    private mutating func element() {
        if pendingKey {
            pendingKey = false
            return
        }
        guard depth > 0 else { return }
        let bit: UInt64 = 1 << (depth - 1)
        if hasElement & bit != 0 { output.append(UInt8(ascii: ",")) }
        hasElement |= bit
    }
}
