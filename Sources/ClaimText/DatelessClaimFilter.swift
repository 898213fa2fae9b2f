/// Decides, without tokenizing, whether a sentence without a calendar date may still hold a claim.
///
/// Such a sentence makes a claim only with a strong cue ("postponed", "called off", "scheduled for")
/// or with "that date" / "the same day" and any cue (see `ClaimFinder.drafts`). Every token equal to a
/// word of ASCII letters is, in the text, a maximal run of ASCII letters spelling that word (ASCII case
/// aside): the tokenizer never starts or ends a word next to an ASCII letter. So a scan that hashes
/// each run of letters and looks it up among the rare words of those cues ("anchors") finds every
/// sentence the finder could read a dateless claim from, and the rest are skipped before tokenizing.
/// Phrases made only of common words ("is to", "was to") are anchored on the pair: the second run
/// must follow the first with only white space (or a possessive `'s`) between them.
struct DatelessClaimFilter: Sendable {
    /// Hashes (as `SentenceTokenizer` computes them) of the anchor words.
    private let anchors: WordHashSet
    /// The second words of anchor pairs, and the pairs themselves.
    private let pairSeconds: WordHashSet
    private let pairs: [(first: UInt64, second: UInt64)]
    /// Some strong cue has no word the scan can look for: every sentence is read.
    let readsEverySentence: Bool

    /// Words too frequent to anchor a phrase on their own.
    private static let common: Set<String> = Set(EventWords.functionWords).union([
        "to", "for", "on", "be", "being", "take", "no", "such", "off", "back", "out", "set", "due", "place", "an",
    ])

    init(cues: [CuePhrase], phrases: [[String]], dateAnaphors: [String]) {
        var anchorWords = dateAnaphors
        var pairWords: [(String, String)] = []
        var everySentence = false
        for (cue, words) in zip(cues, phrases) where !cue.isWeak {
            let usable = words.map { word in word != "…" && !word.isEmpty && word.utf8.allSatisfy { $0 >= 97 && $0 <= 122 } }
            // The longest uncommon word of plain letters.
            var best: String?
            for (word, ok) in zip(words, usable) where ok && !DatelessClaimFilter.common.contains(word) {
                if best == nil || word.utf8.count > best!.utf8.count { best = word }
            }
            if let best {
                anchorWords.append(best)
            } else if let pair = words.indices.dropLast().first(where: { usable[$0] && usable[$0 + 1] }) {
                pairWords.append((words[pair], words[pair + 1]))
            } else if let single = words.indices.first(where: { usable[$0] }) {
                anchorWords.append(words[single])
            } else {
                everySentence = true
            }
        }
        anchors = WordHashSet(anchorWords)
        pairSeconds = WordHashSet(pairWords.map(\.1))
        pairs = pairWords.map { (SentenceTokenizer.hash(of: $0.0), SentenceTokenizer.hash(of: $0.1)) }
        readsEverySentence = everySentence
    }

    /// 1 for ASCII letters, else 0; raw memory so the per-byte loop has no bounds checks.
    private nonisolated(unsafe) static let letters: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for value in 0..<256 {
            table[value] = (value >= 65 && value <= 90) || (value >= 97 && value <= 122) ? 1 : 0
        }
        return UnsafePointer(table)
    }()

    /// Whether `bytes[start..<end]` has an anchor word (or pair).
    func mayHoldClaim(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        if readsEverySentence { return true }
        guard let base = bytes.baseAddress else { return false }
        let letters = DatelessClaimFilter.letters
        var i = start
        var previous: UInt64 = 0     // hash of the previous run, while only white space follows it
        var previousEnd = -1
        while i < end {
            let b = base[i]
            if letters[Int(b)] == 0 { i &+= 1; continue }
            let runStart = i
            var h = SentenceTokenizer.hashSeed
            while i < end {
                let c = base[i]
                if letters[Int(c)] == 0 { break }
                h = SentenceTokenizer.hashStep(h, c | 0x20)
                i &+= 1
            }
            if anchors.contains(h) { return true }
            // A possessive "'s" / "’s" right after the previous run keeps it as the previous word.
            if i - runStart == 1, (base[runStart] | 0x20) == UInt8(ascii: "s"), previousEnd >= 0,
               runStart - 1 == previousEnd && base[runStart - 1] == UInt8(ascii: "'")
                || runStart - 3 == previousEnd && base[runStart - 3] == 0xE2 && base[runStart - 2] == 0x80 && base[runStart - 1] == 0x99 {
                previousEnd = i
                continue
            }
            if previous != 0, pairSeconds.contains(h) {
                var gap = previousEnd
                while gap < runStart, base[gap] <= 0x20 { gap += 1 }
                if gap == runStart {
                    for pair in pairs where pair.first == previous && pair.second == h { return true }
                }
            }
            previous = h
            previousEnd = i
        }
        return false
    }
}
