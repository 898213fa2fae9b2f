/// A YAML value as plain Swift data: a scalar, a sequence or a mapping, each carrying where it was read.
///
/// `ClaimConfig` builds these from libyaml events; everything above it (plugins, rules, the claim
/// codec) reads settings through the typed accessors below and never sees YAML itself.
public struct ConfigNode: Hashable, Sendable {
    public enum Content: Hashable, Sendable {
        case scalar(Scalar)
        case sequence([ConfigNode])
        case mapping([Entry])
    }

    public struct Scalar: Hashable, Sendable {
        public var text: String
        /// True when the scalar was written in quotes (or as a block literal), so `"true"` stays a string.
        public var isQuoted: Bool

        public init(_ text: String, isQuoted: Bool = false) {
            self.text = text
            self.isQuoted = isQuoted
        }
    }

    /// One `key: value` pair of a mapping. Keys are always strings here; order is kept.
    public struct Entry: Hashable, Sendable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: ConfigNode

        public init(key: String, keyLocation: SourceLocation, value: ConfigNode) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    public var content: Content
    public var location: SourceLocation

    public init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }

    public static func scalar(_ text: String, quoted: Bool = false, at location: SourceLocation) -> ConfigNode {
        ConfigNode(.scalar(Scalar(text, isQuoted: quoted)), at: location)
    }

    /// An empty mapping, used where a plugin has no settings at all.
    public static func emptyMapping(at location: SourceLocation) -> ConfigNode {
        ConfigNode(.mapping([]), at: location)
    }

    /// A short name of the node's kind for "expected …, found …" messages.
    public var kindDescription: String {
        switch content {
        case .scalar(let scalar):
            if !scalar.isQuoted {
                if scalar.text == "true" || scalar.text == "false" { return "a boolean" }
                if Int(scalar.text) != nil { return "a number" }
                if scalar.isNull { return "nothing" }
            }
            return "a string"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    public var isNull: Bool {
        if case .scalar(let scalar) = content { return scalar.isNull }
        return false
    }

    public var entries: [Entry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    public var elements: [ConfigNode]? {
        if case .sequence(let elements) = content { return elements }
        return nil
    }

    public var scalarText: String? {
        if case .scalar(let scalar) = content { return scalar.text }
        return nil
    }

    /// The value under `key` in a mapping, or nil when absent or when this is not a mapping.
    public subscript(key: String) -> ConfigNode? {
        entries?.first { $0.key == key }?.value
    }
}

extension ConfigNode.Scalar {
    /// YAML 1.2 core schema nulls, when written plain.
    public var isNull: Bool {
        !isQuoted && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
    }
}

// MARK: - Typed reading

/// Typed accessors that turn a node into Swift values or say exactly what was expected and found.
///
/// `path` is the dotted key path used in messages, e.g. `rules.settings.stale_claim.max_age_days`.
extension ConfigNode {
    public func mismatch(_ expected: String, for path: String) -> Diagnostic {
        SettingMessage.expected(expected, for: path, found: kindDescription).at(location)
    }

    public func string(for path: String) throws(Diagnostic) -> String {
        guard case .scalar(let scalar) = content, !scalar.isNull else { throw mismatch("a string", for: path) }
        return scalar.text
    }

    /// A string, or nil for an explicit `null` / empty value.
    public func optionalString(for path: String) throws(Diagnostic) -> String? {
        if isNull { return nil }
        return try string(for: path)
    }

    public func bool(for path: String) throws(Diagnostic) -> Bool {
        // Only `true` and `false` are booleans: `yes`, `on` and friends are rejected, not guessed.
        guard case .scalar(let scalar) = content, !scalar.isQuoted, scalar.text == "true" || scalar.text == "false" else {
            throw mismatch("'true' or 'false'", for: path)
        }
        return scalar.text == "true"
    }

    public func int(for path: String) throws(Diagnostic) -> Int {
        guard case .scalar(let scalar) = content, !scalar.isQuoted, let value = Int(scalar.text) else {
            throw mismatch("a whole number", for: path)
        }
        return value
    }

    public func double(for path: String) throws(Diagnostic) -> Double {
        guard case .scalar(let scalar) = content, !scalar.isQuoted, let value = Double(scalar.text), value.isFinite else {
            throw mismatch("a number", for: path)
        }
        return value
    }

    public func list(for path: String) throws(Diagnostic) -> [ConfigNode] {
        if isNull { return [] }
        guard let elements else { throw mismatch("a list", for: path) }
        return elements
    }

    /// A list of strings; a single string is not accepted in its place, to keep files uniform.
    public func strings(for path: String) throws(Diagnostic) -> [String] {
        var result: [String] = []
        for (index, element) in try list(for: path).enumerated() {
            result.append(try element.string(for: "\(path)[\(index)]"))
        }
        return result
    }

    public func mapping(for path: String) throws(Diagnostic) -> [Entry] {
        if isNull { return [] }
        guard let entries else { throw mismatch("a mapping", for: path) }
        return entries
    }

    /// Warnings for keys outside `known`, each with the nearest valid key when one is close.
    public func unknownKeyWarnings(known: [String], path: String) -> [Diagnostic] {
        guard let entries else { return [] }
        return entries.compactMap { entry in
            guard !known.contains(entry.key) else { return nil }
            return SettingMessage.unknownKey(entry.key, in: path, known: known).at(entry.keyLocation)
        }
    }
}

/// The candidate closest to `name` by edit distance, when it is close enough to be a likely typo.
public func nearestName(to name: String, in candidates: [String]) -> String? {
    let lowered = name.lowercased()
    var best: (name: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(lowered, candidate.lowercased())
        if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    guard let best else { return nil }
    let allowed = max(1, min(3, best.name.count / 3))
    return best.distance <= allowed ? best.name : nil
}

/// Levenshtein distance over Unicode scalars.
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
