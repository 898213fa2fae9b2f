/// The strings of short byte runs made before, by their bytes: a claim's cue is most often one of a
/// few dozen words ("will", "scheduled for", "postponed"), and its speaker, participants and topic
/// repeat within a document. Making a string from the sentence's bytes (validating them and building
/// the string) costs several times what a lookup here does.
///
/// Only runs of at most 15 bytes are kept: their strings are small (stored inline, with no object to
/// retain), so holding one or handing it out costs no reference count. The runs are a `WordTable`
/// keyed by their exact bytes (no case folding: "Will" and "will" are different strings), and each
/// entry keeps those bytes to compare, so a run is never mistaken for another. The table is emptied
/// when it holds `limit` runs.
public struct ShortTextCache {
    @usableFromInline struct Entry {
        @usableFromInline var low: UInt64
        @usableFromInline var high: UInt64
        @usableFromInline var text: String
    }

    @usableFromInline static let limit = 256
    @usableFromInline var table = WordTable(missing: Entry(low: 0, high: 0, text: ""), minimumCapacity: ShortTextCache.limit)

    public init() {}

    /// `String(decoding: bytes[range], as: UTF8.self)`.
    public mutating func text(_ bytes: TextBytes, _ range: Range<Int>) -> String {
        text(bytes, range) { String(decoding: $0, as: UTF8.self) }
    }

    /// `make(bytes[range])`, made once for each run while it stays in the table; `make` must give the
    /// same string for the same bytes (a cache serves one `make`), and a string of at most 15 bytes.
    public mutating func text(_ bytes: TextBytes, _ range: Range<Int>, making make: (TextBytes) -> String) -> String {
        let count = range.count
        guard count > 0, count <= 15 else { return make(bytes.run(range)) }
        let (low, high) = ShortTextCache.key(bytes.buffer, range)
        let key = WordKey.ofGroups(low, high)
        let entry = table[key]
        if entry.low == low && entry.high == high { return entry.text }
        let text = make(bytes.run(range))
        if table.count >= ShortTextCache.limit { table.removeAll() }
        table.updateValue(Entry(low: low, high: high, text: text), forKey: key)
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
