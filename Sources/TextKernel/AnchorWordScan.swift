/// Finds, without tokenizing, whether a sentence holds one of a few words ("anchors"), or one of a few
/// pairs of words with only white space (or a possessive `'s`) between them: the byte-level scan of
/// the claim finder's dateless-sentence filter.
///
/// A word is matched as a maximal run of ASCII letters, ASCII case aside. A run's key is its
/// `WordKey`; a collision only reads a sentence for nothing. Runs are found 64 bytes at a time, and
/// only those whose first letter, last letter and length some anchor or pair word has (about one in
/// twenty-five) are keyed.
public struct AnchorWordScan: Sendable {
    private let anchors: WordHashSet
    /// The second words of anchor pairs, and the pairs themselves (`pairKey`).
    private let pairSeconds: WordHashSet
    private let pairs: WordHashSet
    /// Per run length below 16, a bit per first letter (a…z) that some anchor or pair word has: the
    /// first test of `runMatches`, the plain definition the tests check the scan against.
    private let firstLetters: [UInt32]
    /// Indexed by `endsIndex(first:last:)` of an anchor or pair word of fewer than 16 letters, a bit
    /// per length such a word has: a run of letters that is none of them needs no key.
    private let lengthsByEnds: [UInt16]
    /// Some phrase has no word the scan can look for: every sentence may hold one.
    public let readsEverySentence: Bool

    /// `anchors` and `pairs`: words of lowercase ASCII letters.
    public init(anchors anchorWords: [String], pairs pairWords: [(String, String)], readsEverySentence everySentence: Bool) {
        anchors = WordHashSet(anchorWords)
        pairSeconds = WordHashSet(pairWords.map(\.1))
        pairs = WordHashSet(keys: pairWords.map { AnchorWordScan.pairKey(WordKey.of($0.0), WordKey.of($0.1)) })
        readsEverySentence = everySentence
        var letters = [UInt32](repeating: 0, count: 16)
        for word in anchorWords + pairWords.map(\.1) where word.utf8.count < 16 {
            letters[word.utf8.count] |= 1 << UInt32(word.utf8.first! &- 97)
        }
        firstLetters = letters
        var lengths = [UInt16](repeating: 0, count: 1024)
        for word in anchorWords + pairWords.map(\.1) {
            let bytes = Array(word.utf8)
            guard let first = bytes.first, let last = bytes.last, bytes.count < 16 else { continue }
            lengths[AnchorWordScan.endsIndex(first: first, last: last)] |= 1 << UInt16(bytes.count)
        }
        lengthsByEnds = lengths
    }

