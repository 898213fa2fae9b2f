/// The one way a word's bytes become a key: the key of every word table (`WordTable`), of the
/// tokenizer's tokens (`Token.hash`) and of the date tagger's vocabulary.
///
/// ASCII letters are folded to lower case and every other byte is kept as it is (the tokenizer also
/// reads `’` as `'`). The folded bytes are taken eight at a time, as a little-endian integer (the last
/// group, if shorter, padded with zeros), and each group is mixed in with one xor and one multiply; the
/// last step folds the high half into the low bits that tables index with. A word of up to eight bytes
/// is one group, so its key comes from one load, and keys of different words of up to eight bytes
/// never collide (each step is a bijection). Zero is never the key of a table entry: it marks an
/// empty slot, and it is the hash of every punctuation token.
public enum WordKey {
    /// The key of `word`.
    @inlinable public static func of(_ word: String) -> UInt64 {
        var hasher = WordHasher()
        for byte in word.utf8 { hasher.append(lowerASCII(byte)) }
        return hasher.value
    }

    /// The key of a word already packed into its groups of folded bytes: `low` holds the first eight
    /// bytes, `high` the next eight (zero for a word of at most eight bytes). For scanners that load
    /// and fold a word's bytes themselves.
    @inlinable @inline(__always) public static func ofGroups(_ low: UInt64, _ high: UInt64) -> UInt64 {
        var hasher = WordHasher()
        hasher.mix(low)
        if high != 0 { hasher.mix(high) }
        return hasher.value
    }

    /// The byte with ASCII letters folded to lower case.
    @inlinable public static func lowerASCII(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }
}

/// Builds a `WordKey` from bytes given one at a time (`append`) or eight at a time (`mix`); both make
/// the same groups, so the same key. The caller folds the bytes.
@frozen public struct WordHasher {
    @usableFromInline var state: UInt64 = 0xcbf29ce484222325
    /// Bytes not yet mixed in, in the low `pendingBits` bits.
    @usableFromInline var pending: UInt64 = 0
    @usableFromInline var pendingBits: UInt64 = 0

    @inlinable public init() {}

    @inlinable @inline(__always) public mutating func append(_ byte: UInt8) {
        pending |= UInt64(byte) &<< pendingBits
        pendingBits &+= 8
        if pendingBits == 64 {
            mix(pending)
            pending = 0
            pendingBits = 0
        }
    }

    /// Mixes in a whole group of eight bytes; nothing may be pending.
    @inlinable @inline(__always) public mutating func mix(_ group: UInt64) {
        state = (state ^ group) &* 0x9E37_79B9_7F4A_7C15
    }

    @inlinable @inline(__always) public var value: UInt64 {
        let h = pendingBits == 0 ? state : (state ^ pending) &* 0x9E37_79B9_7F4A_7C15
        return h ^ h &>> 32
    }

    /// The key of the `count` (1…15) ASCII letters at `pointer`, lowercased, where sixteen bytes can
    /// be read: the groups `append` would make, from one or two loads. A word of fewer than eight
    /// letters, most words, takes one branch and one multiply.
    @inlinable @inline(__always)
    static func hash(ofLetters pointer: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        var hasher = WordHasher()
        // `| 0x20` lowercases a letter; the bytes after the letters are cleared.
        let first = UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self)) | 0x2020_2020_2020_2020
        if count < 8 {
            hasher.mix(first & lowBytes(count))
            return hasher.value
        }
        hasher.mix(first)
        if count > 8 {
            let second = UInt64(littleEndian: UnsafeRawPointer(pointer + 8).loadUnaligned(as: UInt64.self)) | 0x2020_2020_2020_2020
            hasher.mix(second & lowBytes(count &- 8))
        }
        return hasher.value
    }

    /// A mask of the low `count` (0…7) bytes of a word.
    @inlinable @inline(__always) static func lowBytes(_ count: Int) -> UInt64 {
        1 &<< UInt64(truncatingIfNeeded: count &* 8) &- 1
    }
}
