import Synchronization
/// The word tables of the text analysis: an open-addressing hash table from word keys (`WordKey`,
/// or any other nonzero 64-bit key spread as well) to values, probed with the key's own bits.
///
/// `Set<UInt64>` and `Dictionary` run SipHash over a value that is already a hash; here a lookup is
/// one probe into one slot for nearly every word, with the value in the slot, so reading what a
/// word means costs a few loads and never allocates. Every lexicon of the analysis (the finder's
/// words, its function-word sets, the date tagger's vocabulary, the dateless-claim filter's anchors,
/// the splitter's abbreviations) and the string cache of the finder are tables of this one kind.
///
/// A table has value semantics (it is copied when a shared copy is changed). Key 0 marks an empty
/// slot: it is never stored, and a lookup of it finds nothing. A lookup that finds nothing gives
/// `missing`, the value the table was made with. The table keeps at most a quarter of its slots
/// full, growing as entries are inserted.
public struct WordTable<Value> {
    @usableFromInline var storage: WordTableStorage<Value>

    /// An empty table; lookups give `missing`.
    @inlinable public init(missing: Value, minimumCapacity: Int = 0) {
        storage = WordTableStorage(missing: missing, slotCount: WordTable.slotCount(for: minimumCapacity))
    }

    /// A table of `entries`; where two have the same key, the first is kept.
    @inlinable public init(missing: Value, _ entries: [(key: UInt64, value: Value)]) {
        self.init(missing: missing, minimumCapacity: entries.count)
        for entry in entries { insert(entry.value, forKey: entry.key) }
    }

    /// How many entries the table holds.
    public var count: Int { storage.count }

    /// The value stored under `key`, or `missing`.
    @inlinable public subscript(key: UInt64) -> Value {
        storage.slots[storage.index(of: key)].value
    }

    /// Whether an entry is stored under `key`.
    @inlinable public func contains(_ key: UInt64) -> Bool {
        key != 0 && storage.slots[storage.index(of: key)].key == key
    }

    /// The value stored under `key`, or nil.
    public func value(forKey key: UInt64) -> Value? {
        contains(key) ? self[key] : nil
    }

    /// Stores `value` under `key` unless the key is 0 or already has a value; returns whether it did.
    @inlinable @discardableResult
    public mutating func insert(_ value: Value, forKey key: UInt64) -> Bool {
        guard key != 0, !contains(key) else { return false }
        makeRoom()
        storage.place(value, forKey: key)
        return true
    }

    /// Stores `value` under `key` (not 0), replacing what was there.
    @inlinable public mutating func updateValue(_ value: Value, forKey key: UInt64) {
        guard key != 0 else { return }
        if contains(key) {
            makeUnique()
            storage.slots[storage.index(of: key)].value = value
        } else {
            makeRoom()
            storage.place(value, forKey: key)
        }
    }

    /// Empties the table, keeping its memory.
    public mutating func removeAll() {
        makeUnique()
        storage.clear()
    }

    /// Every entry, in slot order.
    public var entries: [(key: UInt64, value: Value)] {
        (0..<storage.slotCount).compactMap { index in
            storage.slots[index].key == 0 ? nil : (storage.slots[index].key, storage.slots[index].value)
        }
    }

    /// The table's memory, for the kernel's own loops to read once per sentence.
    @inlinable var reader: WordTableReader<Value> {
        WordTableReader(slots: storage.slots, mask: storage.slotCount &- 1)
    }

    @usableFromInline mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy(slotCount: storage.slotCount) }
    }

    /// Room for one more entry, at most a quarter of the slots full.
    @usableFromInline mutating func makeRoom() {
        let needed = WordTable.slotCount(for: storage.count + 1)
        if needed > storage.slotCount {
            storage = storage.copy(slotCount: needed)
        } else {
            makeUnique()
        }
    }

    @usableFromInline static func slotCount(for count: Int) -> Int {
        var size = 8
        while size < count * 4 { size <<= 1 }
        return size
    }
}

extension WordTable: @unchecked Sendable where Value: Sendable {}

/// A slot of a `WordTable`: key 0 when empty, with the table's `missing` value.
@frozen public struct WordTableSlot<Value> {
    public var key: UInt64
    public var value: Value
}

/// The memory of a `WordTable`, shared by its copies until one of them changes.
@usableFromInline final class WordTableStorage<Value> {
    @usableFromInline let slots: UnsafeMutablePointer<WordTableSlot<Value>>
    @usableFromInline let slotCount: Int
    @usableFromInline let mask: Int
    /// Changed only through the table that owns this storage uniquely.
    @exclusivity(unchecked) @usableFromInline private(set) var count = 0
    @usableFromInline let missing: Value

