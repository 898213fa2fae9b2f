/// Up to 48 bytes held in the value itself, for short texts spelled byte by byte (a TIMEX3 value,
/// the digits of a date): no allocation, unlike an array, until `string` makes the result once.
@frozen public struct InlineBytes {
    /// How many bytes it holds.
    public static let capacity = 48
    @usableFromInline var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)

    /// 48 zero bytes.
    @inlinable public init() {}

    /// 48 bytes of `value`.
    @inlinable public init(repeating value: UInt8) {
        let word = UInt64(value) &* 0x0101_0101_0101_0101
        storage = (word, word, word, word, word, word)
    }

    /// The byte at `index` (0…47).
    @inlinable public subscript(index: Int) -> UInt8 {
        get {
            precondition(index >= 0 && index < InlineBytes.capacity, "an inline byte past its capacity")
            return withUnsafeBytes(of: storage) { $0[index] }
        }
        set {
            precondition(index >= 0 && index < InlineBytes.capacity, "an inline byte past its capacity")
            withUnsafeMutableBytes(of: &storage) { $0[index] = newValue }
        }
    }

    /// The first `count` bytes as a string (invalid UTF-8 repaired).
    @inlinable public func string(count: Int) -> String {
        withUnsafeBytes(of: storage) { String(decoding: UnsafeRawBufferPointer(rebasing: $0[..<count]), as: UTF8.self) }
    }
}
