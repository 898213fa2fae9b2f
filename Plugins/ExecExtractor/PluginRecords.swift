import ClaimCore
import Foundation

/// The records of the plugin protocol (docs/plugin-protocol.md): what the host writes, and reading
/// what a plugin writes back into documents, checked field by field.
enum PluginRecords {
    /// The protocol version this host speaks. A plugin of the same major version is understood; minor
    /// versions only add optional fields and records that a plugin uses once the host announces them.
    static let major = 1
    static let minor = 0
    static var version: String { "\(major).\(minor)" }

    static func hello(name: String) -> [UInt8] {
        encode([("type", "hello"), ("protocol_version", version), ("tool", "claims"), ("tool_version", ToolInfo.version), ("name", name)])
    }

    static func extract(id: String, path: String, text: String?, published: CalendarDay?) -> [UInt8] {
        encode([("type", "extract"), ("id", id), ("path", path), ("text", text), ("published", published?.description)])
    }

    static func collect(id: String, published: CalendarDay?) -> [UInt8] {
        encode([("type", "collect"), ("id", id), ("published", published?.description)])
    }

    /// A request is a flat object of strings and nulls, written here rather than by `JSONSerialization`,
    /// which takes longer over an article's text than the plugin takes to read it.
    static func encode(_ fields: [(key: String, value: String?)]) -> [UInt8] {
        var output: [UInt8] = [UInt8(ascii: "{")]
        output.reserveCapacity(fields.reduce(64) { $0 + $1.key.utf8.count + ($1.value?.utf8.count ?? 4) + 8 })
        for (index, field) in fields.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            appendString(field.key, to: &output)
            output.append(UInt8(ascii: ":"))
            if let value = field.value { appendString(value, to: &output) } else { output += "null".utf8 }
        }
        output.append(UInt8(ascii: "}"))
        return output
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as UTF-8.
    static func appendString(_ text: String, to output: inout [UInt8]) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): output += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\n"): output += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\t"): output += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case UInt8(ascii: "\r"): output += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0..<0x20: output += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}

/// A breach of the protocol, as the end of the sentence "broke the plugin protocol: …".
struct ProtocolViolation: Error, Equatable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}

/// What a plugin says of itself in its handshake.
public struct PluginHello: Sendable, Equatable {
    public var protocolVersion: String
    public var capabilities: [String]
    /// The plugin's own name and version, if it gives them ("court_calendar 0.3").
    public var plugin: String?
}

/// One record a plugin wrote, read but not yet checked against the request it answers.
enum PluginRecord {
    case hello(PluginHello)
    case result(id: String, documents: [Any], more: Bool)
    case error(id: String, message: String)
}

/// A JSON object with its path in the record, for messages: `documents[2].claims[0].status`.
struct JSONFields {
    let object: [String: Any]
    let path: String

    init(_ value: Any, path: String) throws(ProtocolViolation) {
        guard let object = value as? [String: Any] else {
            throw ProtocolViolation("expected an object for '\(path)', found \(JSONReading.kind(of: value))")
        }
        self.object = object
        self.path = path
    }

    private func place(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func value(_ key: String) -> Any? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        return value
    }

    func string(_ key: String) throws(ProtocolViolation) -> String {
        guard let text = try optionalString(key) else { throw ProtocolViolation("'\(place(key))' is missing") }
        return text
    }

    func optionalString(_ key: String) throws(ProtocolViolation) -> String? {
        guard let value = value(key) else { return nil }
        guard let text = value as? String else {
            throw ProtocolViolation("expected a string for '\(place(key))', found \(JSONReading.kind(of: value))")
        }
        return text
    }

    func int(_ key: String) throws(ProtocolViolation) -> Int {
        guard let value = value(key) else { throw ProtocolViolation("'\(place(key))' is missing") }
        guard let number = value as? NSNumber, JSONReading.kind(of: value) == "a number",
              let whole = Int(exactly: number.doubleValue) else {
            throw ProtocolViolation("expected a whole number for '\(place(key))', found \(JSONReading.kind(of: value))")
        }
        return whole
    }

    func bool(_ key: String) throws(ProtocolViolation) -> Bool {
        guard let value = value(key) else { return false }
        guard JSONReading.kind(of: value) == "a boolean", let flag = value as? Bool else {
            throw ProtocolViolation("expected true or false for '\(place(key))', found \(JSONReading.kind(of: value))")
        }
        return flag
    }

    /// A list, nil when absent.
    func list(_ key: String) throws(ProtocolViolation) -> [Any]? {
        guard let value = value(key) else { return nil }
        guard let list = value as? [Any] else {
            throw ProtocolViolation("expected a list for '\(place(key))', found \(JSONReading.kind(of: value))")
        }
        return list
    }

    func strings(_ key: String) throws(ProtocolViolation) -> [String] {
        var result: [String] = []
        for (index, element) in (try list(key) ?? []).enumerated() {
            guard let text = element as? String else {
                throw ProtocolViolation("expected a string for '\(place(key))[\(index)]', found \(JSONReading.kind(of: element))")
            }
            result.append(text)
        }
        return result
    }

    func object(_ key: String) throws(ProtocolViolation) -> JSONFields {
        guard let value = value(key) else { throw ProtocolViolation("'\(place(key))' is missing") }
        return try JSONFields(value, path: place(key))
    }
}

