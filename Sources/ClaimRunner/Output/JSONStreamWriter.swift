/// Writes JSON straight into a byte buffer, for output too large to build as a `JSONValue` tree
/// first: `claims extract` writes one record per document, and building each record as a tree of
/// enums, arrays and strings cost about as much as writing it.
///
/// The caller opens and closes containers; commas and key quoting are handled here. The text is
/// the same as `JSONValue.bytes` would produce for the same values.
struct JSONStreamWriter {
    var output: [UInt8]
    /// Whether the innermost open container already has an element (so the next one needs a comma).
    private var hasElement: [Bool] = []

    init(output: [UInt8]) { self.output = output }

    mutating func beginObject() { element(); output.append(UInt8(ascii: "{")); hasElement.append(false) }
    mutating func endObject() { hasElement.removeLast(); output.append(UInt8(ascii: "}")) }
    mutating func beginArray() { element(); output.append(UInt8(ascii: "[")); hasElement.append(false) }
    mutating func endArray() { hasElement.removeLast(); output.append(UInt8(ascii: "]")) }

    /// Starts a member of the current object; the value written next belongs to it.
    mutating func key(_ name: String) {
        element()
        JSONValue.writeString(name, into: &output)
        output.append(UInt8(ascii: ":"))
        pendingKey = true
    }

    mutating func string(_ value: String) { element(); JSONValue.writeString(value, into: &output) }
    mutating func string(_ value: String?) { if let value { string(value) } else { null() } }
    mutating func int(_ value: Int) { element(); output += String(value).utf8 }
    mutating func null() { element(); output += "null".utf8 }

    mutating func strings(_ values: [String]) {
        beginArray()
        values.forEach { string($0) }
        endArray()
    }

    /// Set after a key, so its value does not get a comma of its own.
    private var pendingKey = false

    private mutating func element() {
        if pendingKey {
            pendingKey = false
            return
        }
        guard let last = hasElement.indices.last else { return }
        if hasElement[last] { output.append(UInt8(ascii: ",")) }
        hasElement[last] = true
    }
}
