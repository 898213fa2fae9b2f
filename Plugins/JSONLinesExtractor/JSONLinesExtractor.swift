import ClaimCore
import Foundation

/// JSON Lines: one article per line, `{"text", "published", "source", "url", "title"}`, as scrapers
/// and exports from other tools write them.
///
/// - Each line is its own item, `line N`; a line that is not valid JSON, not an object, or has no
///   `text` is reported with its line number and the other lines are still read. Blank lines are
///   skipped. Keys other than the five are ignored, so richer exports can be read as they are.
/// - The whole file is checked only for being empty or binary; UTF-8 is checked line by line, so one
///   bad line does not cost the rest.
/// - Offsets count UTF-8 bytes into the line's `text` value, not the file: the text was a JSON
///   string with escapes, so `segments` is empty.
public struct JSONLinesExtractor: Extractor {
    public static let descriptor = PluginDescriptor(
        id: "json_lines",
        name: "JSON Lines",
        summary: "reads one article per line from JSON Lines files with text, published, source, url and title",
        settings: [],
        example: """
            - id: json_lines
            """)

    static let extensions: Set<String> = ["jsonl", "ndjson"]

    public init(settings: ConfigNode) throws(Diagnostic) {
        _ = try settings.extractorSettings(for: Self.descriptor.id, known: [])
    }

    /// `.jsonl` and `.ndjson` files, or input whose first line is a JSON object.
    public func canRead(_ input: InputFile) -> Bool {
        if Self.extensions.contains(input.fileExtension) { return true }
        guard input.fileExtension != "json" else { return false }  // one JSON document, not lines
        return input.leadingText().hasPrefix("{")
    }

    public func extract(_ request: ExtractionRequest) async throws -> ExtractionResult {
        let input = request.input
        if let problem = input.unreadableContentProblem() { return ExtractionResult(problems: [problem]) }
        var result = ExtractionResult()
        var lineStart = input.byteOrderMarkLength
        var lineNumber = 0
        while lineStart < input.bytes.count {
            lineNumber += 1
            let newline = input.bytes[lineStart...].firstIndex(of: 0x0A) ?? input.bytes.count
            let line = input.bytes[lineStart..<newline]
            defer { lineStart = newline + 1 }
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            let item = "line \(lineNumber)"
            if let invalid = firstInvalidUTF8Offset(in: line) {
                result.problems.append(InputMessage.invalidUTF8(offset: invalid).about(input.path, item: item))
                continue
            }
            switch JSONLine.read(line) {
            case .failure(let message):
                result.problems.append(message.about(input.path, item: item))
            case .success(let fields):
                var document = SourceDocument(file: input.path, item: item, title: fields.title, source: fields.source,
                                              url: fields.url, text: fields.text)
                result.problems += request.settlePublicationDate(of: &document, written: fields.published.map { WrittenDate($0, key: "published") })
                result.documents.append(document)
            }
        }
        if result.documents.isEmpty, result.problems.isEmpty {
            result.problems.append(JSONLinesMessage.noLines.about(input.path))
        }
        return result
    }
}

/// The fields of one line, or what is wrong with it.
struct JSONLine {
    var text: String
    var title: String?
    var published: String?
    var source: String?
    var url: String?

    enum Outcome {
        case success(JSONLine)
        case failure(JSONLinesMessage)
    }

    static let optionalKeys = ["title", "published", "source", "url"]

    fileprivate init(text: String, fields: [String: String]) {
        self.text = text
        title = fields["title"]
        published = fields["published"]
        source = fields["source"]
        url = fields["url"]
    }
}

extension JSONLine {
    /// Reads a line; `JSONSerialization` rather than `Codable` so that a wrong type can be named.
    static func read(_ bytes: ArraySlice<UInt8>) -> Outcome {
        guard let value = JSONReading.value(of: bytes) else {
            return .failure(.notJSON)
        }
        guard let object = value as? [String: Any] else {
            return .failure(.notAnObject(found: JSONReading.kind(of: value)))
        }
        guard let textValue = object["text"], !(textValue is NSNull) else {
            return .failure(.noText)
        }
        guard let text = textValue as? String else {
            return .failure(.expectedString(for: "text", found: JSONReading.kind(of: textValue)))
        }
        guard text.contains(where: { !$0.isWhitespace }) else { return .failure(.emptyText) }
        var fields: [String: String] = [:]
        for key in JSONLine.optionalKeys {
            guard let value = object[key], !(value is NSNull) else { continue }
            guard let string = value as? String else {
                return .failure(.expectedString(for: key, found: JSONReading.kind(of: value)))
            }
            fields[key] = string
        }
        return .success(JSONLine(text: text, fields: fields))
    }
}
