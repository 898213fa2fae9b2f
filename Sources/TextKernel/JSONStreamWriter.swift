/// Writes JSON straight into a byte buffer, for output too large to build as a `JSONValue` tree
/// first: `claims extract` writes one record per document, and building each record as a tree of
/// enums, arrays and strings costs about as much as writing it.
///
/// The caller opens and closes containers; commas and key quoting are handled here. The text is
/// the same as `JSONValue.bytes` would produce for the same values.
///
/// The writer owns its memory and writes through a pointer, making room once per value: with
/// hundreds of bytes per claim, the checked appends of an `Array` (uniqueness, capacity) for each
/// quote, comma and run cost as much as copying the strings. `append(to:)` hands the result over
/// in one copy.
///
/// The writes a record is made of are marked `@inline(__always)`: a claim is about twenty of them,
/// and inlined, the comma test after a key folds away and so do the calls.
public struct JSONStreamWriter: ~Copyable {
    @usableFromInline var start: UnsafeMutablePointer<UInt8>
    @usableFromInline var capacity: Int
    /// Bytes written so far.
    public var count: Int { written }
    @usableFromInline var written = 0
    /// Containers open. Records nest a few levels deep; 64 is far more than any needs.
    @usableFromInline var depth = 0
    /// Set after a value inside a container, so the next element or key there gets a comma first.
    /// A key clears it (its value follows the colon), and so does opening a container.
    ///
    /// One flag, not a bit per depth: a bit's shift and test for every key and value would
    /// weigh on writing every record.
    @usableFromInline var needsComma = false

    public init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// Appends everything written so far to `output`.
    public func append(to output: inout [UInt8]) {
        output.append(contentsOf: UnsafeBufferPointer(start: start, count: written))
    }

    /// Lends everything written so far, e.g. to write it to a file without a copy.
    public func withWrittenBytes<Result>(_ body: (TextBytes) throws -> Result) rethrows -> Result {
        try body(TextBytes(UnsafeBufferPointer(start: start, count: written)))
    }

    /// Forgets what was written, keeping the memory, so one writer can serve a whole run.
    public mutating func removeAll() {
        precondition(depth == 0, "emptying a JSON writer inside an open container")
        written = 0
        needsComma = false
    }

    /// Ends a JSON Lines record. Only between top-level values, where no comma is written.
    public mutating func endLine() {
        precondition(depth == 0, "ending a JSON line inside an open container")
        reserve(1)
        put(UInt8(ascii: "\n"))
    }

    @inlinable @inline(__always)
    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    @inlinable @inline(__always)
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    @inlinable @inline(__always)
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    @inlinable @inline(__always)
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts a member of the current object; the value written next belongs to it. Names are
    /// literals in the code, which need no escaping, so they are copied as they are.
    @inlinable @inline(__always)  // so the name's length is a constant and its copy a few moves
    public mutating func key(_ name: StaticString) {
        let length = name.utf8CodeUnitCount
        reserve(length + 4)  // comma, quotes, colon
        element()
        // Written at fixed places from one address and counted once, not byte by byte.
        let destination = start + written
        destination[0] = UInt8(ascii: "\"")
        (destination + 1).initialize(from: name.utf8Start, count: length)
        destination[length + 1] = UInt8(ascii: "\"")
        destination[length + 2] = UInt8(ascii: ":")
        written += length + 3
        needsComma = false
    }

    @inlinable @inline(__always)
    public mutating func string(_ value: String) {
        // Native strings lend their UTF-8 in place; others (bridged, rare) are made contiguous first.
        if value.utf8.withContiguousStorageIfAvailable({ quoted($0) }) == nil {
            var contiguous = value
            contiguous.withUTF8 { quoted($0) }
        }
    }

    /// A string given as UTF-8 bytes, which must be valid: e.g. a run of a document's text,
    /// written from the text itself instead of from a `String` made of it.
    @inlinable @inline(__always) public mutating func string(utf8 bytes: TextBytes) { quoted(bytes.buffer) }

