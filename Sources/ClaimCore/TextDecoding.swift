import TextKernel

/// Checks every extractor makes before reading an input as text, so that empty, binary and
/// mis-encoded files get the same clear message whichever plugin was given them.
///
/// Inputs are read as UTF-8 only: output offsets are UTF-8 bytes into the file as given, and
/// those only mean something when the file is UTF-8 itself.

/// An input's text once it is known to be UTF-8, without a leading byte order mark.
public struct DecodedText: Sendable {
    public var text: String
    /// Where `text` starts in the file: 3 after a UTF-8 byte order mark, otherwise 0.
    public var fileOffset: Int

    public init(text: String, fileOffset: Int) {
        self.text = text
        self.fileOffset = fileOffset
    }
}

extension InputFile {
    /// The length of a leading UTF-8 byte order mark, 0 when there is none.
    public var byteOrderMarkLength: Int {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// A problem when the input cannot be text at all: it is empty, UTF-16, or holds NUL bytes.
    public func unreadableContentProblem() -> Diagnostic? {
        if bytes.isEmpty {
            return InputMessage.empty.about(path)
        }
        // UTF-16 is text, but not text we read; say so rather than calling it binary.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return InputMessage.utf16.about(path)
        }
        if let nul = firstNULOffset() {
            return InputMessage.binary(nulOffset: nul).about(path)
        }
        return nil
    }

    /// Where the first NUL byte is: every input is checked whole, and the generic `firstIndex(of:)`
    /// goes a byte at a time.
    private func firstNULOffset() -> Int? {
        TextBytes.withBytes(of: bytes) { $0.firstOffset(of: 0) }
    }

    /// The whole input as UTF-8 text, or the problem that stops it being read.
    public func decodedText() -> Result<DecodedText, Diagnostic> {
        if let problem = unreadableContentProblem() { return .failure(problem) }
        let start = byteOrderMarkLength
        // One validating pass that also makes the string; the slower scan that says where the
        // bytes go wrong runs only when they do. Both reject the same sequences (overlong forms,
        // surrogates, values past U+10FFFF, cut-off sequences), and should they ever disagree,
        // the scan decides as before.
        if let text = Self.validatedText(bytes[start...]) {
            return .success(DecodedText(text: text, fileOffset: start))
        }
        guard let invalid = firstInvalidUTF8Offset(in: bytes[start...]) else {
            return .success(DecodedText(text: String(decoding: bytes[start...], as: UTF8.self), fileOffset: start))
        }
        return .failure(InputMessage.invalidUTF8(offset: invalid).about(path))
    }

    /// The bytes as a string when they are valid UTF-8, nil otherwise.
    ///
    /// Through `UTF8Span` where the standard library has it: `String(validating:as:)` is generic
    /// and looked up type metadata for every file, a fifth of decoding a short article. Both
    /// reject the same bytes.
    static func validatedText(_ bytes: ArraySlice<UInt8>) -> String? {
        if #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *) { return spanValidatedText(bytes) }
        return String(validating: bytes, as: UTF8.self)
    }

    @available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *)
    static func spanValidatedText(_ bytes: ArraySlice<UInt8>) -> String? {
        guard let text = try? UTF8Span(validating: bytes.span) else { return nil }
        return String(copying: text)
    }

    /// The first bytes after any byte order mark and leading whitespace, lowercased ASCII, for sniffing
    /// a format when the file extension does not say.
    public func leadingText(maxBytes: Int = 512) -> String {
        var start = byteOrderMarkLength
        while start < bytes.count, isASCIIWhitespace(bytes[start]) { start += 1 }
        let end = min(bytes.count, start + maxBytes)
        return String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
    }
}

/// The absolute index of the first byte that does not start well-formed UTF-8, or nil: for a
/// broken multi-byte sequence, where that sequence starts.
///
/// A hand-written scan, because `String(validating:)` says only whether the bytes are valid, not
/// where they stop being so; it rejects overlong forms, surrogates and values past U+10FFFF.
public func firstInvalidUTF8Offset(in bytes: ArraySlice<UInt8>) -> Int? {
    var index = bytes.startIndex
    let end = bytes.endIndex
    while index < end {
        let lead = bytes[index]
        if lead < 0x80 { index += 1; continue }
        let length: Int
        var lowest: UInt8 = 0x80, highest: UInt8 = 0xBF  // allowed range of the second byte
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lowest = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; highest = 0x9F
        case 0xF0: length = 4; lowest = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; highest = 0x8F
        default: return index
        }
        guard index + length <= end else { return index }
        let second = bytes[index + 1]
        guard second >= lowest, second <= highest else { return index }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
            return index
        }
        index += length
    }
    return nil
}

func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C
}
