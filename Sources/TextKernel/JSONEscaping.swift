#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

/// Writing a string as a quoted JSON string: `"`, `\\`, control characters and U+2028/U+2029
/// escaped, everything else (other non-ASCII text, and invalid UTF-8 as it is) copied.
public enum JSONEscaping {
    /// Appends `value` quoted and escaped to `output`.
    public static func appendQuoted(_ value: String, to output: inout [UInt8]) {
        writeString(value, into: &output)
    }

    /// Copies the runs between escapes whole (most strings have no escape at all), finding the next
    /// byte that may need one sixteen bytes at a time: strings are most of the bytes `claims extract` writes.
    static func writeString(_ value: String, into output: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            // Room for the longest result, written through a pointer, then the unused tail dropped.
            let start = output.count
            output.append(contentsOf: repeatElement(0, count: quotedCapacity(utf8Count: bytes.count)))
            let written = output.withUnsafeMutableBufferPointer { writeQuoted(bytes, to: $0.baseAddress! + start) }
            output.removeLast(output.count - start - written)
        }
    }

    /// The room `writeQuoted` needs for `count` bytes of UTF-8: the longest result (each byte a
    /// `\u00XX`, and two quotes), and at least the sixteen bytes after the opening quote in which
    /// a short string is checked.
    @inlinable public static func quotedCapacity(utf8Count count: Int) -> Int { max(6 * count + 2, 1 + JSONEscapeScan.width) }

    /// Writes `bytes` as a quoted JSON string at `destination`, which has room for
    /// `quotedCapacity(utf8Count: bytes.count)` bytes, and returns how many it wrote.
    ///
    /// Inlined into the writes that call it: most strings are short, and for them the call
    /// itself would weigh as much as the work.
    @inlinable @inline(__always)
    public static func writeQuoted(_ bytes: UnsafeBufferPointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        destination.initialize(to: UInt8(ascii: "\""))
        let body = destination + 1
        let firstCandidate: Int
        if bytes.count < JSONEscapeScan.width {
            // Most strings are short (a type, a date value, a name): copied into a window of
            // zeros and checked there with one load. Scanning them in place would take a byte-by-byte
            // loop, as a whole window cannot be read from a string shorter than one.
            body.initialize(repeating: 0, count: JSONEscapeScan.width)
            if let base = bytes.baseAddress { JSONEscapeScan.copyShort(from: base, count: bytes.count, to: body) }
            firstCandidate = JSONEscapeScan.firstCandidate(inWindowAt: body, count: bytes.count)
            if firstCandidate == bytes.count {
                body[bytes.count] = UInt8(ascii: "\"")
                return bytes.count + 2
            }
        } else {
            // Longer ones (statements, quotes) are copied window by window as they are checked,
            // instead of checked and then copied.
            firstCandidate = JSONEscapeScan.copyUntilCandidate(from: bytes, to: body)
            if firstCandidate == bytes.count {
                body[bytes.count] = UInt8(ascii: "\"")
                return bytes.count + 2
            }
        }
        let end = writeEscaping(bytes, from: firstCandidate, to: body)
        end.initialize(to: UInt8(ascii: "\""))
        return end + 1 - destination
    }

    /// Writes `bytes` at `destination`, escaping the bytes that need it, and returns where it
    /// stopped. `index` is the first candidate; the bytes before it need no escape and are
    /// already copied.
    @usableFromInline static func writeEscaping(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int,
                                      to destination: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var next = destination + index
        func copy(_ range: Range<Int>) {
            guard !range.isEmpty, let base = bytes.baseAddress else { return }
            next.initialize(from: base + range.lowerBound, count: range.count)
            next += range.count
        }
        var runStart = index
        var index = index
        while index < bytes.count {
            let width = JSONEscapeScan.escapedWidth(in: bytes, at: index)
            if width > 0 {
                copy(runStart..<index)
                next += writeEscape(of: bytes, at: index, to: next)
                runStart = index + width
            }
            index = JSONEscapeScan.firstCandidate(in: bytes, from: index + max(width, 1))
        }
        copy(runStart..<bytes.count)
        return next
    }

    /// Writes the escape for the byte (or, for U+2028 and U+2029, the three bytes) at `index`,
    /// which `JSONEscapeScan.escapedWidth` said needs one, and returns its length.
    static func writeEscape(of bytes: UnsafeBufferPointer<UInt8>, at index: Int, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        let byte = bytes[index]
        let escape: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8)
        let length: Int
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): escape = (0x5C, byte, 0, 0, 0, 0); length = 2
        case UInt8(ascii: "\n"): escape = (0x5C, UInt8(ascii: "n"), 0, 0, 0, 0); length = 2
        case UInt8(ascii: "\r"): escape = (0x5C, UInt8(ascii: "r"), 0, 0, 0, 0); length = 2
        case UInt8(ascii: "\t"): escape = (0x5C, UInt8(ascii: "t"), 0, 0, 0, 0); length = 2
        case 0xE2:
            // U+2028 and U+2029 are valid JSON but end lines in JavaScript.
            let last = bytes[index + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9")
            escape = (0x5C, UInt8(ascii: "u"), UInt8(ascii: "2"), UInt8(ascii: "0"), UInt8(ascii: "2"), last); length = 6
        default:
            // Other control characters as \u00XX, in lowercase hex.
            escape = (0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hexDigit(byte >> 4), hexDigit(byte & 0xF)); length = 6
        }
        withUnsafeBytes(of: escape) { destination.initialize(from: $0.bindMemory(to: UInt8.self).baseAddress!, count: length) }
        return length
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}

