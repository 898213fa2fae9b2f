/// A typed tree to write as YAML. Mappings keep the caller's key order, which is how claim files
/// get a fixed key order and small diffs.
public indirect enum YAMLValue: Hashable, Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case sequence([YAMLValue])
    case mapping([Pair])

    /// One `key: value` of a mapping (a struct because tuples can't be `Hashable`).
    public struct Pair: Hashable, Sendable {
        public var key: String
        public var value: YAMLValue

        public init(_ key: String, _ value: YAMLValue) {
            self.key = key
            self.value = value
        }
    }
}

// Literals keep hand-built trees short: `["id": "talks", "tags": ["a", "b"]]` (dictionary
// literals keep their order here, they never become a `Dictionary`).
extension YAMLValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(arrayLiteral elements: YAMLValue...) { self = .sequence(elements) }
    public init(dictionaryLiteral elements: (String, YAMLValue)...) { self = .mapping(elements.map { Pair($0.0, $0.1) }) }
}
