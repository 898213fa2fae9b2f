/// A fixed set of words, stored as the hashes `SentenceTokenizer` gives them, for membership tests in
/// per-token loops.
///
/// `Set<UInt64>.contains` runs SipHash over a value that is already a hash, work spent for
/// nothing; this table probes with the hash's own bits, so a test costs a few loads. Zero marks
/// an empty slot, and zero is also the hash of every punctuation token, which is never a member.
///
/// The slots are allocated once and never freed: every set is a fixed word list built once per
/// process (a `static let`, or a field of a `shared` table such as `ClaimFinder.FunctionWords`). A set
/// that holds no reference is copied for free: the finders carry their word sets by value, and with an
/// array each copy of a finder would retain and release every set in it.
/// Do not build sets in a loop.
struct WordHashSet: Sendable {
    private nonisolated(unsafe) let slots: UnsafePointer<UInt64>
    private let mask: Int

    init(_ words: [String]) {
        var size = 8
        while size < words.count * 4 { size <<= 1 }
        let slots = UnsafeMutablePointer<UInt64>.allocate(capacity: size)
        slots.initialize(repeating: 0, count: size)
        for word in words {
            let hash = SentenceTokenizer.hash(of: word)
            var slot = Int(truncatingIfNeeded: hash >> 7) & (size - 1)
            while slots[slot] != 0 && slots[slot] != hash { slot = (slot + 1) & (size - 1) }
            slots[slot] = hash
        }
        self.slots = UnsafePointer(slots)
        mask = size - 1
    }

    @inline(__always) func contains(_ hash: UInt64) -> Bool {
        guard hash != 0 else { return false }
        var slot = Int(truncatingIfNeeded: hash >> 7) & mask
        while true {
            let stored = slots[slot]
            if stored == hash { return true }
            if stored == 0 { return false }
            slot = (slot + 1) & mask
        }
    }
}
