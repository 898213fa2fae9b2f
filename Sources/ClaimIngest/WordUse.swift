import ClaimCore

/// How many claims of the ledger use each word, in their statements or in the sentences reported
/// about them: a word that few claims use marks the event it belongs to ("pancreatic", "A380" in a
/// ledger about cars), one that many claims share marks none ("Boeing" in a ledger about aircraft).
///
/// Reports of one event land on one claim, so an event's own words stay rare however often it is
/// reported. In a small ledger every word is rare and rarity says nothing: below `minimumClaims`
/// no word counts as distinctive and no name as specific.
struct WordUse: Sendable {
    /// Claims using each word.
    private var claimsUsing: [String: Int] = [:]
    private(set) var claimCount = 0

    /// The fewest claims a ledger must hold before a rare word tells its events apart.
    static let minimumClaims = 20
    /// A word used by at most this many claims is distinctive: the claim it is matched against and one other.
    static let rareUse = 2

    /// Counts a new claim's words.
    mutating func add(_ words: Set<String>) {
        claimCount += 1
        for word in words { claimsUsing[word, default: 0] += 1 }
    }

    /// Counts a claim's words again after its statement or evidence changed.
    mutating func update(from old: Set<String>, to new: Set<String>) {
        for word in old.subtracting(new) {
            if let count = claimsUsing[word], count > 1 { claimsUsing[word] = count - 1 } else { claimsUsing[word] = nil }
        }
        for word in new.subtracting(old) { claimsUsing[word, default: 0] += 1 }
    }

    /// The names of `names` that few claims use: not five claims and one in ten, as for a common
    /// participant. In a small ledger, where no name can be told common, none.
    func specificNames(among names: Set<String>) -> Set<String> {
        guard claimCount >= Self.minimumClaims else { return [] }
        return names.filter { name in
            let count = claimsUsing[name] ?? 0
            return count < 5 || count * 10 < claimCount
        }
    }

    /// The words of `words` that mark one event in this ledger: a word of four letters or more, not
    /// a number, that at most `rareUse` claims use.
    func distinctive(among words: Set<String>) -> Set<String> {
        guard claimCount >= Self.minimumClaims else { return [] }
        return words.filter { word in
            word.utf8.count >= 4 && ClaimMatcher.isWordy(word) && (claimsUsing[word] ?? 0) <= Self.rareUse
        }
    }
}

extension ClaimMatcher {
    /// The names a text mentions, lowercased, whoever the finder took for the event's actors: words
    /// with a capital inside ("iTunes", "EADS"), letters with digits ("A380"), capitalized words
    /// that do not open a sentence ("Music Store"), and one that does when the next word is
    /// capitalized too ("Singapore Airlines says"). Date words and stop words are not names.
    static func nameWords(_ text: String) -> Set<String> {
        // Each word, and whether it opens a sentence.
        var words: [(bytes: [UInt8], opensSentence: Bool)] = []
        var current: [UInt8] = []
        var atSentenceStart = true
        func flush() {
            guard !current.isEmpty else { return }
            words.append((current, atSentenceStart))
            atSentenceStart = false
            current.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
                current.append(byte)
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "\n"):
                flush()
                atSentenceStart = true
            default:
                flush()
            }
        }
        flush()
        func isCapital(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
        var names = Set<String>()
        for (index, word) in words.enumerated() where word.bytes.count > 1 {
            let bytes = word.bytes
            let capitalInside = bytes.dropFirst().contains(where: isCapital)
            let hasDigit = bytes.contains { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            let hasLetter = bytes.contains { $0 > UInt8(ascii: "9") }
            let nextCapitalized = index + 1 < words.count && !words[index + 1].opensSentence
                && isCapital(words[index + 1].bytes[0])
            guard capitalInside || (hasDigit && hasLetter)
                || (isCapital(bytes[0]) && (!word.opensSentence || nextCapitalized)) else { continue }
            let name = String(decoding: bytes.map { isCapital($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
            if !stopWords.contains(name) && !dateWords.contains(name) { names.insert(name) }
        }
        return names
    }

    /// The names of a claim: its statement's and those of the sentences reported about it.
    static func names(of claim: Claim) -> Set<String> {
        var names = nameWords(claim.statement)
        for evidence in claim.evidence { if let quote = evidence.quote { names.formUnion(nameWords(quote)) } }
        return names
    }

    /// Words that name a time rather than an event ("January", "Monday", "today"): the dates
    /// compare those, and two reports sharing "January" say nothing about being one event.
    static let dateWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night",
        "day", "days", "week", "weeks", "month", "months", "year", "years", "last", "next", "earlier", "later",
    ]

    /// Whether `words` name the kind of event `kind` ("deliveries", "delivered" for a delivery;
    /// "the press conference" for a conference): the finder gives one kind per sentence, and a
    /// sentence that names another sort of event ("deliveries to its launch customer") may still
    /// speak of it.
    static func names(kind: String, in words: Set<String>) -> Bool {
        words.contains { sameStem(kind, $0) }
    }

    /// Two words of one stem: equal, or sharing at least five letters and all but the last letter
    /// of the shorter ("delivery", "deliveries"; "launch", "launched").
    static func sameStem(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let x = Array(a.utf8), y = Array(b.utf8)
        var common = 0
        while common < x.count && common < y.count && x[common] == y[common] { common += 1 }
        return common >= 5 && common >= min(x.count, y.count) - 1
    }
}
