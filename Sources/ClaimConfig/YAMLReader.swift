import ClaimCore
internal import CLibYAML

/// Reads one YAML document into a `ConfigNode` tree whose every node knows its file, line and column.
///
/// What it accepts, beyond plain YAML 1.1 as libyaml parses it:
/// - exactly one document; an empty file (or one with only comments) reads as a null scalar at 1:1;
/// - mapping keys are scalars, each at most once per mapping;
/// - anchors and aliases, as long as aliases expand to at most `maxAliasExpansion` nodes in total
///   (this refuses "billion laughs" files); an expanded alias keeps the locations of its anchor,
///   so messages point at the text that was actually written;
/// - tags: `!!str` and the non-specific `!` mark a scalar as a string (like quotes do), `!!map`
///   and `!!seq` are accepted and ignored; any other tag is an error rather than silently dropped;
/// - merge keys (`<<`) are not special: `<<` is read as an ordinary key.
public struct YAMLReader: YAMLReading {
    public var maxAliasExpansion: Int
    /// Deeper nesting is refused, so hostile input can't exhaust the stack of code walking the tree.
    public var maxDepth: Int

    public init(maxAliasExpansion: Int = 100, maxDepth: Int = 256) {
        self.maxAliasExpansion = maxAliasExpansion
        self.maxDepth = maxDepth
    }

    public func parse(_ text: String, file: String) throws(Diagnostic) -> ConfigNode {
        try parse(Array(text.utf8), file: file)
    }

    /// Reads raw file contents; bytes that aren't valid UTF-8 are reported with their location.
    public func parse(_ bytes: [UInt8], file: String) throws(Diagnostic) -> ConfigNode {
        let source = YAMLSourceText(file: file, bytes: bytes)
        guard let parser = LibYAMLParser(bytes: bytes) else {
            throw ConfigMessage.yamlOutOfMemory.about(file)
        }
        var builder = YAMLTreeBuilder(source: source, maxAliasExpansion: maxAliasExpansion, maxDepth: maxDepth)
        var documents = 0
        while true {
            guard let event = parser.nextEvent() else { throw syntaxIssue(parser, source) }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return builder.root ?? .scalar("", at: source.location(line: 0, column: 0))
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    let location = source.location(line: Int(event.startMark.line), column: Int(event.startMark.column))
                    throw source.diagnostic(.yamlMultipleDocuments, at: location)
                }
            case YAML_SCALAR_EVENT, YAML_ALIAS_EVENT, YAML_SEQUENCE_START_EVENT, YAML_SEQUENCE_END_EVENT,
                 YAML_MAPPING_START_EVENT, YAML_MAPPING_END_EVENT:
                try builder.add(event)
            default:
                continue  // stream start, document end
            }
        }
    }

    /// libyaml's own description of a syntax or encoding error, located and with the offending line.
    private func syntaxIssue(_ parser: LibYAMLParser, _ source: YAMLSourceText) -> Diagnostic {
        let state = parser.raw.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown error"
        switch state.error {
        case YAML_MEMORY_ERROR:
            return ConfigMessage.yamlOutOfMemory.about(source.file)
        case YAML_READER_ERROR:
            // Reader errors carry a byte offset instead of a mark: bad UTF-8 or a forbidden character.
            let location = source.location(ofByteOffset: Int(state.problem_offset))
            if problem.contains("UTF-8") {
                return source.diagnostic(.yamlNotUTF8(problem: problem), at: location)
            }
            let character = state.problem_value >= 0 ? UInt32(state.problem_value) : nil
            return source.diagnostic(.yamlUnreadable(problem: problem, character: character), at: location)
        default:
            let mark = state.problem_mark
            let location = source.location(line: Int(mark.line), column: Int(mark.column))
            let context = state.context.map { String(cString: $0) }
            let start = source.location(line: Int(state.context_mark.line), column: Int(state.context_mark.column))
            return source.diagnostic(.yamlSyntax(problem: problem, context: context, contextStart: start), at: location)
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
