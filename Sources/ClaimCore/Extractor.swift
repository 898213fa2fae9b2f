/// A stable snake_case extractor id, e.g. `plain_text` or `rss_feed`.
public struct ExtractorID: Hashable, Comparable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: ExtractorID, rhs: ExtractorID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One setting an extractor accepts, as shown by `claims plugins`.
public struct SettingDescriptor: Hashable, Sendable {
    public var key: String
    public var summary: String
    public init(_ key: String, _ summary: String) {
        self.key = key
        self.summary = summary
    }
}

/// What `claims plugins`, the docs and the registry tests know about an extractor.
public struct PluginDescriptor: Hashable, Sendable {
    public var id: ExtractorID
    public var name: String
    /// One line, lowercase start, no final period.
    public var summary: String
    public var settings: [SettingDescriptor]
    /// A YAML snippet for `config.yaml`'s `extractors:` list showing typical settings.
    public var example: String
    /// Former ids that still work but print a warning.
    public var aliases: [ExtractorID]

    public init(id: ExtractorID, name: String, summary: String, settings: [SettingDescriptor] = [], example: String, aliases: [ExtractorID] = []) {
        self.id = id
        self.name = name
        self.summary = summary
        self.settings = settings
        self.example = example
        self.aliases = aliases
    }
}

/// Reads YAML text into a `ConfigNode`. Injected so plugins can read front matter without seeing libyaml.
public protocol YAMLReading: Sendable {
    func parse(_ text: String, file: String) throws(Diagnostic) -> ConfigNode
}

/// One input as given on the command line: a file's bytes, or standard input (`-`).
public struct InputFile: Sendable {
    /// The path as the user gave it, used in messages and output.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// The lowercase file extension without the dot, or "" for none (nor for a hidden file's name).
    public var fileExtension: String {
        guard let name = path.split(separator: "/").last, let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}

/// Everything an extractor is given for one input.
public struct ExtractionRequest: Sendable {
    public var input: InputFile
    /// `--published`: replaces or supplies each document's publication date.
    public var publishedOverride: CalendarDay?
    public var yamlReader: any YAMLReading

    public init(input: InputFile, publishedOverride: CalendarDay? = nil, yamlReader: any YAMLReading) {
        self.input = input
        self.publishedOverride = publishedOverride
        self.yamlReader = yamlReader
    }
}

/// A run of text copied from the input file, for mapping offsets in a document's text back to the file.
public struct TextSegment: Hashable, Sendable {
    /// UTF-8 offset in the document's `text`.
    public var textOffset: Int
    /// UTF-8 offset in the input file.
    public var fileOffset: Int
    public var length: Int

    public init(textOffset: Int, fileOffset: Int, length: Int) {
        self.textOffset = textOffset
        self.fileOffset = fileOffset
        self.length = length
    }
}

/// One article found in an input: a text file is one document, a feed has one per item.
public struct SourceDocument: Sendable {
    public var file: String
    /// The item within the file (a feed item's guid or link, a JSON Lines line number), nil for whole files.
    public var item: String?
    public var title: String?
    public var published: CalendarDay?
    public var source: String?
    public var url: String?
    /// The text in which dates and claims are looked for.
    public var text: String
    /// Where runs of `text` sit in the input file, sorted by `textOffset`; empty when they cannot be mapped.
    public var segments: [TextSegment]
    /// Dates and claims the extractor found itself; nil (the usual case) lets the built-in analysis read `text`.
    public var findings: ProvidedFindings?

    public init(file: String, item: String? = nil, title: String? = nil, published: CalendarDay? = nil,
                source: String? = nil, url: String? = nil, text: String, segments: [TextSegment] = [],
                findings: ProvidedFindings? = nil) {
        self.file = file
        self.item = item
        self.title = title
        self.published = published
        self.source = source
        self.url = url
        self.text = text
        self.segments = segments
        self.findings = findings
    }

    /// Maps a UTF-8 offset in `text` to one in the input file; unmapped offsets are returned unchanged.
    public func fileOffset(forTextOffset offset: Int) -> Int {
        Self.fileOffset(forTextOffset: offset, in: segments)
    }

    /// `fileOffset(forTextOffset:)` for a document with these segments, for callers that keep the
    /// segments without the rest of the document.
    public static func fileOffset(forTextOffset offset: Int, in segments: [TextSegment]) -> Int {
        guard !segments.isEmpty else { return offset }
        var low = 0, high = segments.count - 1, best = 0
        while low <= high {
            let mid = (low + high) / 2
            if segments[mid].textOffset <= offset { best = mid; low = mid + 1 } else { high = mid - 1 }
        }
        let segment = segments[best]
        return segment.fileOffset + min(max(0, offset - segment.textOffset), segment.length)
    }
}

public struct ExtractionResult: Sendable {
    public var documents: [SourceDocument]
    /// Problems with the input or its items, each about its file; the run goes on with the others.
    public var problems: [Diagnostic]

    public init(documents: [SourceDocument] = [], problems: [Diagnostic] = []) {
        self.documents = documents
        self.problems = problems
    }
}

/// An extractor plugin: reads one kind of input (text, HTML, feeds …) into documents.
///
/// Finding dates and claims in a document's text is shared work done by the runner, so every
/// source format gets the same analysis and the same cue rules from `config.yaml`.
public protocol Extractor: Sendable {
    static var descriptor: PluginDescriptor { get }
    /// Validates every setting; a typo in `config.yaml` stops the run before any work starts.
    init(settings: ConfigNode) throws(Diagnostic)
    /// Whether this extractor reads `input` (by extension or by sniffing its first bytes).
    func canRead(_ input: InputFile) -> Bool
    /// Reads the input. Never writes to the ledger; problems with items are returned, not thrown.
    func extract(_ request: ExtractionRequest) async throws -> ExtractionResult
}
