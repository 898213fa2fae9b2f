import ClaimCore
import Testing
@testable import ClaimOutput
import TextKernel

/// The streaming writer must produce exactly what the `JSONValue` tree would, byte for byte.
@Suite struct JSONStreamWriterTests {
    @Test func streamsTheSameTextAsTheTree() {
        let tree = JSONValue.object([
            ("file", .string("talks \"Geneva\".md")),
            ("item", .null),
            ("dates", .array([])),
            ("claims", .array([
                .object([
                    ("statement", .string("Line one\nline two\t«ёлка»\u{2028}")),
                    ("participants", .array([.string("Russia"), .string("United States")])),
                    ("sentence", .object([("start", .int(10)), ("end", .int(-1))])),
                ]),
                .object([("participants", .array([])), ("place", .null)]),
            ])),
        ])
        var stream = JSONStreamWriter(capacity: 16)  // small, so the buffer has to grow
        stream.beginObject()
        stream.key("file"); stream.string("talks \"Geneva\".md")
        stream.key("item"); stream.string(nil as String?)
        stream.key("dates"); stream.beginArray(); stream.endArray()
        stream.key("claims"); stream.beginArray()
        stream.beginObject()
        stream.key("statement"); stream.string("Line one\nline two\t«ёлка»\u{2028}")
        stream.key("participants"); stream.strings(["Russia", "United States"])
        stream.key("sentence"); stream.beginObject()
        stream.key("start"); stream.int(10)
        stream.key("end"); stream.int(-1)
        stream.endObject()
        stream.endObject()
        stream.beginObject()
        stream.key("participants"); stream.strings([])
        stream.key("place"); stream.null()
        stream.endObject()
        stream.endArray()
        stream.endObject()
        var output = Array("prefix ".utf8)
        stream.append(to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "prefix " + tree.text)
    }

    @Test func integersAreWrittenAsStringWritesThem() {
        let values = [0, 7, 9, 10, 11, 19, 90, 99, 100, 101, 110, 999, 1_000, 1_009, 9_999, 10_000, 12_345, 99_999, 100_000, 999_999, 1_000_000, -1, -10, -123, -4_567,
                      Int.max, Int.min, Int.max - 1, Int.min + 1]
        var stream = JSONStreamWriter(capacity: 16)
        stream.beginArray()
        for value in values { stream.int(value) }
        stream.endArray()
        var output: [UInt8] = []
        stream.append(to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "[" + values.map { String($0) }.joined(separator: ",") + "]")
    }

    /// Commas go between the elements and members of a container, after nested containers too,
    /// and never between top-level values.
    @Test func commasSeparateElementsOnlyInsideContainers() {
        var stream = JSONStreamWriter(capacity: 16)
        stream.beginArray()
        stream.beginArray(); stream.endArray()
        stream.beginObject(); stream.key("a"); stream.beginArray(); stream.int(1); stream.null(); stream.endArray()
        stream.key("b"); stream.beginObject(); stream.endObject(); stream.key("c"); stream.string("x"); stream.endObject()
        stream.string(nil as String?)
        stream.endArray()
        stream.int(2)
        stream.string("top")
        stream.beginObject(); stream.endObject()
        stream.endLine()
        stream.beginArray(); stream.int(3); stream.endArray()
        var output: [UInt8] = []
        stream.append(to: &output)
        #expect(String(decoding: output, as: UTF8.self) == #"[[],{"a":[1,null],"b":{},"c":"x"},null]2"top"{}"# + "\n[3]")
    }
}
