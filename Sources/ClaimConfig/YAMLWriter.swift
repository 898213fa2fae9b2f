internal import CLibYAML

/// Problems writing a `YAMLValue`.
public enum YAMLWriteError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A mapping with the same key twice: the reader would refuse the file, so it is never written.
    case duplicateKey(String)
    /// libyaml refused an event; the text is its own problem description.
    case emitterFailed(String)

    public var description: String {
        switch self {
        case .duplicateKey(let key): "duplicate key '\(key)' in a mapping to write as YAML"
        case .emitterFailed(let problem): "could not write YAML: \(problem)"
        }
    }
}

/// Writes `YAMLValue`s as block-style YAML through libyaml's emitter.
///
/// The output is UTF-8 with non-ASCII text written as is, two-space indents, no line folding
/// (long strings stay on one line), `[]`/`{}` for empty collections, and every string quoted as
/// `YAMLScalarStyle` decides, so that reading the text back with `YAMLReader` gives the same strings,
/// and numbers and booleans as unquoted scalars with the same text.
///
/// One libyaml limitation shows in the output: its emitter treats characters outside the Basic
/// Multilingual Plane (most emoji) as unprintable, so a string containing one is double-quoted
/// with `\U0001F389`-style escapes. It still reads back exactly.
public enum YAMLWriter {
    public static func text(for value: YAMLValue) throws(YAMLWriteError) -> String {
        guard let emitter = LibYAMLEmitter() else { throw .emitterFailed("out of memory") }
        yaml_emitter_set_unicode(emitter.raw, 1)
        yaml_emitter_set_width(emitter.raw, -1)
        yaml_emitter_set_indent(emitter.raw, 2)
        yaml_emitter_set_break(emitter.raw, YAML_LN_BREAK)

        try emit(emitter) { yaml_stream_start_event_initialize($0, YAML_UTF8_ENCODING) }
        try emit(emitter) { yaml_document_start_event_initialize($0, nil, nil, nil, 1) }
        try emitNode(value, emitter)
        try emit(emitter) { yaml_document_end_event_initialize($0, 1) }
        try emit(emitter) { yaml_stream_end_event_initialize($0) }
        guard yaml_emitter_flush(emitter.raw) != 0 else { throw problem(of: emitter) }
        return String(decoding: emitter.output.bytes, as: UTF8.self)
    }

    private static func emitNode(_ value: YAMLValue, _ emitter: LibYAMLEmitter) throws(YAMLWriteError) {
        switch value {
        case .string(let text):
            try emitScalar(text, style: YAMLScalarStyle(for: text), emitter)
        case .int(let number):
            try emitScalar(String(number), style: .any, emitter)
        case .double(let number):
            try emitScalar(yamlText(for: number), style: .any, emitter)
        case .bool(let flag):
            try emitScalar(flag ? "true" : "false", style: .any, emitter)
        case .null:
            try emitScalar("null", style: .any, emitter)
        case .sequence(let elements):
            let style = elements.isEmpty ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE
            try emit(emitter) { yaml_sequence_start_event_initialize($0, nil, nil, 1, style) }
            for element in elements { try emitNode(element, emitter) }
            try emit(emitter) { yaml_sequence_end_event_initialize($0) }
        case .mapping(let pairs):
            let style = pairs.isEmpty ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE
            try emit(emitter) { yaml_mapping_start_event_initialize($0, nil, nil, 1, style) }
            var keys: Set<String> = []
            for pair in pairs {
                guard keys.insert(pair.key).inserted else { throw .duplicateKey(pair.key) }
                try emitScalar(pair.key, style: YAMLScalarStyle(for: pair.key), emitter)
                try emitNode(pair.value, emitter)
            }
            try emit(emitter) { yaml_mapping_end_event_initialize($0) }
        }
    }

    private static func emitScalar(_ text: String, style: YAMLScalarStyle, _ emitter: LibYAMLEmitter) throws(YAMLWriteError) {
        let libyamlStyle = switch style {
        case .any: YAML_ANY_SCALAR_STYLE
        case .doubleQuoted: YAML_DOUBLE_QUOTED_SCALAR_STYLE
        case .literal: YAML_LITERAL_SCALAR_STYLE
        }
        // A trailing zero keeps the buffer non-empty (so its address is never nil) and is not counted.
        let bytes = Array(text.utf8) + [0]
        try bytes.withUnsafeBufferPointer { (buffer) throws(YAMLWriteError) in
            try emit(emitter) {
                yaml_scalar_event_initialize($0, nil, nil, buffer.baseAddress, Int32(buffer.count - 1), 1, 1, libyamlStyle)
            }
        }
    }

    /// Shortest round-tripping digits, always with a `.` so YAML 1.1 readers see a float too.
    static func yamlText(for number: Double) -> String {
        if number.isNaN { return ".nan" }
        if number.isInfinite { return number < 0 ? "-.inf" : ".inf" }
        var text = "\(number)"
        if !text.contains(".") {
            text.insert(contentsOf: ".0", at: text.firstIndex(of: "e") ?? text.endIndex)
        }
        return text
    }

    /// Initializes an event and hands it to the emitter, which takes ownership and frees it.
    private static func emit(_ emitter: LibYAMLEmitter,
                             _ initialize: (UnsafeMutablePointer<yaml_event_t>) -> Int32) throws(YAMLWriteError) {
        var event = yaml_event_t()
        guard initialize(&event) != 0 else { throw .emitterFailed("could not create an event") }
        guard yaml_emitter_emit(emitter.raw, &event) != 0 else { throw problem(of: emitter) }
    }

    private static func problem(of emitter: LibYAMLEmitter) -> YAMLWriteError {
        .emitterFailed(emitter.raw.pointee.problem.map { String(cString: $0) } ?? "unknown error")
    }
}
