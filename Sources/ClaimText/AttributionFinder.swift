import TextKernel

/// Who a sentence says is speaking: "the White House said", "according to Reuters",
/// "Lavrov said earlier", "As reported by the representative of the ministry Maria Zakharova, …".
struct Attribution: Hashable, Sendable {
    /// Token indices covered by the attribution (speaker and verb), excluded when looking for participants.
    var tokens: Range<Int>
    /// Byte range of the speaker's name in the analysed text.
    var speakerStart: Int
    var speakerEnd: Int
    /// "she said", "he added": the speaker is named in an earlier sentence (`ClaimCoreference`).
    var isPronoun = false
}

enum AttributionWords {
    static let speechVerbs = [
        "said", "says", "say", "told", "tells", "stated", "announced", "reported", "confirmed", "confirms", "added",
        "noted", "explained", "clarified", "stressed", "emphasized", "emphasised", "wrote", "tweeted", "suggested",
        "claimed", "insisted", "warned", "called", "quoted", "informed", "indicated", "acknowledged", "admitted",
        "revealed", "disclosed", "declared", "commented", "replied", "argued", "predicted", "expects", "believes",
    ]

    static func register(into b: inout ClaimLexicon.Builder) {
        b.add(.speechVerb, speechVerbs)
        b.add(.attributionOpener, ["according", "reported", "quoted", "cited"])
    }

    /// Adverbs between a speaker and the verb: "Lavrov later said", "said earlier".
    static let adverbs = WordHashSet(["later", "earlier", "also", "previously", "again", "recently", "then",
                                           "has", "have", "had", "was", "once", "already", "publicly", "officially",
                                           "separately", "further"])
    static let hashOff = SentenceTokenizer.hash(of: "off")
    static let hashTo = SentenceTokenizer.hash(of: "to")
    static let hashBy = SentenceTokenizer.hash(of: "by")
    static let hashThe = SentenceTokenizer.hash(of: "the")
    static let hashOf = SentenceTokenizer.hash(of: "of")
    static let hashAnd = SentenceTokenizer.hash(of: "and")
    static let hashAn = SentenceTokenizer.hash(of: "an")
    static let hashA = SentenceTokenizer.hash(of: "a")
    static let hashWho = SentenceTokenizer.hash(of: "who")
    static let hashWhich = SentenceTokenizer.hash(of: "which")
    static let pronouns = WordHashSet(["he", "she", "they", "it", "we", "i", "you"])
    /// Pronouns that stand for a person named as a speaker before ("…, she said").
    static let personalPronouns = WordHashSet(["he", "she"])

    /// The words `AttributionFinder` compares against, as one value read once per sentence: each read of a
    /// `static let` in the finder's loops would check its one-time initialization.
    struct Hashes: Sendable {
        let to = hashTo, by = hashBy, off = hashOff, the = hashThe, of = hashOf, an = hashAn, a = hashA
        let who = hashWho, which = hashWhich
        let adverbs = AttributionWords.adverbs
        let personalPronouns = AttributionWords.personalPronouns

        static let shared = Hashes()
    }
}

/// Finds attributions in one tokenized sentence.
struct AttributionFinder {
    let lexicon: ClaimLexicon
    let words: AttributionWords.Hashes

