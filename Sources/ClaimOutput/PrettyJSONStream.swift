import ClaimCore
import TextKernel

/// Pretty JSON for a large listing, written piece by piece: byte for byte what `JSONValue.prettyText`
/// writes for the whole tree, but the long array (a report's or a listing's claims) is made one element
/// at a time and the text goes to `sink` in chunks of about `chunkSize` bytes.
///
/// Why: on a ledger of 100,000 claims the whole tree and its text took most of a gigabyte and more
/// time than the report itself; written this way the output's memory is one chunk, whatever the size.
public struct PrettyJSONStream {
    public static let chunkSize = 1 << 16

    /// `{ fields…, "arrayKey": [ element(0), … element(count - 1) ] }` followed by `terminator`.
    public static func writeObject(
        _ fields: [(key: String, value: JSONValue)], streaming arrayKey: String, count: Int,
        element: (Int) -> JSONValue, terminator: String = "\n", to sink: ([UInt8]) -> Void
    ) {
        var output: [UInt8] = []
        output.reserveCapacity(chunkSize + 4096)
        output += "{\n".utf8
        for pair in fields {
            JSONValue.indent(&output, 1)
            JSONEscaping.appendQuoted(pair.key, to: &output)
            output += ": ".utf8
            pair.value.writePretty(into: &output, indent: 1)
            output += ",\n".utf8
        }
        JSONValue.indent(&output, 1)
        JSONEscaping.appendQuoted(arrayKey, to: &output)
        output += ": ".utf8
        if count == 0 {
            output += "[]".utf8
        } else {
            output += "[\n".utf8
            for index in 0..<count {
                JSONValue.indent(&output, 2)
                element(index).writePretty(into: &output, indent: 2)
                output += (index < count - 1 ? ",\n" : "\n").utf8
                if output.count >= chunkSize {
                    sink(output)
                    output.removeAll(keepingCapacity: true)
                }
            }
            JSONValue.indent(&output, 1)
            output.append(UInt8(ascii: "]"))
        }
        output += "\n}".utf8
        output += terminator.utf8
        sink(output)
    }
}

/// Text handed on in pieces of about `PrettyJSONStream.chunkSize` bytes, for pages too large to hold
/// whole (`HTMLReport.write`). `finish()` hands on the rest.
struct TextChunks {
    let sink: (String) -> Void
    private var buffer = ""

    init(sink: @escaping (String) -> Void) { self.sink = sink }

    static func += (chunks: inout TextChunks, text: String) {
        chunks.buffer += text
        if chunks.buffer.utf8.count >= PrettyJSONStream.chunkSize {
            chunks.sink(chunks.buffer)
            chunks.buffer = ""
        }
    }

    mutating func finish() {
        if !buffer.isEmpty { sink(buffer) }
        buffer = ""
    }
}
