#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Feeds and web pages say how they are encoded in their first bytes: a byte order mark, the shape
/// `<?xml` takes in UTF-16 or UTF-32, an XML declaration's `encoding="…"`, or a page's
/// `<meta charset>`. Everything after reading works on UTF-8, so such a file is converted first, with
/// glibc's iconv, which knows every encoding news sites still publish in (ISO-8859-x, windows-125x,
/// KOI8-R, Shift_JIS, EUC-JP, EUC-KR, GBK, Big5, UTF-16, UTF-32).
public struct MarkupText: Sendable {
    /// The text, as UTF-8 without a byte order mark.
    public var utf8: [UInt8]
    /// The encoding it was read in, as iconv names it ("UTF-8", "UTF-16LE", "WINDOWS-1252", …).
    public var encoding: String
    /// Bytes that were not valid in that encoding and became U+FFFD (always 0 for UTF-8, which is
    /// checked strictly elsewhere).
    public var replacedBytes: Int

    public var isUTF8: Bool { encoding == "UTF-8" }

    /// The bytes as UTF-8, by what they say of themselves, or the declared label iconv does not know.
    public static func reading(_ bytes: [UInt8]) -> Result<MarkupText, UnknownEncoding> {
        let (encoding, skipped) = detectedEncoding(of: bytes)
        if encoding == "UTF-8" {
            return .success(MarkupText(utf8: Array(bytes[skipped...]), encoding: encoding, replacedBytes: 0))
        }
        guard let converted = convertedToUTF8(bytes[skipped...], from: encoding) else {
            return .failure(UnknownEncoding(label: encoding))
        }
        return .success(MarkupText(utf8: converted.text, encoding: encoding, replacedBytes: converted.replaced))
    }

    public struct UnknownEncoding: Error, Sendable {
        public var label: String
    }

    /// The encoding and the length of the byte order mark to skip. A byte order mark wins, then the
    /// shape of the first characters (XML requires `<` or whitespace first, so UTF-16 and UTF-32
    /// show as zero bytes in fixed places), then a declaration; UTF-8 is the default.
    static func detectedEncoding(of bytes: [UInt8]) -> (encoding: String, byteOrderMark: Int) {
        let head = Array(bytes.prefix(4)) + [UInt8](repeating: 0xAA, count: max(0, 4 - bytes.count))
        switch (head[0], head[1], head[2], head[3]) {
        case (0xEF, 0xBB, 0xBF, _): return ("UTF-8", 3)
        case (0x00, 0x00, 0xFE, 0xFF): return ("UTF-32BE", 4)
        case (0xFF, 0xFE, 0x00, 0x00): return ("UTF-32LE", 4)
        case (0xFE, 0xFF, _, _): return ("UTF-16BE", 2)
        case (0xFF, 0xFE, _, _): return ("UTF-16LE", 2)
        case (0x00, 0x00, 0x00, let c) where c != 0: return ("UTF-32BE", 0)
        case (let c, 0x00, 0x00, 0x00) where c != 0: return ("UTF-32LE", 0)
        case (0x00, let b, 0x00, let d) where b != 0 && d != 0: return ("UTF-16BE", 0)
        case (let a, 0x00, let c, 0x00) where a != 0 && c != 0: return ("UTF-16LE", 0)
        default: break
        }
        guard let label = declaredEncodingLabel(in: bytes) else { return ("UTF-8", 0) }
        let encoding = iconvName(forLabel: label)
        // A file that calls itself Latin-1 (or ASCII) but holds well-formed multi-byte UTF-8 was
        // saved as UTF-8 by a tool that left the old declaration; reading it as declared would turn
        // every accent into two wrong characters.
        if isSingleByteLatin(encoding), containsMultiByteUTF8(bytes) { return ("UTF-8", 0) }
        // Plain ASCII reads the same in every encoding a page declares, bar the 7-bit ones that
        // use escape sequences; reading it as UTF-8 keeps its offsets pointing into the file.
        if !bytes.contains(where: { $0 >= 0x80 }), !encoding.hasPrefix("ISO-2022"), !encoding.hasPrefix("UTF-7") { return ("UTF-8", 0) }
        // "utf-16" declared by a file whose first bytes are plainly ASCII-compatible is a leftover too.
        if encoding.hasPrefix("UTF-16") || encoding.hasPrefix("UTF-32") { return ("UTF-8", 0) }
        return (encoding, 0)
    }

