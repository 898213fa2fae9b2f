/// The word hashes of many phrases in one flat array: phrase `p` is `words[offsets[p]..<offsets[p + 1]]`.
///
/// Reading a phrase's words out of an array of structs would retain and release that phrase's own array
/// for every candidate tried, in loops that run for every cue or name word of every sentence.
public struct PhraseTable: Sendable {
    @usableFromInline let offsets: [Int32]
    @usableFromInline let words: [UInt64]

    public init(_ phrases: [[UInt64]]) {
        var offsets: [Int32] = [0]
        var words: [UInt64] = []
        for phrase in phrases {
            words += phrase
            offsets.append(Int32(words.count))
        }
        self.offsets = offsets
        self.words = words
    }

    /// How many words phrase `phrase` has.
    @inlinable public func count(of phrase: Int) -> Int {
        Int(offsets[phrase + 1] - offsets[phrase])
    }

    /// The hash of word `position` of phrase `phrase`.
    @inlinable public func word(_ position: Int, of phrase: Int) -> UInt64 {
        words[Int(offsets[phrase]) + position]
    }
}