    @usableFromInline init(missing: Value, slotCount: Int) {
        self.missing = missing
        self.slotCount = slotCount
        mask = slotCount - 1
        slots = .allocate(capacity: slotCount)
        slots.initialize(repeating: WordTableSlot(key: 0, value: missing), count: slotCount)
    }

    deinit {
        slots.deinitialize(count: slotCount)
        slots.deallocate()
    }

    /// The slot holding `key`, or the empty slot where its probe ends.
    @inlinable @inline(__always) func index(of key: UInt64) -> Int {
        var index = Int(truncatingIfNeeded: key &>> 7) & mask
        // Two branches, not one on both tests or-ed: nearly every lookup stops at its first slot.
        while slots[index].key != key {
            if slots[index].key == 0 { break }
            index = (index &+ 1) & mask
        }
        return index
    }

    /// Stores an entry whose key is not in the table; there must be room.
    @usableFromInline func place(_ value: Value, forKey key: UInt64) {
        slots[index(of: key)] = WordTableSlot(key: key, value: value)
        count += 1
    }

    func clear() {
        for index in 0..<slotCount { slots[index] = WordTableSlot(key: 0, value: missing) }
        count = 0
    }

    /// A copy with `slotCount` slots (at least as many as this one's entries need).
    @usableFromInline func copy(slotCount: Int) -> WordTableStorage {
        let copy = WordTableStorage(missing: missing, slotCount: slotCount)
        for index in 0..<self.slotCount where slots[index].key != 0 {
            copy.place(slots[index].value, forKey: slots[index].key)
        }
        return copy
    }
}

/// A table's slots and mask, read once by a loop that looks up many words (the tokenizer looks up
/// every word of every sentence); valid while the table is alive and unchanged.
@usableFromInline struct WordTableReader<Value>: @unchecked Sendable {
    @usableFromInline let slots: UnsafeMutablePointer<WordTableSlot<Value>>
    @usableFromInline let mask: Int

    @inlinable init(slots: UnsafeMutablePointer<WordTableSlot<Value>>, mask: Int) {
        self.slots = slots
        self.mask = mask
    }

    /// The slot of `key`, or an empty slot (key 0, the table's `missing` value).
    @inlinable @inline(__always) func slot(forKey key: UInt64) -> WordTableSlot<Value> {
        var index = Int(truncatingIfNeeded: key &>> 7) & mask
        while slots[index].key != key {
            if slots[index].key == 0 { break }
            index = (index &+ 1) & mask
        }
        return slots[index]
    }
}

/// A `WordTable` frozen for lookups in per-word loops: its memory is kept for the life of the
/// process, so the frozen table holds no reference, and reading or copying it costs no reference
/// count (the finders carry their word sets by value, and each copy of a finder would otherwise
/// retain and release every set in it). For the fixed word lists made once (a `static let`, or a
/// field of a shared table): do not freeze tables in a loop.
public struct FrozenWordTable<Value>: @unchecked Sendable {
    @usableFromInline let reader: WordTableReader<Value>

    public init(_ table: WordTable<Value>) {
        let address = UInt(bitPattern: Unmanaged<AnyObject>.passRetained(table.storage).toOpaque())  // kept for the life of the process, see above
        frozenStorages.withLock { $0.append(address) }
        reader = table.reader
    }

    /// The value stored under `key`, or the table's `missing` value.
    @inlinable public subscript(key: UInt64) -> Value {
        @inline(__always) get { reader.slot(forKey: key).value }
    }
}

/// The address of every frozen table's storage, held from a global so that it stays reachable (a
/// leak checker sees memory kept on purpose, not lost); nothing is ever removed.
private let frozenStorages = Mutex<[UInt]>([])

/// A set of words, for membership tests in per-token loops: `contains` takes the token's hash. A
/// `FrozenWordTable` underneath (see there: make sets once, not in a loop).
public struct WordHashSet: Sendable {
    @usableFromInline let table: FrozenWordTable<Bool>

    public init(_ words: [String]) {
        table = FrozenWordTable(WordTable(missing: false, words.map { (key: WordKey.of($0), value: true) }))
    }

    /// A set of keys made some other way than `WordKey` (they must be nonzero and well spread).
    public init(keys: [UInt64]) {
        table = FrozenWordTable(WordTable(missing: false, keys.map { (key: $0, value: true) }))
    }

    @inlinable public func contains(_ hash: UInt64) -> Bool { table[hash] }
}
