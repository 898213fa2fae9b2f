import Synchronization
import ClaimCore
import TextKernel

/// What the claim finder knows about one word.
struct WordRole: OptionSet, Hashable, Sendable {
    let rawValue: UInt32
    static let negator = WordRole(rawValue: 1 << 0)        // not, no, never, didn't
    static let hedge = WordRole(rawValue: 1 << 1)          // may, might, possibly
    static let speechVerb = WordRole(rawValue: 1 << 2)     // said, confirmed, reported
    static let title = WordRole(rawValue: 1 << 3)          // spokesman, minister, president
    static let determiner = WordRole(rawValue: 1 << 4)     // the, this, that, such: before an event noun, it points back
    static let anaphor = WordRole(rawValue: 1 << 5)        // proposal, prospect, it: an event named earlier
    static let pastVerb = WordRole(rawValue: 1 << 6)       // met, launched, was
    static let functionWord = WordRole(rawValue: 1 << 7)   // never part of a name even when capitalized
    static let calendarName = WordRole(rawValue: 1 << 8)   // January, Monday: not a name, not a place
    static let placePreposition = WordRole(rawValue: 1 << 9)  // in, at
    static let clauseBreak = WordRole(rawValue: 1 << 10)   // that, which, but: where a clause may end
    static let groupNoun = WordRole(rawValue: 1 << 11)     // presidents, leaders, sides: participants named earlier
    static let topicPreposition = WordRole(rawValue: 1 << 12)  // on, about, over: "talks on security"
    static let attributionOpener = WordRole(rawValue: 1 << 13) // according (to), reported (by)
    static let dateAnaphor = WordRole(rawValue: 1 << 14)   // "that date", "the same day"
    static let eventVerbPlaceholder = WordRole(rawValue: 1 << 15)  // hold, host: the event is the object
    static let demonym = WordRole(rawValue: 1 << 16)       // Russian, American
    static let futureModal = WordRole(rawValue: 1 << 17)   // will, would: the tense of a claim without a cue
}

/// Everything known about a word: its roles, the event kind it names, and the phrases it starts.
struct WordEntry: Sendable {
    var roles: WordRole = []
    /// Index into `ClaimLexicon.kinds`, or -1.
    var eventKind: Int16 = -1
    /// Indices into `ClaimLexicon.cues` of the cue phrases starting with this word.
    var cueStarts: [Int32] = []
    /// Indices into `ClaimLexicon.names` of the name phrases starting with this word.
    var nameStarts: [Int32] = []
}

/// A cue phrase: the status it asserts and how negation and hedges change it. Its words are in
/// `ClaimLexicon.cueHashes`, where a zero hash stands for a gap of up to `CuePhrase.gapLimit` words.
struct CuePhrase: Sendable {
    static let gapLimit = 8
    var status: StatusID
    /// Modal and hedge words ("will", "may") make a claim only when a date is there too.
    var isWeak: Bool
    /// What the phrase asserts as written, negated ("did not rule out") and hedged ("may agree"), with
    /// each status's precedence: worked out once here, since comparing `StatusID`s compares strings.
    var asWritten: CueReading
    var whenNegated: CueReading
    var whenHedged: CueReading
    /// For an event's own verb ("lifted off"): a bit per kind (`1 << kind index`) it reports. Zero for a
    /// status cue, which speaks of any event.
    var kinds: UInt64 = 0

    /// A negated or hedged reading asserts the primary status of the role `CueMatcher.effectiveRole`
    /// gives; when the vocabulary has no status with that role (or `status` has no role), the
    /// phrase's own status.
    init(status: StatusID, isWeak: Bool, vocabulary: StatusVocabulary) {
        self.status = status
        self.isWeak = isWeak
        let role = vocabulary.role(of: status)
        asWritten = CueReading(status, role: role)
        func reading(negated: Bool, hedged: Bool) -> CueReading {
            guard let role else { return CueReading(status, role: nil) }
            let changed = CueMatcher.effectiveRole(role, negated: negated, hedged: hedged)
            guard changed != role, let other = vocabulary.primaryStatus(for: changed) else { return CueReading(status, role: role) }
            return CueReading(other, role: changed)
        }
        whenNegated = reading(negated: true, hedged: false)
        whenHedged = reading(negated: false, hedged: true)
    }
}

/// A status a cue asserts and its precedence among the sentence's cues (`CueMatcher.precedence(of:)` its role).
struct CueReading: Sendable {
    var status: StatusID
    var precedence: Int

    init(_ status: StatusID, role: StatusRole?) {
        self.status = status
        precedence = CueMatcher.precedence(of: role)
    }
}

/// A known name: "United States", "NATO", "Moscow" (standing for Russia). Its words are in
/// `ClaimLexicon.nameHashes`.
struct NamePhrase: Sendable {
    /// The participant it stands for: "Moscow" → "Russia".
    var canonical: String
    /// Capitals and buildings stand for their country only when they are not a place ("in Moscow").
    var isMetonym: Bool
    /// "US", "UN", "EU": only when written in capitals, so that the pronoun "us" is not a country.
    var needsCapitals: Bool
}

