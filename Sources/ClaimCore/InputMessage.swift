/// The messages about inputs that every extractor shares: unreadable bytes and publication dates.
/// Callers place them with `about(file, item:)`.
public enum InputMessage: DiagnosticMessage {
    case empty
    case utf16
    case binary(nulOffset: Int)
    case invalidUTF8(offset: Int)
    /// A feed or page declares an encoding iconv does not know.
    case unknownEncoding(label: String)
    /// Bytes with no character in the encoding a feed or page declares.
    case invalidBytes(count: Int, encoding: String)
    case noPublicationDate
    case impossiblePublicationDate(String, key: String)
    case unrecognizedPublicationDate(String, key: String)

    public var diagnostic: Diagnostic {
        switch self {
        case .empty:
            .error("is empty")
        case .utf16:
            .error("expected UTF-8 text, found UTF-16")
        case .binary(let offset):
            .error("looks like a binary file (NUL byte at offset \(offset))")
        case .invalidUTF8(let offset):
            .error("is not valid UTF-8 text (invalid byte at offset \(offset))")
        case .unknownEncoding(let label):
            .error("declares the encoding '\(label)', which this system cannot convert")
        case .invalidBytes(let count, let encoding):
            .warning("has \(count) \(count == 1 ? "byte" : "bytes") that \(count == 1 ? "is" : "are") not valid \(encoding); read as U+FFFD")
        case .noPublicationDate:
            .warning("has no publication date; relative dates cannot be resolved")
        case .impossiblePublicationDate(let text, let key):
            .error("impossible date '\(text)' for '\(key)'; relative dates cannot be resolved")
        case .unrecognizedPublicationDate(let text, let key):
            .error("expected a date such as '2021-12-28' for '\(key)', found '\(text)'; relative dates cannot be resolved")
        }
    }
}
