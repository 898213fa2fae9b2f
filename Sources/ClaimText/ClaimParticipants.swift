import TextKernel

/// Finds who takes part in an event and where, within the part of a sentence that describes it.
struct ParticipantFinder {
    let lexicon: ClaimLexicon
    let bytes: TextBytes

    struct Result {
        var participants: [String] = []
        /// Token index and bytes of places introduced by "in"/"at" ("in Geneva"): the finder keeps at
        /// most one of them, so only that one is made a string.
        var places: [(index: Int, bytes: Range<Int>)] = []
    }

    let words: Words

    /// The words the finder compares against, as one value read once per sentence: each read of a
    /// `static let` would check its one-time initialization.
    struct Words: Sendable {
        let groupWords = WordHashSet([
            "delegation", "delegations", "side", "sides", "officials", "diplomats", "negotiators", "government",
            "governments", "authorities", "leaders", "forces", "troops", "counterparts", "representatives", "team",
            "teams", "and",
        ])
        let and = SentenceTokenizer.hash(of: "and")
        let from = SentenceTokenizer.hash(of: "from")
        /// Before a capital, these make it a place rather than its country ("ambassadors to Moscow").
        let placeWords = WordHashSet(["in", "at", "to", "from", "near", "outside"])
        /// Before any name, these make it the place of the event ("talks in Geneva", "the situation in Ukraine").
        let locativeWords = WordHashSet(["in", "at", "near", "outside"])
        let commonWords = CommonWords.set
        /// Before a name and a noun, these make the name a thing someone owns: "its Corvid rocket".
        /// After a sentence's first word, these make it a common noun described by what follows.
        let describingWords = WordHashSet(["in", "at", "of", "from", "for", "with", "across", "around"])
        let ownerWords = WordHashSet(["its", "their", "his", "her", "our", "your", "my"])
        /// Institutions that act for the name before them: "the Brevanian parliament", "the Kaldonian army".
        let institutions = WordHashSet(["parliament", "court", "government", "ministry", "congress", "senate", "assembly",
                                        "cabinet", "army", "navy", "military", "police", "regulator", "council"])

        /// Last words that make a run of capitals a company's name, not a person's: "Korvel Robotics", "Brannock Systems Inc".
        let companyWords = WordHashSet(ParticipantNames.legalForms + ParticipantNames.companyWords)

        static let shared = Words()
    }

    /// Tokens marked as part of a date or an attribution are no names.
    /// Names are made through `texts`.
    func find(in tokens: TokenList, range: Range<Int>, texts: inout ShortTextCache) -> Result {
        var result = Result()
        let placeWords = words.placeWords, locativeWords = words.locativeWords
        // A dateline ("GENEVA (Reuters) –") names where the report was filed: no participant.
        var index = range.lowerBound
        if index == 0 { index = datelineEnd(tokens) }
        // The sentence's first word, past a dateline and any punctuation: capitalized whatever it is.
        var sentenceStart = range.lowerBound == 0 ? index : -1
        while sentenceStart >= 0, sentenceStart < tokens.count, tokens[sentenceStart].kind == .punctuation { sentenceStart += 1 }
        while index < range.upperBound {
            let token = tokens[index]
            // A name starts at a capitalized word, and a country at a demonym: every other token (most of
            // them; punctuation and numbers are never capitalized) is passed over with one test.
            guard token.isCapitalized || token.roles.contains(.demonym), token.kind == .word,
                  token.marks.isDisjoint(with: .notName) else { index += 1; continue }
            // Looked up only for a name (most words are none): whether the word before makes it a place.
            var previousHash = index > 0 ? tokens[index - 1].hash : 0
            // "delegations from Kaldonia": where a group comes from names the side it speaks for.
            if previousHash == words.from, index > 1, words.groupWords.contains(tokens[index - 2].hash) { previousHash = 0 }
            // A known name: country, alliance, institution, capital. Every word of one is capitalized, and
            // few words start one: both are checked before the call, which most words of a region would
            // make for nothing.
            if token.isCapitalized, token.wordID >= 0, lexicon.startsName(token.wordID),
               let name = knownName(tokens, at: index, limit: range.upperBound) {
                if placeWords.contains(previousHash) && lexicon.names[name.phrase].isMetonym || locativeWords.contains(previousHash) {
                    result.places.append((index, tokens[index].start..<tokens[name.end - 1].end))
                } else if describesPerson(tokens, from: name.end, limit: range.upperBound) {
                    // "US President Joe Biden": the country describes the person who follows.
                } else {
                    add(lexicon.names[name.phrase].canonical, to: &result.participants)
                }
                index = name.end
                continue
            }
            let roles = token.roles
            if roles.contains(.demonym), demonymLeadsGroup(tokens, from: index + 1, limit: range.upperBound),
               let country = ParticipantNames.country(forDemonym: text(tokens, index..<(index + 1))) {
                add(country, to: &result.participants)
                index += 1
                continue
            }
            guard token.isCapitalized else { index += 1; continue }
            // "at 10 a.m. PT", "18:00 GMT": a short word in capitals right after a time is its time zone.
            if index > 1, tokens[index - 1].marks.contains(.date), token.end - token.start <= 4, isAllCapitals(token),
               tokens[index - 1].kind == .punctuation || tokens[index - 2].kind == .punctuation && tokens[index - 2].mark == UInt8(ascii: ":") {
                index += 1
                continue
            }
            // A run of capitalized words and titles: "Russian President Vladimir Putin".
            var end = index
            while end < range.upperBound, tokens[end].kind == .word, tokens[end].marks.isDisjoint(with: .notName),
                  tokens[end].isCapitalized || (end > index && tokens[end].roles.contains(.title)) {
                if end > index, tokens[end].wordID >= 0, lexicon.startsName(tokens[end].wordID) { break }
                end += 1
                if tokens[end - 1].isPossessive { break }
            }
            // "the Brevanian parliament", "the Kaldonian army": a title in lower case that ends the run
            // describes the name before it, which acts (or is a country's adjective that `sameActor` ties
            // to the country).
            // ("Managing director", "Halvorsen spokeswoman": a person's title, not an institution.)
            var nameEnd = end
            if index != sentenceStart || tokens[index].roles.contains(.functionWord) {
                while nameEnd > index + 1, !tokens[nameEnd - 1].isCapitalized, words.institutions.contains(tokens[nameEnd - 1].hash) { nameEnd -= 1 }
            }
            if index == sentenceStart, end == index + 1, leadsADescription(tokens, after: index, limit: range.upperBound) {
                // "Delegates from 142 countries", "Turnout in the capital", "Analysts at the bank": a sentence's
                // first word in capitals, described by what follows, is a common noun, not a name.
                index = end
                continue
            }
            if let (name, isPerson) = personName(tokens, index..<nameEnd) {
                // Only the string that is kept is made: a person by the surname, anything else whole.
                // A place keeps all its words: "Ardmore Point", "Harbour Gate".
                if placeWords.contains(previousHash) { result.places.append((index, tokens[name.lowerBound].start..<tokens[nameEnd - 1].end)) } else if namesAThing(tokens, index..<nameEnd, limit: range.upperBound) {
                    // "its Corvid-2 rocket", "the Fold 2": a product or a vessel takes no part, it is acted on.
                } else {
                    let first = isPerson ? name.upperBound - 1 : name.lowerBound
                    add(texts.text(bytes, tokens[first].start..<tokens[name.upperBound - 1].end), to: &result.participants)
                }
            }
            index = max(end, index + 1)
        }
        return result
    }