extension PluginRecord {
    /// Reads one line of a plugin's output. Anything but a well-formed record of a known type is a
    /// violation that ends the plugin: its output can no longer be trusted to be in step.
    static func read(_ line: [UInt8], lineNumber: Int) throws(ProtocolViolation) -> PluginRecord {
        guard let value = JSONReading.value(of: line) else {
            let start = String(decoding: line.prefix(60), as: UTF8.self)
            throw ProtocolViolation("line \(lineNumber) of its output is not valid JSON: '\(start)\(line.count > 60 ? "…" : "")'")
        }
        let fields = try JSONFields(value, path: "line \(lineNumber)")
        let type = try fields.string("type")
        switch type {
        case "hello":
            let version = try fields.string("protocol_version")
            return .hello(PluginHello(protocolVersion: version, capabilities: try fields.strings("capabilities"),
                                      plugin: try fields.optionalString("plugin")))
        case "result":
            return .result(id: try fields.string("id"), documents: try fields.list("documents") ?? [], more: try fields.bool("more"))
        case "error":
            return .error(id: try fields.string("id"), message: try fields.string("message"))
        default:
            throw ProtocolViolation("line \(lineNumber) has an unknown record type '\(type)'; expected 'hello', 'result' or 'error'")
        }
    }
}

extension PluginHello {
    /// Whether this host understands the plugin's version: the same major version.
    func checkVersion() throws(ProtocolViolation) {
        let major = protocolVersion.split(separator: ".", maxSplits: 1).first.flatMap { Int($0) }
        guard major == PluginRecords.major else {
            throw ProtocolViolation("it speaks protocol version '\(protocolVersion)', this claims speaks \(PluginRecords.version) (major version \(PluginRecords.major))")
        }
    }
}

/// Turns the `documents` of a result into source documents, checking every field the host relies on:
/// types, offsets within the text, dates that parse. One bad field rejects the whole result, so that
/// nothing half-read reaches the ledger.
struct DocumentReader {
    /// The input's path, or nil for a source's own documents.
    var inputPath: String?
    /// The plugin's name: a source's documents without a `file` are filed under it.
    var pluginName: String
    var publishedOverride: CalendarDay?

    func read(_ documents: [Any]) throws(ProtocolViolation) -> ExtractionResult {
        var result = ExtractionResult()
        for (index, value) in documents.enumerated() {
            let fields = try JSONFields(value, path: "documents[\(index)]")
            let text = try fields.string("text")
            var file = pluginName
            if let inputPath { file = inputPath } else if let named = try fields.optionalString("file") { file = named }
            var document = SourceDocument(
                file: file, item: try fields.optionalString("item"), title: try fields.optionalString("title"),
                source: try fields.optionalString("source"), url: try fields.optionalString("url"), text: text)
            let written = try fields.optionalString("published")
            if let written {
                guard let day = PublicationDate(parsing: written).calendarDay else {
                    throw ProtocolViolation("'\(fields.path).published' is not a date such as '2021-12-28': '\(written)'")
                }
                document.published = day
            }
            if let publishedOverride { document.published = publishedOverride }
            if fields.value("dates") != nil || fields.value("claims") != nil {
                document.findings = try findings(in: fields, text: Array(text.utf8))
            }
            if document.published == nil, document.findings == nil {
                result.problems.append(InputMessage.noPublicationDate.about(document.file, item: document.item))
            }
            result.documents.append(document)
        }
        return result
    }

    private func findings(in fields: JSONFields, text: [UInt8]) throws(ProtocolViolation) -> ProvidedFindings {
        var findings = ProvidedFindings()
        for (index, value) in (try fields.list("dates") ?? []).enumerated() {
            let date = try JSONFields(value, path: "\(fields.path).dates[\(index)]")
            let range = try offsets(date, start: "start", end: "end", text: text)
            findings.dates.append(ProvidedDate(start: range.lowerBound, end: range.upperBound, type: try date.string("type"),
                                               value: try date.string("value"), modifier: try date.optionalString("mod")))
        }
        for (index, value) in (try fields.list("claims") ?? []).enumerated() {
            let claim = try JSONFields(value, path: "\(fields.path).claims[\(index)]")
            let sentence = try claim.object("sentence")
            let eventDate = try claim.optionalString("event_date")
            if let eventDate, EventDate(eventDate) == nil {
                throw ProtocolViolation("'\(claim.path).event_date' is not a date such as '2022-01-10', '2022-01' or '2022-01-10T14:00': '\(eventDate)'")
            }
            findings.claims.append(ProvidedClaim(
                statement: try claim.string("statement"), eventDate: eventDate, kind: try claim.optionalString("kind"),
                participants: try claim.strings("participants"), place: try claim.optionalString("place"),
                saidBy: try claim.optionalString("said_by"), status: try claim.string("status"),
                cue: try claim.optionalString("cue") ?? "",
                sentence: try offsets(sentence, start: "start", end: "end", text: text)))
        }
        return findings
    }

    /// UTF-8 offsets into `text`, end exclusive, each at the start of a character (or the end).
    private func offsets(_ fields: JSONFields, start: String, end: String, text: [UInt8]) throws(ProtocolViolation) -> Range<Int> {
        let lower = try fields.int(start), upper = try fields.int(end)
        guard 0 <= lower, lower <= upper, upper <= text.count else {
            throw ProtocolViolation("offsets \(lower)..<\(upper) of '\(fields.path)' are out of range: the text has \(text.count) UTF-8 bytes")
        }
        func isInsideCharacter(_ offset: Int) -> Bool { offset < text.count && text[offset] & 0xC0 == 0x80 }
        guard !isInsideCharacter(lower), !isInsideCharacter(upper) else {
            throw ProtocolViolation("offsets \(lower)..<\(upper) of '\(fields.path)' fall inside a character; offsets count UTF-8 bytes")
        }
        return lower..<upper
    }
}
