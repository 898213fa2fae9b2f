#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

/// Classifies sixteen bytes of text at once: bit `i` of a mask describes the byte at `pointer + i`.
///
/// The sentence splitter and the dateless-claim filter read every byte of a document, and nearly all
/// of those bytes are plain letters and spaces. Testing sixteen at a time and acting only on the set
/// bits keeps their cost per byte to a fraction of an instruction. On x86-64 the test is a handful of
/// SSE2 instructions (part of every x86-64 CPU); elsewhere the same masks come from 64-bit word
/// arithmetic (SWAR). Both must agree, byte for byte, with the scalar tests `isMark` and `isLetter`.
public enum SentenceByteMasks {
    /// A mask of the bytes that can end a sentence: `\n`, `.`, `!` and `?`.
    @inlinable @inline(__always)
    public static func marks(at pointer: UnsafePointer<UInt8>) -> UInt32 {
        #if arch(x86_64)
        let v = _mm_loadu_si128(UnsafeRawPointer(pointer).assumingMemoryBound(to: __m128i.self))
        let newlines = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x0A))
        let periods = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x2E))
        let exclamations = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x21))
        let questions = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x3F))
        let any = _mm_or_si128(_mm_or_si128(newlines, periods), _mm_or_si128(exclamations, questions))
        return UInt32(truncatingIfNeeded: _mm_movemask_epi8(any))
        #else
        return portableMarks(at: pointer)
        #endif
    }

    /// A mask of the bytes the date tagger reads as the end of a sentence or a line: `.`, `!`, `?`, `;`,
    /// `\n` and `\r` (the tense look-back stops at them; the splitter's `marks` are fewer).
    @inlinable @inline(__always)
    public static func sentenceEnds(at pointer: UnsafePointer<UInt8>) -> UInt32 {
        #if arch(x86_64)
        let v = _mm_loadu_si128(UnsafeRawPointer(pointer).assumingMemoryBound(to: __m128i.self))
        let marks = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x2E)), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x21))),
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x3F)), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x3B))))
        let breaks = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x0A)), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x0D)))
        return UInt32(truncatingIfNeeded: _mm_movemask_epi8(_mm_or_si128(marks, breaks)))
        #else
        return portableSentenceEnds(at: pointer)
        #endif
    }

    /// `sentenceEnds(at:)` from word arithmetic: a byte equal to one of the six becomes zero after the XOR.
    @inlinable public static func portableSentenceEnds(at pointer: UnsafePointer<UInt8>) -> UInt32 {
        var mask: UInt32 = 0
        for half in 0..<2 {
            let word = UInt64(littleEndian: UnsafeRawPointer(pointer + 8 * half).loadUnaligned(as: UInt64.self))
            let flags = zeroBytes(word ^ 0x2E2E_2E2E_2E2E_2E2E)
                | zeroBytes(word ^ 0x2121_2121_2121_2121)
                | zeroBytes(word ^ 0x3F3F_3F3F_3F3F_3F3F)
                | zeroBytes(word ^ 0x3B3B_3B3B_3B3B_3B3B)
                | zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
                | zeroBytes(word ^ 0x0D0D_0D0D_0D0D_0D0D)
            mask |= packHighBits(flags) << UInt32(8 * half)
        }
        return mask
    }

    /// A mask of the ASCII letters, either case.
    @inlinable @inline(__always)
    public static func letters(at pointer: UnsafePointer<UInt8>) -> UInt32 {
        #if arch(x86_64)
        // Lowercase with `| 0x20`, then move `a…z` to the bottom of the signed byte range
        // (-128…-103), so that one signed comparison tests the whole range.
        let v = _mm_loadu_si128(UnsafeRawPointer(pointer).assumingMemoryBound(to: __m128i.self))
        let shifted = _mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8(0x1F))
        let inRange = _mm_cmplt_epi8(shifted, _mm_set1_epi8(-128 + 26))
        return UInt32(truncatingIfNeeded: _mm_movemask_epi8(inRange))
        #else
        return portableLetters(at: pointer)
        #endif
    }

    /// `marks(at:)` from word arithmetic: a word has a byte equal to `c` where `word ^ c…c` has a zero byte.
    @inlinable public static func portableMarks(at pointer: UnsafePointer<UInt8>) -> UInt32 {
        var mask: UInt32 = 0
        for half in 0..<2 {
            let word = UInt64(littleEndian: UnsafeRawPointer(pointer + 8 * half).loadUnaligned(as: UInt64.self))
            let flags = zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A) | zeroBytes(word ^ 0x2E2E_2E2E_2E2E_2E2E)
                | zeroBytes(word ^ 0x2121_2121_2121_2121) | zeroBytes(word ^ 0x3F3F_3F3F_3F3F_3F3F)
            mask |= packHighBits(flags) << UInt32(8 * half)
        }
        return mask
    }

    /// `letters(at:)` from word arithmetic.
    @inlinable public static func portableLetters(at pointer: UnsafePointer<UInt8>) -> UInt32 {
        var mask: UInt32 = 0
        for half in 0..<2 {
            let word = UInt64(littleEndian: UnsafeRawPointer(pointer + 8 * half).loadUnaligned(as: UInt64.self))
            let x = (word | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
            let atLeastA = x &+ 0x1F1F_1F1F_1F1F_1F1F  // high bit: x >= 'a'
            let pastZ = x &+ 0x0505_0505_0505_0505     // high bit: x > 'z'
            mask |= packHighBits(atLeastA & ~pastZ & ~word & 0x8080_8080_8080_8080) << UInt32(8 * half)
        }
        return mask
    }

    /// The high bit of each byte of `v` that is zero. Exact for every byte: adding 0x7F to the low
    /// seven bits never carries into the next byte, unlike the shorter `(v - 0x01…) & ~v` test.
    @inlinable @inline(__always)
    public static func zeroBytes(_ v: UInt64) -> UInt64 {
        ~(((v & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | v) & 0x8080_8080_8080_8080
    }

    /// Bits 7, 15, … 63 of `flags` (its only set bits) as bits 0…7: the multiplier moves each to
    /// its own bit of the top byte, and the partial products never overlap, so nothing carries.
    @inlinable @inline(__always)
    public static func packHighBits(_ flags: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: (flags &* 0x0002_0408_1020_4081) >> 56)
    }

    @inlinable @inline(__always)
    public static func isMark(_ byte: UInt8) -> Bool {
        byte == 0x0A || byte == 0x2E || byte == 0x21 || byte == 0x3F
    }

    @inlinable @inline(__always)
    public static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 97 && (byte | 0x20) <= 122
    }
}