    /// Appends the sentence's attributions to `found`, in order.
    func attributions(in tokens: TokenList, into found: inout [Attribution]) {
        var index = 0
        while index < tokens.count {
            let roles = tokens[index].roles
            // Most words neither open an attribution nor report speech: one test passes them over.
            guard !roles.isDisjoint(with: [.attributionOpener, .speechVerb]) else { index += 1; continue }
            if roles.contains(.attributionOpener), index + 1 < tokens.count,
               tokens[index + 1].hash == words.to || tokens[index + 1].hash == words.by,
               let speaker = speakerAfter(tokens, from: index + 2) {
                // "according to Reuters", "as reported by the ministry", "quoted by TASS"
                found.append(Attribution(tokens: index..<speaker.upperBound, speakerStart: tokens[speaker.lowerBound].start,
                                         speakerEnd: tokens[speaker.upperBound - 1].end))
                index = speaker.upperBound
                continue
            }
            if roles.contains(.speechVerb), !(index + 1 < tokens.count && tokens[index + 1].hash == words.off) {
                if let speaker = speakerBefore(tokens, verb: index) {
                    found.append(Attribution(tokens: speaker.lowerBound..<(index + 1),
                                             speakerStart: tokens[speaker.lowerBound].start,
                                             speakerEnd: tokens[speaker.upperBound - 1].end))
                } else if let pronoun = pronounBefore(tokens, verb: index) {
                    found.append(Attribution(tokens: pronoun..<(index + 1), speakerStart: tokens[pronoun].start,
                                             speakerEnd: tokens[pronoun].end, isPronoun: true))
                } else if index > 0, tokens[index - 1].kind == .punctuation, let speaker = speakerAfter(tokens, from: index + 1),
                          speaker.upperBound >= tokens.count - 1 {
                    // "…, said State Department spokesman Ned Price."
                    found.append(Attribution(tokens: index..<speaker.upperBound, speakerStart: tokens[speaker.lowerBound].start,
                                             speakerEnd: tokens[speaker.upperBound - 1].end))
                }
            }
            index += 1
        }
    }

    /// "she said", "he later added": the index of a personal pronoun right before the verb (adverbs aside).
    private func pronounBefore(_ tokens: TokenList, verb: Int) -> Int? {
        var i = verb - 1
        while i >= 0, words.adverbs.contains(tokens[i].hash) { i -= 1 }
        guard i >= 0, words.personalPronouns.contains(tokens[i].hash) else { return nil }
        return i
    }

    /// A name phrase starting at `start`, up to the next punctuation or clause word.
    private func speakerAfter(_ tokens: TokenList, from start: Int) -> Range<Int>? {
        var end = start
        var hasName = false
        while end < tokens.count, end - start < 14 {
            let token = tokens[end]
            if token.kind == .punctuation { break }
            let roles = token.roles
            if roles.contains(.clauseBreak) && token.hash != words.of { break }
            if token.isCapitalized || roles.contains(.title) { hasName = true }
            end += 1
        }
        guard hasName, end > start else { return nil }
        return start..<end
    }

    /// The speaker before a speech verb: capitalized words and lowercase titles, back to the start of
    /// the clause; a relative clause set off by commas ("Stoltenberg, who chairs the council, suggested")
    /// is stepped over.
    private func speakerBefore(_ tokens: TokenList, verb: Int) -> Range<Int>? {
        var end = verb
        while end > 0, words.adverbs.contains(tokens[end - 1].hash) { end -= 1 }
        if end > 0, tokens[end - 1].mark == UInt8(ascii: ",") {
            // Step back over ", who … ," to the name it describes.
            var i = end - 2
            var steps = 0
            while i > 0, steps < 14 {
                if tokens[i].hash == words.who || tokens[i].hash == words.which,
                   tokens[i - 1].mark == UInt8(ascii: ",") {
                    end = i - 1
                    break
                }
                i -= 1
                steps += 1
            }
            if end == verb { return nil }
        }
        var start = end
        var hasName = false
        while start > 0 {
            let token = tokens[start - 1]
            let roles = token.roles
            guard token.kind == .word else { break }
            let isArticle = token.hash == words.the || token.hash == words.an
                || token.hash == words.a
            if isArticle {
                guard hasName else { break }
                start -= 1
                // "an employee of the National Security Council": the article may follow "of".
                if start > 0, tokens[start - 1].hash == words.of { continue }
                break
            }
            if roles.contains(.title) || token.hash == words.of && hasName
                || token.isCapitalized && !roles.contains(.functionWord) {
                if !(token.hash == words.of) { hasName = true }
                start -= 1
                continue
            }
            break
        }
        // A dangling "of" at the front belongs to the clause before.
        while start < end, tokens[start].hash == words.of { start += 1 }
        guard hasName, start < end else { return nil }
        return start..<end
    }
}
