extension Array {
    /// Moves the array out, emptied, its storage kept (and uniquely referenced), leaving an empty
    /// array in its place: for per-sentence scratch arrays taken out of a reused scratch space and
    /// put back with their storage. A sentence leaves a few elements at most in each: they are popped,
    /// since `removeAll(keepingCapacity:)` goes through `replaceSubrange`, costly even with nothing to
    /// remove, and a reader of sentences empties a dozen of these arrays per sentence.
    @inlinable @inline(__always)
    public mutating func takeEmptied() -> [Element] {
        var taken: [Element] = []
        swap(&taken, &self)
        if taken.count <= 4 {
            while !taken.isEmpty { taken.removeLast() }
        } else {
            taken.removeAll(keepingCapacity: true)
        }
        return taken
    }
}