/// Finding the bytes of a JSON string that need escaping: `"`, `\`, control characters and the
/// lead byte 0xE2 of U+2028 and U+2029 (which also leads `’`, `—` and other punctuation, so it is
/// only a candidate).
///
/// Sixteen bytes at a time: escapes are rare and quotes are whole sentences, so checking each byte
/// on its own would weigh on `claims extract --format jsonl`, and eight at a time (SWAR) still
/// leaves a byte-by-byte loop for the last few bytes of every string. On x86-64 the test is a few
/// SSE2 instructions; elsewhere the same mask comes from 64-bit word arithmetic. Both must agree
/// with `isCandidate`, byte for byte.
@usableFromInline enum JSONEscapeScan {
    /// The bytes one mask describes.
    @usableFromInline static let width = 16

    /// The index of the first candidate byte at or after `start`, or `bytes.count` when there is none.
    ///
    /// Loads stay inside `bytes`: the last bytes are checked by a window that ends with them and
    /// overlaps the one before, and strings shorter than a window byte by byte.
    @inlinable @inline(__always)
    static func firstCandidate(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress, bytes.count >= width else {
            var index = start
            while index < bytes.count, !isCandidate(bytes[index]) { index += 1 }
            return index
        }
        var index = start
        while index + width <= bytes.count {
            let mask = candidates(at: base + index)
            if mask != 0 { return index + mask.trailingZeroBitCount }
            index += width
        }
        guard index < bytes.count else { return bytes.count }
        // The last window: its lanes before `index` were checked already.
        let lastWindow = bytes.count - width
        let mask = candidates(at: base + lastWindow) >> UInt32(index - lastWindow)
        return mask != 0 ? index + mask.trailingZeroBitCount : bytes.count
    }

    /// The first candidate among the `count` bytes at `pointer`, or `count` when there is none;
    /// `count` is below `width`, and the whole window at `pointer` must be readable.
    @inlinable @inline(__always)
    static func firstCandidate(inWindowAt pointer: UnsafePointer<UInt8>, count: Int) -> Int {
        let mask = candidates(at: pointer) & (1 << UInt32(count) &- 1)
        return mask != 0 ? mask.trailingZeroBitCount : count
    }

    /// Copies `bytes`, at least `width` of them, to `destination` a window at a time until a
    /// window holds a candidate, and returns the index of that candidate, or `bytes.count` when
    /// there is none. The bytes before the candidate are then in place; those after it may be too.
    @inlinable @inline(__always)
    static func copyUntilCandidate(from bytes: UnsafeBufferPointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        let base = bytes.baseAddress!
        var index = 0
        while index + width <= bytes.count {
            let mask = copyWindow(from: base + index, to: destination + index)
            if mask != 0 { return index + mask.trailingZeroBitCount }
            index += width
        }
        guard index < bytes.count else { return bytes.count }
        // The last window ends with the string and overlaps the one before, whose lanes were checked.
        let lastWindow = bytes.count - width
        let mask = copyWindow(from: base + lastWindow, to: destination + lastWindow) >> UInt32(index - lastWindow)
        return mask != 0 ? index + mask.trailingZeroBitCount : bytes.count
    }

