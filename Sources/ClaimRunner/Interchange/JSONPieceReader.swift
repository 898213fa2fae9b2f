import Foundation

/// Reads a large JSON document a piece at a time, so that importing a feed of tens of thousands of
/// reviews holds one review in memory, not the file and its whole parsed tree.
///
/// The pieces are the elements of a top-level array, and the members of a top-level object, where
/// a member whose value is an array comes element by element (that is where feeds keep their
/// records: `@graph`, `dataFeedElement`, `claims`). Each piece is parsed by `JSONSerialization` as
/// soon as its last byte is read. The splitter only tracks strings, escapes and nesting; the
/// parser judges the rest, and a malformed piece is reported with the byte offset it starts at.
struct JSONPieceReader {
    enum Piece {
        /// An element of the top-level array (`key` nil) or of the top-level object's array member `key`.
        case element(Any, key: String?)
        /// A member of the top-level object whose value is not an array.
        case member(key: String, value: Any)
        /// The whole document, when it is a single value that is neither an object nor an array.
        case scalar(Any)
    }

    struct Malformed: Error {
        var offset: Int
        var reason: String
    }

    private var depth = 0
    private var inString = false
    private var escaped = false
    private var topIsObject = false
    private var offset = 0
    /// The value being read, from its first byte.
    private var capture: [UInt8] = []
    private var captureStart = 0
    private var capturing = false
    /// Nesting depth of the container the captured value sits in.
    private var captureDepth = 0
    /// The top-level object's member being read: its key while the key is read, then its name.
    private var keyBytes: [UInt8]?
    private var key: String?
    private var awaitingValue = false
    private var inMemberArray = false

    /// Feeds the next bytes; `emit` receives each piece completed by them, in order.
    mutating func feed(_ bytes: some Collection<UInt8>, emit: (Piece) throws -> Void) throws {
        for byte in bytes {
            try step(byte, emit: emit)
            offset += 1
        }
    }

    /// Ends the document: a value cut off before its end is an error.
    mutating func finish(emit: (Piece) throws -> Void) throws {
        if capturing, captureDepth == 0, !inString {
            try emitCapture(dropLast: false, emit: emit)
        }
        if depth != 0 || inString || capturing {
            throw Malformed(offset: offset, reason: "the document ends before its values are closed")
        }
        if !sawTopLevel {
            throw Malformed(offset: offset, reason: "no JSON value found")
        }
    }

    private var sawTopLevel = false

    private mutating func step(_ byte: UInt8, emit: (Piece) throws -> Void) throws {
        let wasCapturing = capturing
        if wasCapturing { capture.append(byte) }
        if inString {
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "\"") {
                inString = false
            }
            keyBytes?.append(byte)
            return
        }
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
            return
        case UInt8(ascii: "\""):
            inString = true
            if !wasCapturing {
                if depth == 1, topIsObject, !awaitingValue {
                    keyBytes = [byte]
                } else {
                    startCapture(byte)
                }
            }
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            if depth == 0 {
                sawTopLevel = true
                topIsObject = byte == UInt8(ascii: "{")
            } else if !wasCapturing {
                if depth == 1, topIsObject, awaitingValue, byte == UInt8(ascii: "[") {
                    awaitingValue = false
                    inMemberArray = true
                } else {
                    startCapture(byte)
                }
            }
            depth += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
            depth -= 1
            if capturing, depth < captureDepth {
                try emitCapture(dropLast: true, emit: emit)  // a scalar ended by its container's close
            } else if capturing, depth == captureDepth, wasCapturing {
                try emitCapture(dropLast: false, emit: emit)  // the captured container closed
            }
            if depth == 1, inMemberArray { inMemberArray = false; key = nil }
        case UInt8(ascii: ","):
            if capturing, depth == captureDepth { try emitCapture(dropLast: true, emit: emit) }
        case UInt8(ascii: ":"):
            if !capturing, depth == 1, topIsObject, let bytes = keyBytes {
                key = (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) as? String ?? ""
                keyBytes = nil
                awaitingValue = true
            }
        default:
            if !wasCapturing {
                if depth == 0 { sawTopLevel = true }
                startCapture(byte)
            }
        }
    }

    private mutating func startCapture(_ byte: UInt8) {
        capture = [byte]
        capturing = true
        captureStart = offset
        captureDepth = depth
        if depth == 0 { sawTopLevel = true }
        if depth == 1, topIsObject { awaitingValue = false }
    }

    private mutating func emitCapture(dropLast: Bool, emit: (Piece) throws -> Void) throws {
        if dropLast { capture.removeLast() }
        capturing = false
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(capture), options: [.fragmentsAllowed])
        } catch {
            throw Malformed(offset: captureStart, reason: "a value that does not parse")
        }
        capture = []
        if captureDepth == 0 {
            try emit(.scalar(value))
        } else if !topIsObject {
            try emit(.element(value, key: nil))
        } else if inMemberArray {
            try emit(.element(value, key: key))
        } else {
            try emit(.member(key: key ?? "", value: value))
            key = nil
        }
    }
}