    /// Whether a capitalized run names an object rather than an actor: a model designation follows it
    /// ("Corvid-2", "Fold 2"), or an owner's word comes before it and a common noun after it ("its
    /// Lyra telescope", "their Aurora app").
    private func namesAThing(_ tokens: TokenList, _ run: Range<Int>, limit: Int) -> Bool {
        let after = tokens[run.upperBound - 1].end
        if after + 1 < bytes.count, bytes[after] == UInt8(ascii: "-"), bytes[after + 1] >= 48, bytes[after + 1] <= 57 { return true }
        guard run.upperBound < limit else { return false }
        let next = tokens[run.upperBound]
        if next.kind == .number, next.marks.isDisjoint(with: .notName) { return true }
        // "the company's Unfold event": an owner's name before a name and an event word makes the
        // name the event's own.
        if run.lowerBound > 0, tokens[run.lowerBound - 1].isPossessive, !tokens[run.lowerBound - 1].isCapitalized,
           next.kind == .word, !next.isCapitalized, next.eventKind >= 0 { return true }
        return run.lowerBound > 0 && words.ownerWords.contains(tokens[run.lowerBound - 1].hash)
            && next.kind == .word && !next.isCapitalized && !next.roles.contains(.functionWord)
    }

    /// A preposition right after the word: "Delegates from …", "Turnout in …". ("Roman, who led …" is a name.)
    private func leadsADescription(_ tokens: TokenList, after index: Int, limit: Int) -> Bool {
        let i = index + 1
        return i < limit && tokens[i].kind == .word && !tokens[i].isCapitalized && words.describingWords.contains(tokens[i].hash)
    }

    /// Capitalized titles followed by a name: "President Joe Biden", "Secretary General Jens Stoltenberg".
    private func describesPerson(_ tokens: TokenList, from start: Int, limit: Int) -> Bool {
        var i = start
        while i < limit, tokens[i].isCapitalized, tokens[i].roles.contains(.title) { i += 1 }
        guard i > start, i < limit, tokens[i].kind == .word, tokens[i].isCapitalized else { return false }
        return !tokens[i].roles.contains(.functionWord)
    }