    /// Copies `count` bytes, fewer than `width`, with two loads and stores that overlap: a call
    /// to `memcpy` for each short string costs more than the copy.
    @inlinable @inline(__always)
    static func copyShort(from source: UnsafePointer<UInt8>, count: Int, to destination: UnsafeMutablePointer<UInt8>) {
        @inline(__always) func copy<Word: FixedWidthInteger>(_: Word.Type) {
            let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(destination)
            let tail = count - MemoryLayout<Word>.size
            let first = from.loadUnaligned(as: Word.self), last = from.loadUnaligned(fromByteOffset: tail, as: Word.self)
            to.storeBytes(of: first, as: Word.self)
            to.storeBytes(of: last, toByteOffset: tail, as: Word.self)
        }
        switch count {
        case 8...: copy(UInt64.self)
        case 4...: copy(UInt32.self)
        case 2...: copy(UInt16.self)
        case 1: destination.pointee = source.pointee
        default: break
        }
    }

    @inlinable @inline(__always)
    static func isCandidate(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xE2
    }

    /// A mask of the candidates among the sixteen bytes at `pointer`: bit `i` for `pointer[i]`.
    @inlinable @inline(__always)
    static func candidates(at pointer: UnsafePointer<UInt8>) -> UInt32 {
        #if arch(x86_64)
        return candidates(in: _mm_loadu_si128(UnsafeRawPointer(pointer).assumingMemoryBound(to: __m128i.self)))
        #else
        return portableCandidates(at: pointer)
        #endif
    }

    /// `candidates(at: source)`, the window also copied to `destination`.
    @inlinable @inline(__always)
    static func copyWindow(from source: UnsafePointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>) -> UInt32 {
        #if arch(x86_64)
        let v = _mm_loadu_si128(UnsafeRawPointer(source).assumingMemoryBound(to: __m128i.self))
        _mm_storeu_si128(UnsafeMutableRawPointer(destination).assumingMemoryBound(to: __m128i.self), v)
        return candidates(in: v)
        #else
        UnsafeMutableRawPointer(destination).copyMemory(from: source, byteCount: width)
        return portableCandidates(at: source)
        #endif
    }

    #if arch(x86_64)
    @inlinable @inline(__always)
    static func candidates(in v: __m128i) -> UInt32 {
        // Unsigned `v <= 0x1F` as `min(v, 0x1F) == v`: SSE2 compares bytes as signed only.
        let control = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v)
        let quote = _mm_cmpeq_epi8(v, _mm_set1_epi8(Int8(bitPattern: UInt8(ascii: "\""))))
        let backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8(Int8(bitPattern: UInt8(ascii: "\\"))))
        let separatorLead = _mm_cmpeq_epi8(v, _mm_set1_epi8(Int8(bitPattern: 0xE2)))
        let any = _mm_or_si128(_mm_or_si128(control, quote), _mm_or_si128(backslash, separatorLead))
        return UInt32(truncatingIfNeeded: _mm_movemask_epi8(any))
    }
    #endif

    /// `candidates(at:)` from word arithmetic, exact for every byte.
    @inlinable static func portableCandidates(at pointer: UnsafePointer<UInt8>) -> UInt32 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        var mask: UInt32 = 0
        for half in 0..<2 {
            let word = UInt64(littleEndian: UnsafeRawPointer(pointer + 8 * half).loadUnaligned(as: UInt64.self))
            let flags = belowSpace(word) | SentenceByteMasks.zeroBytes(word ^ (ones &* UInt64(UInt8(ascii: "\""))))
                | SentenceByteMasks.zeroBytes(word ^ (ones &* UInt64(UInt8(ascii: "\\")))) | SentenceByteMasks.zeroBytes(word ^ (ones &* 0xE2))
            mask |= SentenceByteMasks.packHighBits(flags) << UInt32(8 * half)
        }
        return mask
    }

    /// The high bit of each byte of `v` below 0x20. Adding 0x60 to the low seven bits sets the high
    /// bit from 0x20 up without carrying into the next byte; `| v` sets it for 0x80 and up.
    @inlinable @inline(__always) static func belowSpace(_ v: UInt64) -> UInt64 {
        ~(((v & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x6060_6060_6060_6060) | v) & 0x8080_8080_8080_8080
    }

    /// How many bytes from `index` the escape stands for: 3 for U+2028 and U+2029, 1 for the
    /// other escapes, 0 when the candidate there needs none.
    @inlinable @inline(__always)
    static func escapedWidth(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard bytes[index] == 0xE2 else { return 1 }
        let isSeparator = index + 2 < bytes.count && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
        return isSeparator ? 3 : 0
    }
}
