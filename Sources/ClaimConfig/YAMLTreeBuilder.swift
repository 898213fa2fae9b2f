import ClaimCore
internal import CLibYAML

/// Turns libyaml's flat event stream into a `ConfigNode` tree, checking keys, aliases and tags.
///
/// Collections under construction sit on an explicit stack rather than the call stack; every node
/// also carries its size (itself plus all nodes below it, aliases counted as what they expand to),
/// which is what the alias limit is measured in.
struct YAMLTreeBuilder {
    let source: YAMLSourceText
    let maxAliasExpansion: Int
    let maxDepth: Int

    private(set) var root: ConfigNode?
    private var stack: [OpenCollection] = []
    private var anchors: [String: (node: ConfigNode, size: Int)] = [:]
    private var expandedNodes = 0

    init(source: YAMLSourceText, maxAliasExpansion: Int, maxDepth: Int) {
        self.source = source
        self.maxAliasExpansion = maxAliasExpansion
        self.maxDepth = maxDepth
    }

    private struct OpenCollection {
        var isMapping: Bool
        var location: SourceLocation
        var anchor: String?
        var elements: [ConfigNode] = []
        var entries: [ConfigNode.Entry] = []
        /// A key read but whose value hasn't been yet.
        var pendingKey: (text: String, location: SourceLocation)?
        var size = 1

        var node: ConfigNode {
            ConfigNode(isMapping ? .mapping(entries) : .sequence(elements), at: location)
        }
    }

    mutating func add(_ event: LibYAMLEvent) throws(Diagnostic) {
        let location = source.location(line: Int(event.startMark.line), column: Int(event.startMark.column))
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            var isQuoted = scalar.style != YAML_PLAIN_SCALAR_STYLE
            if let tag = try checkedTag(scalar.tag, at: location, allowed: ["!", "tag:yaml.org,2002:str"]) {
                isQuoted = isQuoted || tag == "!" || tag == "tag:yaml.org,2002:str"
            }
            try complete(.scalar(text, quoted: isQuoted, at: location), size: 1, anchor: string(scalar.anchor))

        case YAML_ALIAS_EVENT:
            let name = string(event.data.alias.anchor) ?? ""
            guard let (node, size) = anchors[name] else {
                throw source.diagnostic(.yamlUnknownAnchor(name), at: location)
            }
            expandedNodes += size
            guard expandedNodes <= maxAliasExpansion else {
                throw source.diagnostic(.yamlAliasesTooLarge(limit: maxAliasExpansion), at: location)
            }
            try complete(node, size: size, anchor: nil)

        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let data = isMapping ? (event.data.mapping_start.anchor, event.data.mapping_start.tag)
                                 : (event.data.sequence_start.anchor, event.data.sequence_start.tag)
            _ = try checkedTag(data.1, at: location, allowed: [isMapping ? "tag:yaml.org,2002:map" : "tag:yaml.org,2002:seq"])
            guard stack.count < maxDepth else {
                throw source.diagnostic(.yamlNestedTooDeep(limit: maxDepth), at: location)
            }
            stack.append(OpenCollection(isMapping: isMapping, location: location, anchor: string(data.0)))

        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let collection = stack.removeLast()
            try complete(collection.node, size: collection.size, anchor: collection.anchor)

        default:
            break
        }
    }

    /// Attaches a finished node to its parent (or makes it the root) and records its anchor.
    private mutating func complete(_ node: ConfigNode, size: Int, anchor: String?) throws(Diagnostic) {
        if let anchor { anchors[anchor] = (node, size) }
        guard var parent = stack.popLast() else {
            root = node
            return
        }
        defer { stack.append(parent) }
        parent.size += size
        guard parent.isMapping else {
            parent.elements.append(node)
            return
        }
        guard let key = parent.pendingKey else {
            guard case .scalar(let scalar) = node.content else {
                throw source.diagnostic(.yamlNonTextKey(found: node.kindDescription), at: node.location)
            }
            if let first = parent.entries.first(where: { $0.key == scalar.text }) {
                throw source.diagnostic(.yamlDuplicateKey(scalar.text, firstAt: first.keyLocation), at: node.location)
            }
            parent.pendingKey = (scalar.text, node.location)
            return
        }
        parent.entries.append(ConfigNode.Entry(key: key.text, keyLocation: key.location, value: node))
        parent.pendingKey = nil
    }

    /// The tag written on a node, after checking it is one this reader understands.
    private func checkedTag(_ pointer: UnsafeMutablePointer<yaml_char_t>?, at location: SourceLocation,
                            allowed: Set<String>) throws(Diagnostic) -> String? {
        guard let tag = string(pointer) else { return nil }
        guard allowed.contains(tag) else {
            let shown = tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
            throw source.diagnostic(.yamlUnsupportedTag(shown), at: location)
        }
        return tag
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
