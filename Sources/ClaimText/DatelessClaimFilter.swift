import TextKernel

/// Decides, without tokenizing, whether a sentence without a calendar date may still hold a claim.
///
/// Such a sentence makes a claim only with a strong cue ("postponed", "called off", "scheduled for")
/// or with "that date" / "the same day" and any cue (see `ClaimFinder.drafts`). Every token equal to a
/// word of ASCII letters is, in the sentence, a maximal run of ASCII letters spelling that word (ASCII
/// case aside): the tokenizer never starts or ends a word next to an ASCII letter. So a scan that keys
/// each run of letters and looks it up among the rare words of those cues ("anchors") finds every
/// sentence the finder could read a dateless claim from, and the rest are skipped before tokenizing.
/// Phrases made only of common words ("is to", "was to") are anchored on the pair: the second run
/// must follow the first with only white space (or a possessive `'s`) between them.
///
/// The scan itself is `AnchorWordScan`.
struct DatelessClaimFilter: Sendable {
    /// The scan for the anchors and pairs chosen from the cues.
    private let scan: AnchorWordScan
    /// Some strong cue has no word the scan can look for: every sentence is read.
    var readsEverySentence: Bool { scan.readsEverySentence }

    /// Words too frequent to anchor a phrase on their own.
    private static let common: Set<String> = Set(EventWords.functionWords).union([
        "to", "for", "on", "be", "being", "take", "no", "such", "off", "back", "out", "set", "due", "place", "an",
    ])

    init(cues: [CuePhrase], phrases: [[String]], dateAnaphors: [String]) {
        var anchorWords = dateAnaphors
        var pairWords: [(String, String)] = []
        var everySentence = false
        for (cue, words) in zip(cues, phrases) where !cue.isWeak && cue.kinds == 0 {
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
        scan = AnchorWordScan(anchors: anchorWords, pairs: pairWords, readsEverySentence: everySentence)
    }

    /// Whether `bytes[start..<end]` may hold a claim: it has an anchor word (or pair).
    func mayHoldClaim(_ bytes: TextBytes, from start: Int, to end: Int) -> Bool {
        scan.mayHold(bytes, from: start, to: end)
    }

    /// `mayHoldClaim` read one byte at a time, for the tests to compare.
    func mayHoldClaimCheckingEveryRun(_ bytes: TextBytes, from start: Int, to end: Int) -> Bool {
        scan.mayHoldCheckingEveryRun(bytes, from: start, to: end)
    }
}