    @inlinable @inline(__always)
    mutating func quoted(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(JSONEscaping.quotedCapacity(utf8Count: bytes.count) + 1)
        element()
        written += JSONEscaping.writeQuoted(bytes, to: start + written)
        endValue()
    }

    @inlinable @inline(__always)
    public mutating func string(_ value: String?) { if let value { string(value) } else { null() } }

    @inlinable public mutating func null() {
        reserve(5)
        element()
        put(("null" as StaticString).utf8Start, count: 4)
        endValue()
    }

    /// Decimal digits, the same text as `String(value)` without making a string for each offset.
    @inlinable @inline(__always)
    public mutating func int(_ value: Int) {
        reserve(21)  // comma, sign and the 19 digits of Int.max
        element()
        if value < 0 { put(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let digits = Self.decimalDigitCount(of: magnitude)
        // Two digits per division, from a table: offsets have three to six digits, and a division
        // and a store per digit would be most of writing them.
        var position = written + digits
        let pairs = Self.digitPairs.utf8Start
        while magnitude >= 10 {
            let (quotient, remainder) = magnitude >= 100 ? magnitude.quotientAndRemainder(dividingBy: 100) : (0, magnitude)
            position -= 2
            start[position] = pairs[2 * Int(remainder)]
            start[position + 1] = pairs[2 * Int(remainder) + 1]
            magnitude = quotient
        }
        if position > written { start[written] = UInt8(ascii: "0") + UInt8(magnitude) }
        written += digits
        endValue()
    }

    /// "00", "01" … "99" in a row: the two digits of `n` are at `2 * n`.
    @inlinable static var digitPairs: StaticString {
        """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """
    }

    /// Counted by comparisons, so each digit pair costs one division, when it is written. Offsets
    /// mostly have up to four digits: two comparisons place those, instead of a step per digit.
    @inlinable @inline(__always)
    static func decimalDigitCount(of magnitude: UInt) -> Int {
        if magnitude < 10_000 {
            return magnitude < 100 ? (magnitude < 10 ? 1 : 2) : (magnitude < 1_000 ? 3 : 4)
        }
        var digits = 5
        var bound: UInt = 100_000
        while magnitude >= bound, digits < 19 {  // Int.max has 19 digits; 10^19 still fits in a UInt
            digits += 1
            bound *= 10
        }
        return digits
    }

    @inlinable public mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    @inlinable @inline(__always)
    mutating func open(_ bracket: UInt8) {
        precondition(depth < 64, "JSON nested more than 64 levels deep")
        reserve(2)
        element()
        put(bracket)
        depth += 1
        needsComma = false
    }

    @inlinable @inline(__always)
    mutating func close(_ bracket: UInt8) {
        precondition(depth > 0, "closing a JSON container that is not open")
        reserve(1)
        depth -= 1
        put(bracket)
        endValue()  // the container is a value of the one around it
    }

    /// The comma before an element or key, when something precedes it in its container. Room for
    /// it must have been reserved.
    @inlinable @inline(__always)
    mutating func element() {
        if needsComma { put(UInt8(ascii: ",")) }
    }

    /// After a value: the next one in the same container needs a comma; at the top level, where
    /// values are lines, none does.
    @inlinable @inline(__always)
    mutating func endValue() {
        needsComma = depth > 0
    }

    /// Makes room for `extra` more bytes, so the writes that follow need no checks.
    @inlinable @inline(__always)
    mutating func reserve(_ extra: Int) {
        if written &+ extra > capacity { grow(toHold: extra) }  // both far below Int.max
    }

    @inline(never) @usableFromInline  // rare, and kept out of the many inlined writes that may call it
    mutating func grow(toHold extra: Int) {
        let newCapacity = max(2 * capacity, written + extra)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.initialize(from: start, count: written)
        start.deallocate()
        start = grown
        capacity = newCapacity
    }

    @inlinable @inline(__always)
    mutating func put(_ byte: UInt8) {
        start[written] = byte
        written += 1
    }

    @inlinable @inline(__always)
    mutating func put(_ bytes: UnsafePointer<UInt8>, count length: Int) {
        (start + written).initialize(from: bytes, count: length)
        written += length
    }
}
