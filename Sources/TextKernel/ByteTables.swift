/// A table of one byte per byte value (a byte's class, its folded form …), read in per-byte loops:
/// one load, no bounds check, no reference count. Made once per process and never freed: make
/// tables in `static let`s or shared objects, not in a loop.
@frozen public struct ByteTable: @unchecked Sendable {
    @usableFromInline let entries: UnsafePointer<UInt8>

    /// `values`: 256 entries, one per byte value.
    public init(_ values: [UInt8]) {
        precondition(values.count == 256, "a byte table has 256 entries")
        let entries = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        entries.initialize(from: values, count: 256)
        self.entries = UnsafePointer(entries)
    }

    /// The entry of byte value `index` (0…255).
    @inlinable public subscript(index: Int) -> UInt8 {
        @inline(__always) get { entries[index] }
    }
}

/// A filter over a set of words that rules most other words out without a table probe: one 16-bit
/// mask of word lengths (mod 16) per hash of the word's first eight folded bytes (`key`), so a word
/// whose bit is clear is certainly not one of them. 8,192 slots, for a few hundred words; made once
/// per process and never freed.
@frozen public struct WordLengthFilter: @unchecked Sendable {
    @usableFromInline let masks: UnsafePointer<UInt16>

    /// A filter of `words` (ASCII letters folded as `WordKey` folds them; words of up to 16 bytes).
    public init(words: [String]) {
        let masks = UnsafeMutablePointer<UInt16>.allocate(capacity: 0x2000)
        masks.initialize(repeating: 0, count: 0x2000)
        for word in words {
            let bytes = Array(word.utf8)
            guard !bytes.isEmpty, bytes.count <= 16 else { continue }
            var low: UInt64 = 0
            for (index, byte) in bytes.prefix(8).enumerated() { low |= UInt64(WordKey.lowerASCII(byte)) << (8 * UInt64(index)) }
            masks[WordLengthFilter.slot(WordLengthFilter.key(low, length: bytes.count))] |= 1 << UInt16(bytes.count & 15)
        }
        self.masks = UnsafePointer(masks)
    }

    /// Whether a word with this `key` and `length` (in bytes) may be one of the filter's words.
    @inlinable @inline(__always) public func mayContain(_ key: UInt64, length: Int) -> Bool {
        (UInt32(masks[WordLengthFilter.slot(key)]) >> UInt32(truncatingIfNeeded: length & 15)) & 1 != 0
    }

    /// What the filter hashes: a word's first eight folded bytes, as they are packed in `low` (the
    /// first byte lowest), moved to the high end. Whatever follows a shorter word in `low` is shifted
    /// out: a scanner that reads words from one load clears the bytes after them in half the
    /// instructions a mask needs.
    @inlinable @inline(__always) public static func key(_ low: UInt64, length: Int) -> UInt64 {
        length >= 8 ? low : low &<< UInt64(truncatingIfNeeded: 64 &- 8 &* length)
    }

    /// 13 bits of a multiplicative hash.
    @inlinable @inline(__always) static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 51)
    }
}

/// A set of lowercase ASCII letters given as a literal ("cdfhmqwy"), as a 26-bit mask: inlined where
/// it is used, the literal's mask is worked out at compile time in release builds.
@frozen public struct LowercaseLetters {
    @usableFromInline let mask: UInt32

    @inlinable @inline(__always) public init(_ letters: StaticString) {
        var mask: UInt32 = 0
        letters.withUTF8Buffer { for letter in $0 { mask |= 1 &<< UInt32(letter &- 0x61) } }
        self.mask = mask
    }

    /// Whether `byte` is one of the letters (a lowercase ASCII letter).
    @inlinable @inline(__always) public func contains(_ byte: UInt8) -> Bool {
        byte >= 0x61 && byte <= 0x7A && mask &>> UInt32(byte &- 0x61) & 1 == 1
    }
}