    @inline(__always) static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0x9E37_79B9_7F4A_7C15) ^ second
    }

    /// The `WordKey` of the letters `base[start..<start + count]`; `limit`: how far bytes may be read.
    /// Runs of up to fifteen letters with sixteen bytes readable are keyed from two loads.
    @inline(__always)
    static func runKey(_ base: UnsafePointer<UInt8>, _ start: Int, _ count: Int, limit: Int) -> UInt64 {
        if count < 16, start + 16 <= limit { return WordHasher.hash(ofLetters: base + start, count: count) }
        var hasher = WordHasher()
        for i in start..<(start + count) { hasher.append(base[i] | 0x20) }
        return hasher.value
    }

    /// The high bit of each byte of `w` that is an ASCII letter.
    @inline(__always) private static func letterBits(_ w: UInt64) -> UInt64 {
        let x = (w | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastA = x &+ 0x1F1F_1F1F_1F1F_1F1F     // high bit: x >= 'a'
        let pastZ = x &+ 0x0505_0505_0505_0505        // high bit: x > 'z'
        return atLeastA & ~pastZ & ~w & 0x8080_8080_8080_8080
    }

    @inline(__always) private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }

    /// Whether `text[start..<end]` has an anchor word (or pair).
    ///
    /// Runs of letters are found 64 bytes at a time from a mask of the letters; each is first tested
    /// against `lengthsByEnds`, and only the few that pass are keyed and looked up (`runMatches`).
    public func mayHold(_ text: TextBytes, from start: Int, to end: Int) -> Bool {
        let bytes = text.buffer
        if readsEverySentence { return true }
        guard let base = bytes.baseAddress else { return false }
        return lengthsByEnds.withUnsafeBufferPointer { table in
            var block = start
            var carriedRun = -1  // the start of a run of letters that reached the end of the previous block
            while block < end {
                let letters = AnchorWordScan.letterMask(bytes, from: block, to: end)
                var starts = letters & ~(letters &<< 1 | (carriedRun >= 0 ? 1 : 0))
                if carriedRun >= 0, letters != .max {
                    let length = block - carriedRun + (~letters).trailingZeroBitCount
                    if AnchorWordScan.mayBeAnchor(table, base, carriedRun, length),
                       isAnchorRun(base, carriedRun, length: length, start, end) { return true }
                    carriedRun = -1
                }
                if letters >> 63 != 0, carriedRun < 0 {  // the last run goes on into the next block
                    let runStart = 64 - (~letters).leadingZeroBitCount
                    carriedRun = block + runStart
                    starts &= ~(1 &<< UInt64(runStart))
                }
                // Every other run ends inside the block, at its first non-letter.
                let nonLetters = ~letters
                while let run = AnchorWordScan.nextCandidate(&starts, nonLetters: nonLetters, block: block,
                                                                  base: base, table: table) {
                    if isAnchorRun(base, run.start, length: run.length, start, end) { return true }
                }
                block += 64
            }
            if carriedRun >= 0 {  // a run that ends the sentence at the end of a full block
                let length = end - carriedRun
                return AnchorWordScan.mayBeAnchor(table, base, carriedRun, length)
                    && isAnchorRun(base, carriedRun, length: length, start, end)
            }
            return false
        }
    }

    /// Takes runs from `starts`, lowest first, until one may be an anchor (`mayBeAnchor`): its start
    /// and length, or nil when none is left.
    @inline(__always)
    private static func nextCandidate(_ starts: inout UInt64, nonLetters: UInt64, block: Int, base: UnsafePointer<UInt8>,
                                      table: UnsafeBufferPointer<UInt16>) -> (start: Int, length: Int)? {
        while starts != 0 {
            let bit = starts.trailingZeroBitCount
            starts &= starts &- 1
            let length = (nonLetters &>> UInt64(bit)).trailingZeroBitCount
            if mayBeAnchor(table, base, block &+ bit, length) { return (block &+ bit, length) }
        }
        return nil
    }

    /// Whether the run of `length` letters at `s` may be an anchor or the second word of a pair: no
    /// such word of fewer than 16 letters has its first letter, last letter and length, or else yes.
    @inline(__always)
    private static func mayBeAnchor(_ table: UnsafeBufferPointer<UInt16>, _ base: UnsafePointer<UInt8>, _ s: Int,
                                    _ length: Int) -> Bool {
        guard length < 16 else { return true }
        let lengths = table[endsIndex(first: base[s], last: base[s &+ length &- 1])]
        return lengths &>> UInt16(truncatingIfNeeded: length) & 1 != 0
    }

    /// Where `lengthsByEnds` keeps the lengths of the words with these first and last letters. The
    /// low five bits of an ASCII letter are the same in both cases.
    @inline(__always) static func endsIndex(first: UInt8, last: UInt8) -> Int {
        Int(first & 31) << 5 | Int(last & 31)
    }

    /// Bit `i` is set when `bytes[block + i]` is an ASCII letter before `end`.
    @inline(__always)
    private static func letterMask(_ bytes: UnsafeBufferPointer<UInt8>, from block: Int, to end: Int) -> UInt64 {
        let base = bytes.baseAddress!
        if block &+ 64 <= bytes.count {
            // Sixty-four bytes of text, even where the sentence ends sooner: reading them is cheaper
            // than stopping at its end, and the bits past it are cleared.
            let mask = UInt64(SentenceByteMasks.letters(at: base + block))
                | UInt64(SentenceByteMasks.letters(at: base + block + 16)) << 16
                | UInt64(SentenceByteMasks.letters(at: base + block + 32)) << 32
                | UInt64(SentenceByteMasks.letters(at: base + block + 48)) << 48
            return end &- block >= 64 ? mask : mask & (1 &<< UInt64(end &- block) &- 1)
        }
        // The text's last bytes: sixteen at a time while it goes on, then a padded copy.
        var mask: UInt64 = 0
        var offset = 0
        while block + offset < end {
            let chunk = block + offset
            let letters = chunk + 16 <= bytes.count
                ? SentenceByteMasks.letters(at: base + chunk)
                : paddedLetters(base + chunk, count: bytes.count - chunk)
            mask |= UInt64(letters) << UInt64(offset)
            offset += 16
        }
        return mask & (1 &<< UInt64(end - block) &- 1)
    }

    /// `SentenceByteMasks.letters` of the last `count` (< 16) bytes of a text, which cannot be read
    /// sixteen at a time. Not inlined: its copy on the stack would give `mayHold`, called for every
    /// dateless sentence, a stack-protector check and a larger frame.
    @inline(never)
    private static func paddedLetters(_ pointer: UnsafePointer<UInt8>, count: Int) -> UInt32 {
        var chunk: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &chunk) { $0.copyMemory(from: UnsafeRawBufferPointer(start: pointer, count: count)) }
        return withUnsafeBytes(of: &chunk) { SentenceByteMasks.letters(at: $0.baseAddress!.assumingMemoryBound(to: UInt8.self)) }
    }

    /// The answer `mayHold` must give, read from its definition one byte at a time: whether
    /// some run of letters passes `runMatches`. Much slower; the tests compare the two.
    public func mayHoldCheckingEveryRun(_ text: TextBytes, from start: Int, to end: Int) -> Bool {
        let bytes = text.buffer
        if readsEverySentence { return true }
        guard let base = bytes.baseAddress else { return false }
        var previousIsLetter = false
        for p in start..<end {
            let letter = AnchorWordScan.isLetter(base[p])
            if letter, !previousIsLetter, runMatches(base, p, start, end) { return true }
            previousIsLetter = letter
        }
        return false
    }

    /// Whether the run of letters starting at `s` is an anchor, or the second word of a pair whose
    /// first word comes right before it.
    private func runMatches(_ base: UnsafePointer<UInt8>, _ s: Int, _ sentenceStart: Int, _ end: Int) -> Bool {
        var e = s + 1
        while e < end, AnchorWordScan.isLetter(base[e]) { e += 1 }
        let count = e - s
        if count < 16, firstLetters[count] >> UInt32((base[s] | 0x20) &- 97) & 1 == 0 { return false }
        return isAnchorRun(base, s, length: count, sentenceStart, end)
    }

    /// `runMatches` for a run whose length is known.
    @inline(never)
    private func isAnchorRun(_ base: UnsafePointer<UInt8>, _ s: Int, length count: Int, _ sentenceStart: Int,
                             _ end: Int) -> Bool {
        let key = count <= 7 && s + 8 <= end
            ? WordKey.ofGroups((UnsafeRawPointer(base + s).loadUnaligned(as: UInt64.self).littleEndian | 0x2020_2020_2020_2020)
                & (UInt64.max >> UInt64(64 - 8 * count)), 0)
            : AnchorWordScan.runKey(base, s, count, limit: end)
        if anchors.contains(key) { return true }
        guard pairSeconds.contains(key) else { return false }
        // The run before: white space back to it, over a possessive "'s" / "’s" if there is one.
        var b = s
        while b > sentenceStart, base[b - 1] <= 0x20 { b -= 1 }
        if b - 2 >= sentenceStart, base[b - 1] | 0x20 == UInt8(ascii: "s") {
            if base[b - 2] == UInt8(ascii: "'") {
                b -= 2
            } else if b - 4 >= sentenceStart, base[b - 2] == 0x99, base[b - 3] == 0x80, base[b - 4] == 0xE2 {
                b -= 4
            }
        }
        // The letters before `b`: most first words are short, so read the eight bytes before it at once.
        if b - 8 >= sentenceStart {
            let word = UnsafeRawPointer(base + b - 8).loadUnaligned(as: UInt64.self).littleEndian
            let others = ~AnchorWordScan.letterBits(word) & 0x8080_8080_8080_8080
            if others != 0 {
                let length = others.leadingZeroBitCount >> 3
                guard length > 0 else { return false }
                // The key `runKey` makes of those letters: they are the word's top `length` bytes.
                let first = WordKey.ofGroups((word | 0x2020_2020_2020_2020) >> UInt64(64 - 8 * length), 0)
                return pairs.contains(AnchorWordScan.pairKey(first, key))
            }
        }
        var a = b
        while a > sentenceStart, AnchorWordScan.isLetter(base[a - 1]) { a -= 1 }
        guard a < b else { return false }
        return pairs.contains(AnchorWordScan.pairKey(AnchorWordScan.runKey(base, a, b - a, limit: end), key))
    }
}