    /// The label of `<?xml … encoding="…"?>` at the start, else of `<meta charset="…">` or
    /// `<meta http-equiv="content-type" content="…; charset=…">` in the first 4 KB.
    static func declaredEncodingLabel(in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        if head.hasPrefix("<?xml"), let end = head.range(of: "?>") {
            let declaration = head[..<end.lowerBound]
            if let value = attributeValue(after: "encoding", in: declaration) { return value }
        }
        var searchFrom = head.startIndex
        while let meta = head.range(of: "<meta", range: searchFrom..<head.endIndex) {
            let tagEnd = head[meta.upperBound...].firstIndex(of: ">") ?? head.endIndex
            let tag = head[meta.upperBound..<tagEnd]
            if let value = attributeValue(after: "charset", in: tag) {
                // `content="text/html; charset=windows-1251"` puts the label after "charset=" inside another value.
                return String(value.prefix { !";\"' ".contains($0) })
            }
            searchFrom = tagEnd
        }
        return nil
    }

    /// `name = "value"`, `name='value'` or `name=value` after the first occurrence of `name`.
    private static func attributeValue(after name: String, in text: Substring) -> String? {
        guard let found = text.range(of: name) else { return nil }
        var rest = text[found.upperBound...].drop { $0 == " " || $0 == "\t" }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        if let quote = rest.first, quote == "\"" || quote == "'" {
            let value = rest.dropFirst().prefix { $0 != quote }
            return value.isEmpty ? nil : String(value).trimmingASCIISpaces()
        }
        let value = rest.prefix { !" \t\n\r>/;".contains($0) }
        return value.isEmpty ? nil : String(value)
    }

    /// iconv's name for a label as web pages and feeds write it. Browsers read the Latin-1 and ASCII
    /// labels as windows-1252, whose curly quotes and dashes sit where Latin-1 has control codes, and
    /// pages written on Windows rely on that; GB2312 is read as its superset GBK for the same reason.
    static func iconvName(forLabel label: String) -> String {
        let label = label.lowercased()
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252", "x-cp1252":
            return "WINDOWS-1252"
        case "gb2312", "gb_2312-80", "x-gbk", "chinese": return "GBK"
        case "shift-jis", "x-sjis", "sjis", "ms_kanji": return "SHIFT_JIS"
        case "windows-31j", "cp932": return "CP932"
        case "ks_c_5601-1987", "windows-949", "cp949": return "CP949"
        case "x-euc-jp": return "EUC-JP"
        default: return label.uppercased()
        }
    }

    private static func isSingleByteLatin(_ encoding: String) -> Bool {
        encoding.hasPrefix("WINDOWS-125") || encoding.hasPrefix("ISO-8859-")
    }

    /// True when the bytes hold at least one multi-byte sequence and no malformed one.
    private static func containsMultiByteUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.contains { $0 >= 0x80 } && firstInvalidUTF8Offset(in: bytes[...]) == nil
    }

    /// The bytes converted with iconv; an invalid or cut-off sequence becomes U+FFFD and reading
    /// goes on at the next byte. Nil when iconv does not know the encoding.
    static func convertedToUTF8(_ bytes: ArraySlice<UInt8>, from encoding: String) -> (text: [UInt8], replaced: Int)? {
        guard let converter = iconv_open("UTF-8", encoding), converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = Array(bytes)
        // Four output bytes per input byte cover every case, U+FFFD (three bytes) for one bad byte
        // included, so the output buffer never runs out.
        var output = [UInt8](repeating: 0, count: input.count * 4 + 4)
        var replaced = 0
        let written = input.withUnsafeMutableBytes { inputBuffer in
            output.withUnsafeMutableBytes { outputBuffer -> Int in
                var inPointer = inputBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inputBuffer.count
                var outPointer = outputBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = outputBuffer.count
                while inLeft > 0 {
                    if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 { break }
                    guard errno == EILSEQ || errno == EINVAL, outLeft >= 3 else { break }
                    for byte: UInt8 in [0xEF, 0xBF, 0xBD] {
                        outPointer?.pointee = CChar(bitPattern: byte)
                        outPointer = outPointer?.advanced(by: 1)
                    }
                    outLeft -= 3
                    inPointer = inPointer?.advanced(by: 1)
                    inLeft -= 1
                    replaced += 1
                }
                return outputBuffer.count - outLeft
            }
        }
        output.removeSubrange(written...)
        return (output, replaced)
    }
}

private extension String {
    func trimmingASCIISpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