    /// The known name phrase (its index in `lexicon.names`) starting at `index`, longest first. Words are
    /// read from the flat table: a `NamePhrase`'s own array would be retained and released per candidate.
    private func knownName(_ tokens: TokenList, at index: Int, limit: Int) -> (phrase: Int, end: Int)? {
        var best: (phrase: Int, end: Int)?
        let words = lexicon.nameHashes
        for nameIndex in lexicon.nameStarts(tokens[index].wordID) {
            let n = Int(nameIndex)
            let count = words.count(of: n)
            let end = index + count
            guard end <= limit else { continue }
            var matches = true
            for offset in 0..<count where tokens[index + offset].hash != words.word(offset, of: n) || !tokens[index + offset].isCapitalized {
                matches = false
                break
            }
            if matches, lexicon.names[n].needsCapitals, !isAllCapitals(tokens[index]) { matches = false }
            if matches, best == nil || end > best!.end { best = (n, end) }
        }
        return best
    }

    /// "Russian and American delegations", "the Russian side".
    private func demonymLeadsGroup(_ tokens: TokenList, from start: Int, limit: Int) -> Bool {
        var i = start
        while i < limit, i < start + 3 {
            if words.groupWords.contains(tokens[i].hash), tokens[i].hash != words.and { return true }
            if tokens[i].hash != words.and && !tokens[i].roles.contains(.demonym) { return false }
            i += 1
        }
        return false
    }

    /// A person or place name in a capitalized run, without titles; people are named by their surname
    /// (`isPerson`). A run that ends in a common word ("Halden Launch Systems", "Aldmouth Transit
    /// Authority") names an organisation or a thing by its distinctive words ("Halden"), or by all of
    /// them when every word is common; a single common word in capitals ("Prosecutors said") is no name.
    private func personName(_ tokens: TokenList, _ run: Range<Int>) -> (Range<Int>, isPerson: Bool)? {
        // Drop titles, demonyms and function words at the front: "US President Joe Biden" → "Joe Biden".
        var start = run.upperBound
        var i = run.upperBound - 1
        while i >= run.lowerBound {
            let roles = tokens[i].roles
            if roles.contains(.title) || roles.contains(.functionWord) || roles.contains(.calendarName)
                || roles.contains(.demonym) || !tokens[i].isCapitalized { break }
            start = i
            i -= 1
        }
        guard start < run.upperBound else { return nil }
        // A single word that the lexicon knows ("Talks", "Scheduled") is an ordinary word in capitals.
        if run.upperBound - start == 1, tokens[start].wordID >= 0 { return nil }
        let common = words.commonWords
        // "Korvel Robotics", "Brannock Systems Inc": a company, not a person; it goes by its own words
        // ("Korvel"), as a name ending in a common word does.
        if run.upperBound - start > 1, words.companyWords.contains(tokens[run.upperBound - 1].hash) {
            var end = start
            while end < run.upperBound, !common.contains(tokens[end].hash), !words.companyWords.contains(tokens[end].hash) { end += 1 }
            return end > start ? (start..<end, false) : (start..<run.upperBound, false)
        }
        guard common.contains(tokens[run.upperBound - 1].hash) else { return (start..<run.upperBound, true) }
        if run.upperBound - start == 1 { return nil }
        var end = start
        while end < run.upperBound, !common.contains(tokens[end].hash) { end += 1 }
        return end > start ? (start..<end, false) : (start..<run.upperBound, false)
    }

    /// The index after a dateline's place at the start of the sentence, "NOVA KALDA (wire) –" or
    /// "GENEVA –": words in capitals followed by a bracket or a dash; 0 when the sentence has none.
    func datelineEnd(_ tokens: TokenList) -> Int {
        var i = 0
        while i < tokens.count, i < 4, tokens[i].kind == .word, tokens[i].isCapitalized, tokens[i].end - tokens[i].start >= 2,
              isAllCapitals(tokens[i]) { i += 1 }
        guard i > 0, i < tokens.count, tokens[i].kind == .punctuation else { return 0 }
        let mark = tokens[i].mark
        if mark == UInt8(ascii: "(") {
            // The agency in brackets is part of the dateline: "(Example Wire)".
            var close = i + 1
            while close < tokens.count, close < i + 8, tokens[close].mark != UInt8(ascii: ")") { close += 1 }
            return close < tokens.count && tokens[close].mark == UInt8(ascii: ")") ? close + 1 : i
        }
        if mark == UInt8(ascii: ",") {
            // A press release's dateline: "SAN JOSE, Calif., Aug. 27, 2024 –", the region and the day up to the dash.
            var j = i + 1
            while j < tokens.count, j < i + 14 {
                let token = tokens[j]
                if token.kind == .punctuation {
                    if token.mark == UInt8(ascii: "-") || token.mark == 0 { return j }
                    guard token.mark == UInt8(ascii: ",") || token.mark == UInt8(ascii: ".") else { break }
                } else if !(token.isCapitalized || token.kind == .number || token.marks.contains(.date)) {
                    break
                }
                j += 1
            }
            return i
        }
        return mark == UInt8(ascii: "-") || mark == 0 ? i : 0
    }

    private func isAllCapitals(_ token: Token) -> Bool {
        for i in token.start..<token.end where bytes[i] >= 97 && bytes[i] <= 122 { return false }
        return true
    }

    func text(_ tokens: TokenList, _ range: Range<Int>) -> String {
        bytes.string(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    private func add(_ name: String, to list: inout [String]) {
        if !list.contains(name), list.count < 6 { list.append(name) }
    }
}
