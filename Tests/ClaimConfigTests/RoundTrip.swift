import ClaimCore
import Testing
@testable import ClaimConfig

/// Checks that `node`, read back from written YAML, holds exactly `value`; returns what differs.
func mismatch(between value: YAMLValue, and node: ConfigNode, path: String = "$") -> String? {
    func scalar(_ expected: String, quoted: Bool?) -> String? {
        guard case .scalar(let scalar) = node.content else { return "\(path): expected a scalar, found \(node.kindDescription)" }
        if scalar.text != expected { return "\(path): expected \(expected.debugDescription), read \(scalar.text.debugDescription)" }
        if let quoted, scalar.isQuoted != quoted { return "\(path): expected quoted == \(quoted) for \(expected.debugDescription)" }
        return nil
    }
    switch value {
    case .string(let text):
        // Strings a plain reader would misread must come back marked as quoted.
        return scalar(text, quoted: PlainScalarOracle.readsAsNonString(text) ? true : nil)
    case .int(let number): return scalar(String(number), quoted: false)
    case .double(let number): return scalar(YAMLWriter.yamlText(for: number), quoted: false)
    case .bool(let flag): return scalar(flag ? "true" : "false", quoted: false)
    case .null: return node.isNull ? nil : "\(path): expected null"
    case .sequence(let elements):
        guard let read = node.elements, read.count == elements.count else { return "\(path): sequence differs" }
        return zip(elements, read).enumerated().lazy.compactMap { mismatch(between: $1.0, and: $1.1, path: "\(path)[\($0)]") }.first
    case .mapping(let pairs):
        guard let read = node.entries, read.map(\.key) == pairs.map(\.key) else {
            return "\(path): keys differ: \(pairs.map(\.key)) vs \(node.entries?.map(\.key) ?? [])"
        }
        return zip(pairs, read).lazy.compactMap { mismatch(between: $0.value, and: $1.value, path: "\(path).\($0.key)") }.first
    }
}

/// What other YAML readers make of a plain scalar, written independently of `YAMLScalarStyle` from
/// the YAML 1.1 type regexes (as PyYAML resolves them), the YAML 1.2 core schema, and Swift's own
/// `Int`/`Double` parsing, which `ConfigNode`'s accessors use.
enum PlainScalarOracle {
    static func readsAsNonString(_ text: String) -> Bool {
        if Int(text) != nil || Double(text) != nil { return true }
        return patterns.contains { text.wholeMatch(of: $0) != nil }
    }

    nonisolated(unsafe) private static let patterns: [Regex<Substring>] = [
        // YAML 1.1
        /yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|y|Y|n|N/,
        /~|null|Null|NULL|/,
        /<<|=/,
        /[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+/,
        /[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)/,
        /[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?/,
        // YAML 1.2 core schema
        /[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+/,
        /[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)/,
    ]
}

/// Writes `value`, reads it back, and returns a description of any difference (with the YAML written).
func roundTripFailure(_ value: YAMLValue) -> String? {
    let text: String
    do { text = try YAMLWriter.text(for: value) } catch { return "could not write: \(error)" }
    do {
        let node = try YAMLReader().parse(text, file: "written.yaml")
        return mismatch(between: value, and: node).map { "\($0)\n--- written:\n\(text)" }
    } catch {
        return "could not read back: \(error)\n--- written:\n\(text)"
    }
}

/// Puts one string everywhere a string can go: root, value, key, list item, nested deeper.
func placements(of text: String) -> [YAMLValue] {
    [
        .string(text),
        ["key": .string(text), "after": 1],
        .mapping([.init(text, "value"), .init("other", .string(text))]),
        [.string(text), "next"],
        ["list": [.string(text), .string(text)], "nested": ["deeper": [["item": .string(text)]]]],
    ]
}

/// A deterministic generator (SplitMix64), so a failure found once is found every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
