#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A document's UTF-8 bytes, read in place: the text the analysis scans, sentence by sentence and
/// word by word.
///
/// Reading a byte costs a load: no bounds check in release builds (debug builds, which the tests
/// use, check every read), and no reference count, since the view does not own the memory. A view is
/// valid only inside the `withBytes` call that made it.
@frozen public struct TextBytes: RandomAccessCollection {
    @usableFromInline let buffer: UnsafeBufferPointer<UInt8>

    @inlinable init(_ buffer: UnsafeBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    /// Lends the UTF-8 bytes of `text` (made contiguous first if they are not).
    @inlinable
    public static func withBytes<Result>(of text: String, _ body: (TextBytes) throws -> Result) rethrows -> Result {
        var text = text
        return try text.withUTF8 { try body(TextBytes($0)) }
    }

    /// Lends the bytes of `array`.
    @inlinable
    public static func withBytes<Result>(of array: [UInt8], _ body: (TextBytes) throws -> Result) rethrows -> Result {
        try array.withUnsafeBufferPointer { try body(TextBytes($0)) }
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { buffer.count }
    @inlinable public var count: Int { buffer.count }

    @inlinable public subscript(position: Int) -> UInt8 {
        @inline(__always) get { buffer[position] }
    }

    /// The bytes of `range`, as a view of their own (indexed from 0).
    @inlinable public func run(_ range: Range<Int>) -> TextBytes {
        TextBytes(UnsafeBufferPointer(rebasing: buffer[range]))
    }

    /// The string of the bytes of `range` (invalid UTF-8 repaired, as `String(decoding:as:)` does).
    @inlinable public func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
    }

    /// The string of all the bytes.
    @inlinable public var string: String { String(decoding: buffer, as: UTF8.self) }

    /// The eight bytes from `position` as one little-endian integer (the first byte lowest), for
    /// scanners that test eight bytes at a time; `position + 8` must not pass the end.
    @inlinable @inline(__always) public func word(at position: Int) -> UInt64 {
        assert(position >= 0 && position &+ 8 <= buffer.count, "an eight-byte load past the text")
        return UInt64(littleEndian: UnsafeRawPointer(buffer.baseAddress.unsafelyUnwrapped + position).loadUnaligned(as: UInt64.self))
    }

    /// A mask of the sixteen bytes from `position` that end a sentence or a line for the date tagger
    /// (`.`, `!`, `?`, `;`, `\n`, `\r`): bit `i` for the byte at `position + i`. `position + 16` must
    /// not pass the end.
    @inlinable @inline(__always) public func sentenceEnds(at position: Int) -> UInt32 {
        assert(position >= 0 && position &+ 16 <= buffer.count, "a sixteen-byte load past the text")
        return SentenceByteMasks.sentenceEnds(at: buffer.baseAddress.unsafelyUnwrapped + position)
    }

    /// The offset of the first byte equal to `byte`, or nil: `memchr`, which reads many bytes per
    /// step, where the generic `firstIndex(of:)` goes a byte at a time. For a search over a whole input.
    public func firstOffset(of byte: UInt8) -> Int? {
        guard let base = buffer.baseAddress, let found = memchr(base, Int32(byte), buffer.count) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    @inlinable public func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        try body(buffer)
    }
}
