/// The strings of short byte runs made before, by their bytes: a claim's cue is most often one of a
/// few dozen words ("will", "scheduled for", "postponed"), and its speaker, participants and topic
/// repeat within a document. Making a string from the sentence's bytes (validating them and building
/// the string) costs several times what a lookup here does.
///
/// Only runs of at most 15 bytes are kept: their strings are small (stored inline, with no object to
/// retain), so holding one or handing it out costs no reference count. The table is direct-mapped: a
/// run whose slot holds another is made again and takes the slot.
struct ShortTextCache {
    private static let slotCount = 64
    /// Per slot, the run's bytes as two little-endian words, the length in the second word's top byte;
    /// an unused slot is all zero, which no run of one byte or more gives.
    private var keys = [UInt64](repeating: 0, count: 2 * ShortTextCache.slotCount)
    private var texts = [String](repeating: "", count: ShortTextCache.slotCount)

    init() {}

    /// `String(decoding: bytes[range], as: UTF8.self)`.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        text(bytes, range) { String(decoding: $0, as: UTF8.self) }
    }

    /// `make(bytes[range])`, made once for each run while it stays in the table; `make` must give the
    /// same string for the same bytes (a cache serves one `make`), and a string of at most 15 bytes.
    @inline(__always)
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                       making make: (UnsafeBufferPointer<UInt8>) -> String) -> String {
        let count = range.count
        guard count > 0, count <= 15 else { return make(UnsafeBufferPointer(rebasing: bytes[range])) }
        let (low, high) = ShortTextCache.key(bytes, range)
        let slot = Int(truncatingIfNeeded: ((low ^ high) &* 0x9E37_79B9_7F4A_7C15) >> 58)
        if keys[2 * slot] == low && keys[2 * slot + 1] == high { return texts[slot] }
        let text = make(UnsafeBufferPointer(rebasing: bytes[range]))
        keys[2 * slot] = low
        keys[2 * slot + 1] = high
        texts[slot] = text
        return text
    }

    /// The run's bytes (1 to 15 of them) as two words, the length in the top byte of the second.
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (UInt64, UInt64) {
        let count = range.count
        var low: UInt64 = 0, high: UInt64 = 0
        if range.lowerBound + 16 <= bytes.count, let base = bytes.baseAddress {
            // Two loads and masks rather than a loop over the bytes.
            let raw = UnsafeRawPointer(base + range.lowerBound)
            low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            if count < 8 {
                low &= (1 << (8 * UInt64(count))) - 1
                high = 0
            } else {
                high &= (1 << (8 * UInt64(count - 8))) - 1
            }
        } else {
            for i in 0..<count {
                let byte = UInt64(bytes[range.lowerBound + i])
                if i < 8 { low |= byte << (8 * UInt64(i)) } else { high |= byte << (8 * UInt64(i - 8)) }
            }
        }
        return (low, high | UInt64(count) << 56)
    }
}