/// The finder's word table: an open-addressing hash table from word hash to entry, built once.
///
/// Lookups hash the token's bytes while tokenizing, so matching a word costs one probe and never
/// allocates; phrases (cues, names) are stored as hash sequences and checked from their first word.
final class ClaimLexicon: Sendable {
    let kinds: [String]
    let cues: [CuePhrase]
    let names: [NamePhrase]
    /// The word hashes of `cues` and of `names`, index for index, stored flat for the matching loops.
    let cueHashes: PhraseTable
    let nameHashes: PhraseTable
    /// Finds the sentences without a calendar date that may still hold a claim, before tokenizing.
    let datelessFilter: DatelessClaimFilter
    /// Per entry, the bits the sentence pre-filter reads (`startsCue`, `namesEvent`).
    private let wordFlags: [UInt8]
    /// Cue and name phrase indices by first word, flat: `cueStartOffsets[id]..<cueStartOffsets[id + 1]`
    /// indexes `cueStartList`. Reading a `WordEntry` copy would retain and release its arrays per word.
    private let cueStartOffsets: [Int32]
    private let cueStartList: [Int32]
    private let nameStartOffsets: [Int32]
    private let nameStartList: [Int32]
    /// The word table the tokenizer looks words up in: each word's key, its entry and what a token
    /// copies from the entry (its roles, event kind and flags), so a lookup is one probe into one slot.
    let words: FrozenWordTable<TokenWordInfo>

    static let startsCue: UInt8 = 1
    static let namesEvent: UInt8 = 2

    /// The primary `plan` and `occurrence` statuses of the vocabulary: what the tense of a sentence
    /// without a cue asserts.
    let planStatus: StatusID
    let occurrenceStatus: StatusID
    /// Every status with the role `occurrence`: a claim with one reports what happened.
    private let occurrenceStatuses: [StatusID]

    /// `vocabulary` gives each cue's status its role (see `CuePhrase`); event verbs assert its
    /// primary `occurrence` status, and there are none without one.
    /// The lexicon of these cues, verbs and statuses, made once per process. Its word tables are
    /// frozen (kept for the life of the process, see `FrozenWordTable`), so making one for every
    /// analyser would leak with each `Workspace.analyzer` in a program that runs for long.
    static func shared(cues: [CueRule], eventVerbs: [EventVerbRule], vocabulary: StatusVocabulary) -> ClaimLexicon {
        let key = SharedKey(cues: cues, eventVerbs: eventVerbs, vocabulary: vocabulary)
        return sharedLexicons.withLock { lexicons in
            if let known = lexicons[key] { return known }
            let made = ClaimLexicon(cues: cues, eventVerbs: eventVerbs, vocabulary: vocabulary)
            lexicons[key] = made
            return made
        }
    }

    private struct SharedKey: Hashable {
        var cues: [CueRule]
        var eventVerbs: [EventVerbRule]
        var vocabulary: StatusVocabulary
    }

    private static let sharedLexicons = Mutex<[SharedKey: ClaimLexicon]>([:])

    init(cues cueRules: [CueRule], eventVerbs: [EventVerbRule], vocabulary: StatusVocabulary) {
        planStatus = vocabulary.startingStatus
        occurrenceStatus = vocabulary.primaryStatus(for: .occurrence) ?? vocabulary.startingStatus
        occurrenceStatuses = vocabulary.statuses(withRole: .occurrence)
        var builder = Builder(vocabulary: vocabulary)
        EventWords.register(into: &builder)
        ParticipantNames.register(into: &builder)
        AttributionWords.register(into: &builder)
        for rule in cueRules { builder.addCue(rule.phrase, status: rule.status) }
        if let occurrence = vocabulary.primaryStatus(for: .occurrence) {
            for rule in eventVerbs { builder.addEventVerb(rule.phrase, kind: rule.kind, status: occurrence) }
        }

        kinds = builder.kinds
        cues = builder.cues
        names = builder.names
        cueHashes = PhraseTable(builder.cueHashes)
        nameHashes = PhraseTable(builder.nameHashes)
        datelessFilter = DatelessClaimFilter(cues: builder.cues, phrases: builder.cueWords, dateAnaphors: EventWords.dateAnaphors)
        let flags = builder.entries.map { entry in
            (entry.cueStarts.isEmpty ? 0 : ClaimLexicon.startsCue)
                | (entry.eventKind >= 0 || entry.roles.contains(.anaphor) ? ClaimLexicon.namesEvent : 0)
        }
        wordFlags = flags
        (cueStartOffsets, cueStartList) = ClaimLexicon.flatten(builder.entries.map(\.cueStarts))
        (nameStartOffsets, nameStartList) = ClaimLexicon.flatten(builder.entries.map(\.nameStarts))
        words = FrozenWordTable(WordTable(missing: .unknown, builder.ids.map { hash, id in
            let entry = builder.entries[Int(id)]
            return (key: hash, value: TokenWordInfo(id: id, roleBits: entry.roles.rawValue, eventKind: entry.eventKind, flags: flags[Int(id)]))
        }))
    }

