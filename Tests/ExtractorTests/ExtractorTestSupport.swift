import ClaimConfig
import ClaimCore
import Foundation
import Testing

/// Reading fixtures and building requests, shared by the extractor suites.
enum Fixture {
    static func bytes(_ name: String) throws -> [UInt8] {
        let directory = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return Array(try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    static func input(_ name: String) throws -> InputFile {
        InputFile(path: "Fixtures/\(name)", bytes: try bytes(name))
    }
}

func request(_ input: InputFile, published: CalendarDay? = nil) -> ExtractionRequest {
    ExtractionRequest(input: input, publishedOverride: published, yamlReader: YAMLReader())
}

func input(_ path: String, _ text: String) -> InputFile {
    InputFile(path: path, bytes: Array(text.utf8))
}

/// Settings as `config.yaml` would give them: the mapping of one `extractors:` entry.
func settings(_ yaml: String) throws -> ConfigNode {
    try YAMLReader().parse(yaml, file: "config.yaml")
}

let noSettings = ConfigNode.emptyMapping(at: ClaimCore.SourceLocation(file: "config.yaml", line: 1, column: 1))

extension SourceDocument {
    /// The file bytes a range of the text maps to, for checking offsets against the input.
    func fileText(_ range: Range<String.Index>, in input: InputFile) -> String {
        let start = fileOffset(forTextOffset: text.utf8.distance(from: text.startIndex, to: range.lowerBound))
        let end = fileOffset(forTextOffset: text.utf8.distance(from: text.startIndex, to: range.upperBound))
        return String(decoding: input.bytes[start..<end], as: UTF8.self)
    }

    /// The file text under the first occurrence of `phrase` in the document text.
    func fileText(of phrase: String, in input: InputFile) throws -> String {
        let range = try #require(text.range(of: phrase))
        return fileText(range, in: input)
    }
}
