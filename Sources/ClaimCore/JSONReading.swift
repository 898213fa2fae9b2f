import Foundation

/// Reading JSON text the way the extractor plugins that take JSON share: `JSONSerialization` rather
/// than `Codable`, so that a value of the wrong type can be named in the message.
public enum JSONReading {
    /// The value of one JSON text (a line of JSON Lines), or nil when it is not valid JSON.
    public static func value(of bytes: some Collection<UInt8>) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    }

    /// What a parsed value is, for messages: "a string", "a list", "an object", "null", "a boolean", "a number".
    public static func kind(of value: Any) -> String {
        switch value {
        case is String: "a string"
        case is [Any]: "a list"
        case is [String: Any]: "an object"
        case is NSNull: "null"
        case let number as NSNumber: number.objCType.pointee == CChar(UInt8(ascii: "c")) ? "a boolean" : "a number"
        default: "a value"
        }
    }
}