    /// Whether `status` says the event took place (its role is `occurrence`).
    func reportsOccurrence(_ status: StatusID) -> Bool { occurrenceStatuses.contains(status) }

    private static func flatten(_ lists: [[Int32]]) -> (offsets: [Int32], list: [Int32]) {
        var offsets: [Int32] = [0]
        var list: [Int32] = []
        for items in lists {
            list += items
            offsets.append(Int32(list.count))
        }
        return (offsets, list)
    }

    /// Indices into `cues` of the phrases that start with the word.
    func cueStarts(_ id: Int32) -> ArraySlice<Int32> {
        cueStartList[Int(cueStartOffsets[Int(id)])..<Int(cueStartOffsets[Int(id) + 1])]
    }

    /// Indices into `names` of the phrases that start with the word.
    func nameStarts(_ id: Int32) -> ArraySlice<Int32> {
        nameStartList[Int(nameStartOffsets[Int(id)])..<Int(nameStartOffsets[Int(id) + 1])]
    }

    func startsName(_ id: Int32) -> Bool { nameStartOffsets[Int(id)] != nameStartOffsets[Int(id) + 1] }

    /// Read by the cue matcher for every word before `cueStarts`: one load, cheaper than
    /// building the (mostly empty) slice of cue starts. The same flags are in the word table, for
    /// the tokenizer's one-probe lookup; both come from one list in `init`.
    func hasCues(_ id: Int32) -> Bool { wordFlags[Int(id)] & ClaimLexicon.startsCue != 0 }

    /// Collects entries before the table is frozen.
    struct Builder {
        let vocabulary: StatusVocabulary
        var kinds: [String] = []
        var cues: [CuePhrase] = []
        /// The words of each phrase in `cues`, as `CueRule.words` gives them, and their hashes.
        var cueWords: [[String]] = []
        var cueHashes: [[UInt64]] = []
        var names: [NamePhrase] = []
        var nameHashes: [[UInt64]] = []
        var entries: [WordEntry] = []
        var ids: [UInt64: Int32] = [:]

        mutating func entryID(for word: String) -> Int32 {
            let hash = SentenceTokenizer.hash(of: word)
            if let id = ids[hash] { return id }
            let id = Int32(entries.count)
            entries.append(WordEntry())
            ids[hash] = id
            return id
        }

        mutating func add(_ role: WordRole, _ words: [String]) {
            for word in words { entries[Int(entryID(for: word))].roles.insert(role) }
        }

        mutating func addEvent(kind: String, nouns: [String], past: [String] = [], other: [String] = []) {
            let kindIndex: Int16
            if let existing = kinds.firstIndex(of: kind) { kindIndex = Int16(existing) } else {
                kindIndex = Int16(kinds.count)
                kinds.append(kind)
            }
            for word in nouns + past + other { entries[Int(entryID(for: word))].eventKind = kindIndex }
            add(.pastVerb, past)
        }

        mutating func addCue(_ phrase: String, status: StatusID) {
            let words = CueRule.words(of: phrase)
            guard let first = words.first, first != "…" else { return }
            let hashes = words.map { $0 == "…" ? UInt64(0) : SentenceTokenizer.hash(of: $0) }
            let isWeak = words.count == 1 && CueRule.weakWords.contains(first)
            entries[Int(entryID(for: first))].cueStarts.append(Int32(cues.count))
            cues.append(CuePhrase(status: status, isWeak: isWeak, vocabulary: vocabulary))
            cueWords.append(words)
            cueHashes.append(hashes)
        }

        /// An event's own verb: an occurrence cue (asserting `status`) that speaks only of events of `kind`.
        /// The same phrase for several kinds is one cue with a bit for each; a phrase that is already a
        /// status cue stays one.
        mutating func addEventVerb(_ phrase: String, kind: String, status: StatusID) {
            let words = CueRule.words(of: phrase)
            guard let first = words.first, first != "…" else { return }
            let kindIndex: Int
            if let existing = kinds.firstIndex(of: kind) { kindIndex = existing } else {
                kindIndex = kinds.count
                kinds.append(kind)
            }
            guard kindIndex < 64 else { return }
            if let existing = cueWords.firstIndex(of: words) {
                if cues[existing].kinds != 0 { cues[existing].kinds |= 1 << UInt64(kindIndex) }
                return
            }
            addCue(phrase, status: status)
            cues[cues.count - 1].kinds = 1 << UInt64(kindIndex)
        }

        mutating func addName(_ phrase: String, canonical: String, isMetonym: Bool = false) {
            let words = phrase.split(separator: " ").map(String.init)
            guard let first = words.first else { return }
            let needsCapitals = words.count == 1 && first.count <= 3 && first.uppercased() == first
            entries[Int(entryID(for: first))].nameStarts.append(Int32(names.count))
            names.append(NamePhrase(canonical: canonical, isMetonym: isMetonym, needsCapitals: needsCapitals))
            nameHashes.append(words.map { SentenceTokenizer.hash(of: $0) })
        }
    }
}
