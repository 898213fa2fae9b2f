import Foundation
import Testing
@testable import ClaimRunner

/// The splitter behind streaming import: pieces come out whole and in order, however the bytes are
/// cut into chunks, and brackets, commas and quotes inside strings are text, not structure.
@Suite struct JSONPieceReaderTests {
    /// The pieces as compact JSON text, fed `chunk` bytes at a time.
    func pieces(_ text: String, chunk: Int) throws -> [String] {
        var reader = JSONPieceReader()
        var result: [String] = []
        func describe(_ value: Any) -> String {
            if let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]) {
                return String(decoding: data, as: UTF8.self)
            }
            return "\(value)"
        }
        let emit: (JSONPieceReader.Piece) -> Void = { piece in
            switch piece {
            case .element(let value, let key): result.append("\(key ?? "-")[]=\(describe(value))")
            case .member(let key, let value): result.append("\(key)=\(describe(value))")
            case .scalar(let value): result.append("scalar=\(describe(value))")
            }
        }
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            try reader.feed(bytes[start..<min(bytes.count, start + chunk)], emit: emit)
            start += chunk
        }
        try reader.finish(emit: emit)
        return result
    }

    static let feed = #"""
        {"@type": "DataFeed", "name": "a [tricky], {name}", "n": 3,
         "dataFeedElement": [{"item": {"text": "quote \" and ] inside"}}, 7, "x,y", [1, [2]], null],
         "empty": [], "last": {"deep": [{"a": 1}]}}
        """#

    @Test(arguments: [1, 2, 3, 7, 64, 4096])
    func objectMembersAndArrayElementsComeOutWholeAtAnyChunkSize(chunk: Int) throws {
        #expect(try pieces(Self.feed, chunk: chunk) == [
            "@type=\"DataFeed\"", "name=\"a [tricky], {name}\"", "n=3",
            #"dataFeedElement[]={"item":{"text":"quote \" and ] inside"}}"#, "dataFeedElement[]=7", "dataFeedElement[]=\"x,y\"",
            "dataFeedElement[]=[1,[2]]", "dataFeedElement[]=<null>",
            #"last={"deep":[{"a":1}]}"#,
        ].map { $0.replacingOccurrences(of: "<null>", with: "null") })
    }

    @Test func topLevelArrayElementsAndScalars() throws {
        #expect(try pieces(#"[ {"a": "]"} , 2 ,"s"]"#, chunk: 3) == [#"-[]={"a":"]"}"#, "-[]=2", "-[]=\"s\""])
        #expect(try pieces("  42 ", chunk: 1) == ["scalar=42"])
    }

    @Test func cutOffAndEmptyDocumentsAreErrors() {
        #expect(throws: JSONPieceReader.Malformed.self) { try pieces(#"{"a": [1, 2"#, chunk: 4) }
        #expect(throws: JSONPieceReader.Malformed.self) { try pieces("   ", chunk: 4) }
        #expect(throws: JSONPieceReader.Malformed.self) { try pieces(#"[{"a": tru}]"#, chunk: 4) }
    }
}
