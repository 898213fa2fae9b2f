import ClaimCore
import TextKernel

/// A claim as first read from its sentence, before references to earlier sentences are resolved.
struct ClaimDraft: Sendable {
    enum Reference: Sendable {
        /// The event is named here.
        case none
        /// "the meeting", "the talks": an event that may have been named before.
        case definite
        /// "such a prospect", "the proposal", "hold it", "on this": an event named before.
        case pronoun
    }

    var sentenceIndex: Int
    var paragraph: Int
    var sentence: Range<Int>
    var kind: String?
    var reference: Reference
    /// "on that date", "the same day": the date is the one named before.
    var refersToEarlierDate: Bool
    /// "the presidents", "both sides": the participants are the ones named before.
    var refersToEarlierParticipants: Bool
    var participants: [String]
    var place: String?
    var topic: String?
    var saidBy: String?
    /// The speaker is "he" or "she", a person named before: `saidBy` is left to `ClaimCoreference`.
    var saidByPronoun = false
    var date: TemporalExpression?
    /// The date follows "after" ("resume after Christmas"): the event comes later than that day, on a
    /// day the sentence does not give, so the claim has no event date of its own.
    var isAfterDate = false
    var status: StatusID
    var cue: String
    /// Bytes of the start of the claim's region in the sentence's own words, for a statement about an
    /// event without a kind; made a string only for the claims that still have no kind after coreference.
    var fallback: Range<Int>
    /// "have defeated Boeing for the contract": the present perfect reports an event that has just
    /// taken place, on a day the sentence does not give (`ClaimFinder.readsRecentPast`).
    var reportsRecentPast = false
}

/// Reads the claims of one sentence: its events, their dates, cues, participants and speaker.
struct ClaimFinder {
    let lexicon: ClaimLexicon
    let bytes: TextBytes
    let published: CalendarDay?
    /// Whether a sentence with no date whose verb is in the present perfect ("Northrop Grumman and
    /// EADS have defeated Boeing for the contract") makes a claim without a date: the event has just
    /// taken place. Set where past events are recorded (`ingest.record_past_events`).
    var readsRecentPast = false

    /// An event word, or a word that points back to an event ("the proposal", "hold it").
    fileprivate struct EventAnchor {
        var token: Int
        var kind: Int
        var reference: ClaimDraft.Reference
        /// A past-tense verb standing in for an event the lexicon does not name.
        var isGeneric = false
    }

    /// A date expression of the sentence and the tokens it covers.
    fileprivate struct DateAnchor {
        /// Index of the expression in the sentence's `dates` (an index, not a copy: anchors are copied
        /// into pairs and claims, and an expression's strings would be retained and released with each copy).
        var expression: Int
        var first: Int
        var last: Int
        var event: Int?  // index into the event anchors
        /// The reporting verb the date is attached to ("said on Monday", "on Thursday denied"), or -1: the
        /// date is the report's, and it dates no event but the report itself.
        var reportVerb = -1
    }

    /// The words the finder looks for by name, hashed once. Read from `self.common` in the per-token
    /// loops: each read of a `static let` there would check its one-time
    /// initialization.
    struct FunctionWords: Sendable {
        let to = AttributionWords.hashTo
        let be = SentenceTokenizer.hash(of: "be")
        let a = AttributionWords.hashA
        let an = AttributionWords.hashAn
        let on = SentenceTokenizer.hash(of: "on")
        let of = AttributionWords.hashOf
        let council = SentenceTokenizer.hash(of: "council")
        let the = AttributionWords.hashThe
        let that = SentenceTokenizer.hash(of: "that")
        let now = SentenceTokenizer.hash(of: "now")
        let also = SentenceTokenizer.hash(of: "also")
        let and = AttributionWords.hashAnd
        let but = SentenceTokenizer.hash(of: "but")
        let after = SentenceTokenizer.hash(of: "after")
        let from = SentenceTokenizer.hash(of: "from")
        /// Words before a year that names a thing: "the draft 2024 budget", "its 2023 results".
        let labelOpeners = WordHashSet(["a", "an", "draft", "its", "their", "his", "her", "our", "new", "annual", "final"])
        let beForms = WordHashSet(["is", "are", "was", "were", "am", "be", "been"])
        let participantPrepositions = WordHashSet(["between", "with"])
        let newDatePrepositions = WordHashSet(["to", "until", "till", "for"])
        let firstPersonPlural = WordHashSet(["we", "our"])
        let weekdays = WordHashSet(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
        /// "originally scheduled for", "previously set on", "first planned in": the plan a move replaced.
        let formerWords = WordHashSet(["originally", "previously", "initially", "first", "earlier"])
        let formerDatePrepositions = WordHashSet(["for", "on", "in", "at"])
        let pronouns = WordHashSet(["it", "them", "this"])
        /// Words that open a cue's object: "postponed its annual meeting", "called off next week's strike".
        let objectOpeners = WordHashSet(["its", "their", "his", "her", "our", "this", "next", "planned"])
        /// Conjunctions that open a clause of its own: "postponed on Monday after the printer said it could
        /// not deliver" — the cues after one speak of something else.
        let subordinators = WordHashSet(["after", "because", "since", "although", "though", "whereas", "before"])
        let being = SentenceTokenizer.hash(of: "being")
        /// The present perfect: "has won", "have signed" (`perfectVerb`).
        let perfectAuxiliaries = WordHashSet(["has", "have"])
        let modals = WordHashSet(["would", "could", "should", "might", "may", "must", "will", "shall", "to"])
        let conditionOpeners = WordHashSet(["once", "if", "when", "unless", "until", "whether", "after", "before"])
        let recentAdverbs = WordHashSet(["just", "already", "finally", "recently", "now", "also", "unexpectedly"])
        let adverbs = AttributionWords.adverbs
        /// Words between a reporting verb and its date: "told reporters on Monday", "said in a statement on Friday".
        let reportChannelWords = WordHashSet(["in", "at", "a", "an", "the", "its", "his", "her", "their", "reporters",
                                              "journalists", "lawmakers", "parliament", "statement", "statements", "interview",
                                              "news", "press", "conference", "briefing", "release", "memo", "letter", "post",
                                              "television", "radio", "broadcast", "speech", "tweet", "near-identical",
                                              "joint", "written", "brief", "short", "late", "early", "earlier", "later", "separate",
                                              "principle", "formally", "publicly", "officially"])
        /// "called for", "called off": seldom a report.
        let called = SentenceTokenizer.hash(of: "called")
        /// Verbs that, like speech, are acts of their own: a date on them dates the act ("agreed on Tuesday
        /// to hold a summit"), not the event they are about.
        /// Postponing and cancelling, acts whose day is not the event's when the sentence gives another.
        let changeVerbs = WordHashSet(["postponed", "postpones", "delayed", "delays", "cancelled", "canceled", "cancels",
                                       "scrapped", "suspended", "adjourned", "deferred", "rescheduled", "scrubbed"])
        let denialVerbs = WordHashSet(["denied", "denies", "dismissed", "rejected", "rejects", "agreed", "agrees",
                                       "decided", "decides", "proposed", "proposes", "invited", "offered", "pledged",
                                       "promised", "vowed", "confirm", "announce", "announces", "deny"])

        /// Verbs that say when an event begins, not what it is: "the strike begins on Monday", "the trial
        /// opened on Tuesday" report the strike and the trial, not a start or an opening.
        let aspectualVerbs = WordHashSet(["begin", "begins", "began", "begun", "start", "starts", "started",
                                          "commence", "commences", "commenced", "open", "opens", "opened",
                                          "reopen", "reopens", "reopened", "resume", "resumes", "resumed"])

        static let shared = FunctionWords()
    }

    private let common = FunctionWords.shared

    /// Per-sentence working arrays, reused across the sentences of a document: fresh arrays per
    /// sentence would be an allocation and a free each, for every sentence that passes the pre-filter.
    struct Scratch {
        /// The sentence's dated anchors, events and claim anchors: taken out for a sentence and put
        /// back with their storage, rather than allocated and freed for every sentence.
        fileprivate var dateAnchors: [DateAnchor] = []
        fileprivate var events: [EventAnchor] = []
        fileprivate var claimAnchors: [(event: Int?, date: DateAnchor?)] = []
        /// The sentence's cue matches and attributions, the candidate date–event pairs and the claims'
        /// regions: each would otherwise be a fresh array per sentence, allocated and freed again.
        fileprivate var cues: [CueMatch] = []
        fileprivate var attributions: [Attribution] = []
        fileprivate var pairs: [(date: Int, event: Int, cost: Int)] = []
        fileprivate var regions: [Range<Int>] = []
        /// The strings of the claims' cues, topics and participants, and of their speakers' names
        /// (made by `speakerName`), by their bytes.
        fileprivate var texts = ShortTextCache()
        fileprivate var speakerNames = ShortTextCache()

        init() {}
    }

    /// Appends the claims of one sentence to `drafts`. `storage` (the tokens) and `scratch` are scratch space reused across sentences.
    /// `relations` remembers, per date value, how it stands to the publication date (parsing the value
    /// costs more than the rest of a claim's date handling, and a document repeats its dates).
    /// `isCalendarDate[i]` says whether `dates[i]` is a calendar date (`isCalendarDate(type:value:)`, worked out once
    /// per document); `hasCalendarDate`: one of them is.
    func drafts(for sentence: SentenceSpan, index sentenceIndex: Int, dates: ArraySlice<TemporalExpression>,
                isCalendarDate: ArraySlice<Bool>, hasCalendarDate: Bool,
                tokens storage: TokenStorage, scratch: inout Scratch, relations: inout DateRelationCache,
                into drafts: inout [ClaimDraft]) {
        let (markable, summary) = SentenceTokenizer.tokenize(bytes, from: sentence.start, to: sentence.end, lexicon: lexicon, into: storage)
        // Read through an immutable view; `markable` only sets each token's `marks` as the sentence is read.
        let tokens = markable
        // The cheap pre-filter, before any claim work: most news sentences have neither a date nor a cue.
        // Without a calendar date, a claim needs an event word (or a word pointing back to one) and a cue
        // to go with it (see the dateless branch below); with one, a verb the lexicon does not list may
        // report the event ("the plane landed on Monday"), so the sentence is always read.
        guard summary.hasEventWord && (summary.hasCueStart || readsRecentPast) || hasCalendarDate else { return }

        // Dates of the sentence that name a calendar time, and the tokens they cover.
        var dateAnchors = scratch.dateAnchors.takeEmptied()
        defer { scratch.dateAnchors = dateAnchors }
        // Fields are read in place: a copy of an expression retained and released its three strings.
        for expressionIndex in dates.indices {
            guard let (first, last) = ClaimFinder.tokenRange(from: dates[expressionIndex].start, to: dates[expressionIndex].end, in: tokens)
            else { continue }
            for i in first...last { markable[i].marks.insert(.date) }
            if isCalendarDate[expressionIndex] {
                dateAnchors.append(DateAnchor(expression: expressionIndex, first: first, last: last))
            }
        }

        var cues = scratch.cues.takeEmptied()
        defer { scratch.cues = cues }
        if summary.hasCueStart { CueMatcher(lexicon: lexicon).matches(in: tokens, into: &cues) }
        let refersToEarlierDate = summary.roles.contains(.dateAnaphor) && mentionsEarlierDate(tokens)
        // "the draft 2024 budget", "its 2023 results": a year before a noun names the thing, not the day
        // of an event, when the sentence gives another date.
        if dateAnchors.count > 1 {
            let labels = dateAnchors.filter { date in
                date.first == date.last && date.first > 0 && date.last + 1 < tokens.count
                    && dates[date.expression].value.utf8.count == 4
                    && tokens[date.first - 1].kind == .word && !tokens[date.first - 1].isCapitalized
                    && (tokens[date.first - 1].roles.contains(.determiner) || common.labelOpeners.contains(tokens[date.first - 1].hash))
                    && tokens[date.last + 1].kind == .word
                // "because of last month's floods": a date in the possessive dates the thing after it; when
                // that names no event, the date is no event's.
                || tokens[date.last].isPossessive && date.last + 1 < tokens.count && tokens[date.last + 1].kind == .word
                    && tokens[date.last + 1].eventKind < 0 && !tokens[date.last + 1].isCapitalized
            }
            if !labels.isEmpty, labels.count < dateAnchors.count {
                dateAnchors.removeAll { date in labels.contains { $0.first == date.first } }
            }
        }
        // "Wednesday, 8 May 2024": a weekday and the date after it name one day, which the date names
        // in full; the weekday alone may have been read against another week.
        if dateAnchors.count > 1 {
            let dayStarts = dateAnchors.filter { dates[$0.expression].value.utf8.count == 10 }.map(\.first)
            dateAnchors.removeAll { weekday in
                weekday.first == weekday.last && common.weekdays.contains(tokens[weekday.first].hash)
                    && weekday.last + 2 < tokens.count && tokens[weekday.last + 1].kind == .punctuation
                    && tokens[weekday.last + 1].mark == UInt8(ascii: ",") && dayStarts.contains(weekday.last + 2)
            }
        }
        // A date on the reporting verb dates the report: it stays only when the verb names an event
        // itself ("announced on Monday"), and then only for that event (`pairDates`).
        if !dateAnchors.isEmpty, summary.roles.contains(.speechVerb) || summary.hasCueStart {
            // "postponed in September, will now take place in April": with another date to go by, the day
            // of a postponement or a cancellation is the act's, like a report's.
            let allowActs = dateAnchors.count > 1
            for d in dateAnchors.indices { dateAnchors[d].reportVerb = reportingVerb(of: dateAnchors[d], in: tokens, allowActs: allowActs) }
            if allowActs, dateAnchors.allSatisfy({ $0.reportVerb >= 0 }) {
                for d in dateAnchors.indices { dateAnchors[d].reportVerb = reportingVerb(of: dateAnchors[d], in: tokens, allowActs: false) }
            }
            // "said on Thursday it had signed the deal": the only date, on a report of what is over, bounds
            // the reported event, which is then dated by it.
            if dateAnchors.count == 1, dateAnchors[0].reportVerb >= 0, tokens[dateAnchors[0].reportVerb].eventKind < 0,
               !summary.roles.contains(.futureModal), cues.allSatisfy({ $0.precedence == CueMatcher.occurrencePrecedence && $0.reading == .asWritten }),
               reportsPast(tokens, after: max(dateAnchors[0].reportVerb, dateAnchors[0].last)) {
                dateAnchors[0].reportVerb = -1
            }
            dateAnchors.removeAll { date in
                // A verb that names its event ("revealed", "announced") keeps its day for that event.
                date.reportVerb >= 0 && tokens[date.reportVerb].eventKind < 0
                    && !cues.contains { $0.isEventVerb && $0.tokens.contains(date.reportVerb) }
            }
        }
        // An event's own verb ("lifted off") says how its event stands, but alone it makes no dateless claim.
        let hasStrongCue = cues.contains { !$0.isWeak && !$0.isEventVerb }
        // Without a calendar date, the dateless branch below needs a strong cue, or a cue and "that
        // date": checked before looking for events, which most sentences that reach here then skip.
        // "have defeated Boeing": with no date and no strong cue, a verb in the present perfect may still
        // report an event of the last days.
        let perfect = dateAnchors.isEmpty && readsRecentPast && !hasStrongCue && summary.hasEventWord
            ? perfectVerb(tokens) : nil
        if dateAnchors.isEmpty, !(hasStrongCue || refersToEarlierDate && !cues.isEmpty), perfect == nil { return }
        var events = scratch.events.takeEmptied()
        defer { scratch.events = events }
        if summary.hasEventWord {
            eventAnchors(tokens, into: &events)
            aspectualAnchors(tokens, into: &events)
        }
        if !dateAnchors.isEmpty {
            // A cue's own verb ("postponed", "scheduled") says how the event stands, it is not one.
            for cue in cues { for i in cue.tokens { markable[i].marks.insert(.cue) } }
            eventVerbAnchors(cues, into: &events)
            verbAnchors(tokens, hasFutureModal: summary.roles.contains(.futureModal), into: &events)
        }

        // Which events get a claim, with which date.
        var claimAnchors = scratch.claimAnchors.takeEmptied()
        defer { scratch.claimAnchors = claimAnchors }
        if !dateAnchors.isEmpty {
            guard !events.isEmpty || !cues.isEmpty else { return }
            if cues.contains(where: { $0.precedence == CueMatcher.postponedPrecedence }) {
                // "pushed back to October 11 from September 27", "first planned for May, should now
                // begin in July": the date it was moved from is no event's now.
                dateAnchors.removeAll { $0.first > 0 && tokens[$0.first - 1].hash == common.from }
                if dateAnchors.count > 1 {
                    let former = dateAnchors.filter { date in isFormerDate(date, cues: cues, tokens: tokens) }
                    if former.count < dateAnchors.count { dateAnchors.removeAll { date in former.contains { $0.first == date.first } } }
                }
                guard !dateAnchors.isEmpty else { return }
                // "scheduled for 4 p.m. on Thursday, has been pushed back to Saturday": the planned day is the old one.
                if dateAnchors.count > 1 {
                    var old = dateAnchors.filter { date in
                        cues.contains { $0.precedence == CueMatcher.planPrecedence && !$0.isWeak && $0.tokens.upperBound <= date.first && date.first - $0.tokens.upperBound <= 1 }
                    }
                    // "scheduled for 6 p.m. on Friday": the day that goes on the old time is old too.
                    old += dateAnchors.filter { date in
                        old.contains { $0.last < date.first && date.first - $0.last <= 2 && $0.first != date.first }
                    }
                    if old.count < dateAnchors.count { dateAnchors.removeAll { date in old.contains { $0.first == date.first } } }
                }
            }
            pairDates(&dateAnchors, expressions: dates, with: events, tokens: tokens, cues: cues, scratch: &scratch)
            for date in dateAnchors where date.event != nil || events.isEmpty && date.first == dateAnchors[0].first && date.reportVerb < 0 {
                claimAnchors.append((date.event, date))
            }
        } else if !events.isEmpty, hasStrongCue || refersToEarlierDate && !cues.isEmpty {
            // No date here: the event nearest the strongest cue, dated later from an earlier sentence if it refers to one.
            var strongest: CueMatch?
            for cue in cues where !cue.isWeak && !cue.isEventVerb && (strongest == nil || cue.precedence > strongest!.precedence) { strongest = cue }
            let cue = strongest ?? cues[0]
            let nearest = events.indices.min { abs(events[$0].token - cue.tokens.lowerBound) < abs(events[$1].token - cue.tokens.lowerBound) }
            claimAnchors.append((nearest, nil))
        } else if let perfect {
            // The event the perfect verb governs: the nearest event word of a kind after it, within its
            // clause ("have won a US$40 billion (GB £20 billion) contract"; no comma or semicolon between).
            if let object = events.indices.filter({ events[$0].kind >= 0 && events[$0].token > perfect.verb
                    && events[$0].token - perfect.verb <= 20 }).min(by: { events[$0].token < events[$1].token }),
               !(perfect.verb..<events[object].token).contains(where: { tokens[$0].kind == .punctuation
                    && (tokens[$0].mark == UInt8(ascii: ",") || tokens[$0].mark == UInt8(ascii: ";")) }) {
                claimAnchors.append((object, nil))
            }
        }
        // "We will be back first thing on Saturday", "Our full review follows next week": the
        // publication speaking of its own coverage names no event of the news.
        if speaksOfItsOwnCoverage(tokens) {
            claimAnchors.removeAll { anchor in anchor.event.map { events[$0].isGeneric } ?? true }
        }
        guard !claimAnchors.isEmpty else { return }

        var attributions = scratch.attributions.takeEmptied()
        defer { scratch.attributions = attributions }
        if summary.roles.contains(.speechVerb) || summary.roles.contains(.attributionOpener) {
            AttributionFinder(lexicon: lexicon, words: .shared).attributions(in: tokens, into: &attributions)
        }
        for attribution in attributions { for i in attribution.tokens { markable[i].marks.insert(.attribution) } }
        var regions = scratch.regions.takeEmptied()
        defer { scratch.regions = regions }
        self.regions(for: claimAnchors, events: events, tokens: tokens, into: &regions)
        let participantFinder = ParticipantFinder(lexicon: lexicon, bytes: bytes, words: .shared)
        var sentenceParticipants: [String]?

        // By index: `zip` retained both arrays and stepped through a call per claim.
        for claim in claimAnchors.indices {
            let anchor = claimAnchors[claim], region = regions[claim]
            let event = anchor.event.map { events[$0] }
            let found = participantFinder.find(in: tokens, range: region, texts: &scratch.texts)
            var participants = found.participants
            if participants.isEmpty, region != 0..<tokens.count {
                if sentenceParticipants == nil {
                    sentenceParticipants = participantFinder.find(in: tokens, range: 0..<tokens.count, texts: &scratch.texts).participants
                }
                participants = sentenceParticipants!
            }
            var relation = DateRelation.unknown
            if let date = anchor.date {
                let value = dates[date.expression].value  // the value only: a copy of the expression retained three strings
                if let known = relations.relation(of: value) {
                    relation = known
                } else {
                    relation = relationToPublished(value)
                    relations.remember(value, relation)
                }
            }
            let chosenSpeaker = speaker(attributions, region: region)
            let clauseEnd = reportedClauseStart(tokens, after: anchorEnd(anchor, events), in: region)
            var (status, cue) = status(cues: cues, within: region, before: clauseEnd, event: event,
                                       relation: relation, tokens: tokens, texts: &scratch.texts)
            if let date = anchor.date, date.reportVerb >= 0, relation == .past || relation == .current {
                // "announced on Monday": the report itself, made on a day that has come.
                status = lexicon.occurrenceStatus
                cue = text(tokens, date.reportVerb..<(date.reportVerb + 1), cache: &scratch.texts)
            }
            if let perfect, anchor.date == nil {
                status = lexicon.occurrenceStatus
                cue = text(tokens, perfect.auxiliary..<(perfect.verb + 1), cache: &scratch.texts)
            }
            var kind = event.flatMap { $0.kind >= 0 ? lexicon.kinds[$0.kind] : nil }
            if kind == "meeting", let event, isCouncilMeeting(tokens, after: event.token) { kind = "council meeting" }
            var place: String?
            if let nearEvent = found.places.first(where: { place in
                guard let event else { return true }
                return abs(place.index - event.token) <= 12
            }) {
                place = scratch.texts.text(bytes, nearEvent.bytes)
            }
            drafts.append(ClaimDraft(
                sentenceIndex: sentenceIndex, paragraph: sentence.paragraph, sentence: sentence.start..<sentence.end,
                kind: kind, reference: event?.reference ?? .none, refersToEarlierDate: refersToEarlierDate,
                refersToEarlierParticipants: summary.roles.contains(.groupNoun) && refersToGroup(tokens, region: region),
                participants: participants, place: place, topic: event.flatMap { topic(tokens, after: $0.token, texts: &scratch.texts) },
                saidBy: chosenSpeaker.flatMap { $0.isPronoun ? nil : speakerName($0, cache: &scratch.speakerNames) },
                saidByPronoun: chosenSpeaker?.isPronoun ?? false, date: anchor.date.map { dates[$0.expression] },
                // "after 9 a.m." is still that day: only a day or a longer span leaves the event undated.
                isAfterDate: anchor.date.map { $0.first > 0 && tokens[$0.first - 1].hash == common.after
                    && !dates[$0.expression].value.utf8.contains(UInt8(ascii: "T")) } ?? false,
                status: status, cue: cue,
                // Read only for a claim that has no kind once coreference is done, and coreference only
                // ever gives a kind: a claim with one here never needs it.
                fallback: kind == nil ? fallbackBytes(tokens, region: region) : 0..<0,
                reportsRecentPast: perfect != nil && anchor.date == nil))
        }
    }

    // MARK: - Events and dates

    /// Appends the sentence's event anchors to `anchors`.
    /// Only event words and anaphors are looked at closer: a word outside the lexicon, a number or a
    /// punctuation mark has no event kind and no roles, and reading the determiners before the other
    /// words would be work for nothing.
    private func eventAnchors(_ tokens: TokenList, into anchors: inout [EventAnchor]) {
        for i in tokens.indices where (tokens[i].eventKind >= 0 || tokens[i].roles.contains(.anaphor)) && !tokens[i].marks.contains(.date) {
            let kind = Int(tokens[i].eventKind), roles = tokens[i].roles
            let previous = i > 0 ? tokens[i - 1].roles : []
            // "such a prospect", "the proposal": a determiner up to two words before.
            let determined = previous.contains(.determiner)
                || i > 1 && (tokens[i - 1].hash == common.a || tokens[i - 1].hash == common.an)
                    && tokens[i - 2].roles.contains(.determiner)
            if kind >= 0 {
                if tokens[i].hash == common.on { continue }
                // "FOR IMMEDIATE RELEASE", "PARIS (AFP) – ": a line in capitals is a label, not an event.
                if isShouted(tokens, i) { continue }
                anchors.append(EventAnchor(token: i, kind: kind, reference: determined && previous.contains(.determiner) ? .definite : .none))
            } else if roles.contains(.anaphor) {
                // "hold it", "on this", "the proposal", "such a prospect"
                let isPronoun = common.pronouns.contains(tokens[i].hash)
                let afterOn = i > 0 && tokens[i - 1].hash == common.on
                if isPronoun ? previous.contains(.eventVerbPlaceholder) || afterOn : determined {
                    anchors.append(EventAnchor(token: i, kind: -1, reference: .pronoun))
                }
            }
        }
    }

    /// "The walkout will begin on Monday", "the trial opens on Tuesday": a verb that only says when an
    /// event begins takes the kind of the event named before it as its subject ("the walkout", "the
    /// trial"), so a date next to the verb dates that event. The subject is a noun with a determiner or
    /// a name before it, within a dozen words, with no other event word in between.
    private func aspectualAnchors(_ tokens: TokenList, into anchors: inout [EventAnchor]) {
        guard anchors.count > 1 else { return }
        for a in anchors.indices.dropFirst() where anchors[a].kind >= 0 && common.aspectualVerbs.contains(tokens[anchors[a].token].hash) {
            let verb = anchors[a].token
            // "the start of the strike": a noun, not the verb ("talks that began on Monday": a verb in
            // the past is never a noun, whatever word comes before it).
            if verb > 0, tokens[verb - 1].roles.contains(.determiner) || tokens[verb - 1].hash == common.a,
               !(tokens[verb].roles.contains(.pastVerb) || isRegularPast(tokens, verb)) { continue }
            let subject = anchors[a - 1]
            guard subject.kind >= 0, subject.kind != anchors[a].kind, !subject.isGeneric, verb - subject.token <= 12,
                  lexicon.kinds[subject.kind] != "start", lexicon.kinds[subject.kind] != "opening",
                  !tokens[subject.token].roles.contains(.pastVerb) else { continue }
            // A verb already given its subject's kind passes it on: "due to start on Monday, will now begin".
            guard subject.token == 0 || common.aspectualVerbs.contains(tokens[subject.token].hash)
                    || opensNounPhrase(tokens, before: subject.token)
            else { continue }
            anchors[a] = EventAnchor(token: verb, kind: subject.kind, reference: subject.reference)
        }
    }

    /// Whether a noun phrase opens within three words before `index` (hyphens and apostrophes aside): a determiner, a possessive, a
    /// name or a number ("the walkout", "its 48-hour national strike", "Three days of talks").
    private func opensNounPhrase(_ tokens: TokenList, before index: Int) -> Bool {
        var i = index - 1
        var words = 0
        while i >= 0, words < 3 {
            let token = tokens[i]
            i -= 1
            // "24-hour", "workers'": a hyphen or an apostrophe stays inside the phrase.
            if token.kind == .punctuation {
                if token.mark == UInt8(ascii: "-") || token.mark == UInt8(ascii: "'") { continue }
                return false
            }
            words += 1
            if token.roles.contains(.clauseBreak) && !token.roles.contains(.determiner) { return false }
            if token.roles.contains(.determiner) || token.isCapitalized || token.isPossessive || token.kind == .number
                || token.hash == common.a || token.hash == common.an || common.objectOpeners.contains(token.hash) { return true }
        }
        return false
    }

    /// An event's own verb reports the event its kind names ("the trial opened on Monday": the trial, not
    /// an opening); where no event of its kind is named, the verb names one ("the rocket lifted off").
    private func eventVerbAnchors(_ cues: [CueMatch], into anchors: inout [EventAnchor]) {
        for cue in cues where cue.isEventVerb && cue.reading != .negated {
            // Its event is its subject, named a few words before it ("the trial opened"); a noun after it
            // is another event ("parliament voted to push back the election").
            let namesItsEvent = anchors.contains {
                !$0.isGeneric && $0.kind >= 0 && $0.token < cue.tokens.lowerBound && $0.token >= cue.tokens.lowerBound - 8
                    && cue.speaks(ofKind: $0.kind)
            }
            if namesItsEvent {
                anchors.removeAll { cue.tokens.contains($0.token) }
            } else if !anchors.contains(where: { cue.tokens.contains($0.token) }) {
                anchors.append(EventAnchor(token: cue.tokens.upperBound - 1, kind: cue.kinds.trailingZeroBitCount, reference: .none))
            }
        }
    }

    /// Verbs that are not event words, as events without a kind: past tenses ("the plane landed on
    /// Monday") and verbs after "will" ("will receive the aircraft next month").
    /// Speech verbs are left out: "said on Monday" dates the statement, not an event.
    /// `hasFutureModal`: some word of the sentence is "will" or "would"; without one no verb follows
    /// one, and the words before each verb are not read.
    private func verbAnchors(_ tokens: TokenList, hasFutureModal: Bool, into anchors: inout [EventAnchor]) {
        for i in tokens.indices where tokens[i].kind == .word && tokens[i].marks.isDisjoint(with: .notVerb) && !tokens[i].isCapitalized {
            let roles = tokens[i].roles
            guard tokens[i].eventKind < 0, !roles.contains(.speechVerb), !roles.contains(.functionWord) else { continue }
            if roles.contains(.pastVerb) || isRegularPast(tokens, i) || hasFutureModal && followsFutureModal(tokens, i)
                || isProgressive(tokens, i) {
                anchors.append(EventAnchor(token: i, kind: -1, reference: .none, isGeneric: true))
            }
        }
    }

    /// "is travelling", "are also meeting": a verb in "-ing" after a form of "be", with its date a plan
    /// or an event under way.
    private func isProgressive(_ tokens: TokenList, _ i: Int) -> Bool {
        let t = tokens[i]
        guard t.end - t.start >= 6, bytes[t.end - 3] == UInt8(ascii: "i"), bytes[t.end - 2] == UInt8(ascii: "n"),
              bytes[t.end - 1] == UInt8(ascii: "g") else { return false }
        var j = i - 1
        while j >= 0, j >= i - 3 {
            if common.beForms.contains(tokens[j].hash) { return true }
            guard common.adverbs.contains(tokens[j].hash) || tokens[j].hash == common.also || tokens[j].hash == common.now else { return false }
            j -= 1
        }
        return false
    }

    /// The verb of "will receive", "will be available", "would not fly".
    private func followsFutureModal(_ tokens: TokenList, _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, j >= i - 3 {
            let roles = tokens[j].roles
            if roles.contains(.futureModal) { return true }
            guard tokens[j].hash == common.be || roles.contains(.negator) || common.adverbs.contains(tokens[j].hash)
                    || tokens[j].hash == common.now || tokens[j].hash == common.also else { return false }
            j -= 1
        }
        return false
    }

    /// A word in capitals next to another word in capitals.
    private func isShouted(_ tokens: TokenList, _ i: Int) -> Bool {
        func allCapitals(_ j: Int) -> Bool {
            guard j >= 0, j < tokens.count, tokens[j].kind == .word, tokens[j].isCapitalized, tokens[j].end - tokens[j].start >= 2 else { return false }
            for b in tokens[j].start..<tokens[j].end where bytes[b] >= 97 && bytes[b] <= 122 { return false }
            return true
        }
        return allCapitals(i) && (allCapitals(i - 1) || allCapitals(i + 1))
    }

    private func isGerund(_ t: Token) -> Bool {
        t.end - t.start >= 5 && bytes[t.end - 3] == UInt8(ascii: "i") && bytes[t.end - 2] == UInt8(ascii: "n")
            && bytes[t.end - 1] == UInt8(ascii: "g")
    }

    /// A word ending in "-ed" that is not after "be" ("will be delayed" is not in the past).
    private func isRegularPast(_ tokens: TokenList, _ i: Int) -> Bool {
        let t = tokens[i]
        return t.end - t.start >= 5 && bytes[t.end - 2] == UInt8(ascii: "e") && bytes[t.end - 1] == UInt8(ascii: "d")
            && !(i > 0 && tokens[i - 1].hash == common.be)
    }

    /// The present perfect of a verb that is not speech: "have (unexpectedly) defeated", "has won".
    /// Not after a modal ("would have won"), not negated ("has not won"), not "has been", "has had".
    private func perfectVerb(_ tokens: TokenList) -> (auxiliary: Int, verb: Int)? {
        for i in tokens.indices where tokens[i].kind == .word && common.perfectAuxiliaries.contains(tokens[i].hash) {
            if i > 0, tokens[i - 1].roles.contains(.futureModal) || common.modals.contains(tokens[i - 1].hash) { continue }
            // "once we have reviewed the award", "if they have won": a condition, not a report.
            if (max(0, i - 4)..<i).contains(where: { common.conditionOpeners.contains(tokens[$0].hash) }) { continue }
            var j = i + 1
            while j < tokens.count, j <= i + 3, tokens[j].kind == .word, !tokens[j].roles.contains(.negator),
                  common.adverbs.contains(tokens[j].hash) || tokens[j].hash == common.also || tokens[j].hash == common.now
                    || common.recentAdverbs.contains(tokens[j].hash) {
                j += 1
            }
            guard j < tokens.count, tokens[j].kind == .word, !tokens[j].isCapitalized else { continue }
            let roles = tokens[j].roles
            guard !roles.contains(.speechVerb), !roles.contains(.functionWord), !roles.contains(.negator),
                  !common.beForms.contains(tokens[j].hash), !common.perfectAuxiliaries.contains(tokens[j].hash),
                  roles.contains(.pastVerb) || isRegularPast(tokens, j) else { continue }
            return (i, j)
        }
        return nil
    }

    /// The tokens a date expression covers (its bytes `start..<end`), or nil if it lies outside them.
    /// Tokens follow one another without overlap, so their ends rise: the first token that ends after
    /// `start` is found by halving rather than by a scan from the sentence's first token, since dates
    /// are most often late in their sentence.
    static func tokenRange(from start: Int, to end: Int, in tokens: TokenList) -> (Int, Int)? {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low &+ high) >> 1
            if tokens[middle].end <= start { low = middle &+ 1 } else { high = middle }
        }
        guard low < tokens.count, tokens[low].start < end else { return nil }
        var last = low
        while last + 1 < tokens.count, tokens[last + 1].start < end { last += 1 }
        return (low, last)
    }

    /// DATE and TIME expressions with a calendar value ("2022-01-10", "2021-12", "2021-W50"), not "PRESENT_REF".
    /// Reads the value's bytes in place: `utf8.prefix(4).allSatisfy` would go through generic
    /// collection code for every date.
    static func isCalendarDate(type: TemporalType, value: String) -> Bool {
        guard type == .date || type == .time else { return false }
        // In place: `withUTF8` is mutating, so it would copy the value first.
        let startsWithYear = value.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.count >= 4 && bytes[0] &- 48 <= 9 && bytes[1] &- 48 <= 9 && bytes[2] &- 48 <= 9 && bytes[3] &- 48 <= 9
        }
        return startsWithYear ?? Array(value.utf8.prefix(4)).allSatisfy { $0 &- 48 <= 9 } && value.utf8.count >= 4
    }

    /// Gives each event at most one date and each date at most one event, nearest pairs first; a
    /// comma or clause break between them counts as extra distance. A date that refines another
    /// ("June" within "this year") is preferred, and after a postponement so is the new date
    /// ("moved to March 3"). Dates left without an event make no claim.
    private func pairDates(_ dates: inout [DateAnchor], expressions: ArraySlice<TemporalExpression>, with events: [EventAnchor],
                           tokens: TokenList, cues: [CueMatch], scratch: inout Scratch) {
        let postponedPrecedence = CueMatcher.postponedPrecedence
        let postponed = cues.contains { $0.precedence == postponedPrecedence }
        var pairs = scratch.pairs.takeEmptied()
        defer { scratch.pairs = pairs }
        for (d, date) in dates.enumerated() {
            // A coarser date that another date of the sentence refines adds nothing.
            if dates.contains(where: { refines(expressions[$0.expression].value, expressions[date.expression].value) }) { continue }
            for (e, event) in events.enumerated() {
                if date.reportVerb >= 0, event.token != date.reportVerb { continue }
                let (from, to) = event.token < date.first ? (event.token, date.first) : (date.last, event.token)
                var cost = to - from
                for i in from..<to where tokens[i].kind == .punctuation && tokens[i].mark != 0 && tokens[i].mark != UInt8(ascii: "\"") {
                    cost += 4
                }
                if event.token > date.last { cost += 1 }  // "talks on January 10" reads more often than "January 10 talks"
                if event.isGeneric { cost += 3 }  // a named event wins over a bare verb nearby
                if postponed, date.first > 0, common.newDatePrepositions.contains(tokens[date.first - 1].hash) {
                    cost -= 50
                    // "The vote has been delayed by a week, to October 17, after the party asked for
                    // more time to negotiate": the new date is the moved event's, named before it, not
                    // that of a verb in the reason given.
                    if event.isGeneric || event.token > date.last,
                       events.contains(where: { !$0.isGeneric && $0.kind >= 0 && $0.token < date.first }) { cost += 20 }
                }
                pairs.append((d, e, cost))
            }
        }
        if pairs.count > 1 { pairs.sort { $0.cost != $1.cost ? $0.cost < $1.cost : $0.date < $1.date } }
        // An event is taken when a date has it: a sentence has a date or two, so asking them costs less
        // than a per-sentence array of flags filled for every event.
        for pair in pairs where dates[pair.date].event == nil && !dates.contains(where: { $0.event == pair.event }) {
            dates[pair.date].event = pair.event
        }
    }

    /// The reporting verb a date is attached to, or -1: "said on Monday", "said Monday", "told reporters
    /// on Monday", "said in a statement on Friday" (the date after the verb, across a few words naming
    /// the audience or the channel), or "on Thursday denied" (the date right before it).
    private func reportingVerb(of date: DateAnchor, in tokens: TokenList, allowActs: Bool) -> Int {
        // Before the date: step back over "on", then over the words of an object or a channel.
        var i = date.first - 1
        if i >= 0, tokens[i].hash == common.on { i -= 1 }
        var skipped = 0
        while i >= 0, skipped <= 4 {
            let token = tokens[i]
            if isReportingVerb(token) || allowActs && isChangeVerb(token) { return i }
            guard token.kind == .word, token.marks.isDisjoint(with: .date),
                  token.isCapitalized && token.eventKind < 0 || common.reportChannelWords.contains(token.hash) else { break }
            skipped += 1
            i -= 1
        }
        // A live report's time stamp ("17:45 – The presidency confirms …") is the report's time.
        if date.first == 0, date.last + 1 < tokens.count, tokens[date.last + 1].kind == .punctuation,
           tokens[date.last + 1].mark == 0 || tokens[date.last + 1].mark == UInt8(ascii: "-") {
            for k in (date.last + 2)..<tokens.count where isReportingVerb(tokens[k]) { return k }
        }
        // After the date: "on Thursday denied", "on Monday formally announced".
        var j = date.last + 1
        while j < tokens.count, j <= date.last + 2, common.adverbs.contains(tokens[j].hash) || tokens[j].hash == common.also { j += 1 }
        if j < tokens.count, isReportingVerb(tokens[j]) || allowActs && isChangeVerb(tokens[j]) {
            // Unless the date is an event's own: "the talks on Monday confirmed …".
            var k = date.first - 1
            if k >= 0, tokens[k].hash == common.on { k -= 1 }
            if k < 0 || tokens[k].eventKind < 0 { return j }
        }
        return -1
    }

    /// Whether the sentence opens (past a live report's time stamp and dash) with "we" or "our", not
    /// inside a quotation: the writers speaking of their own work.
    private func speaksOfItsOwnCoverage(_ tokens: TokenList) -> Bool {
        var i = 0
        while i < tokens.count, i < 6, tokens[i].kind != .word || tokens[i].marks.contains(.date) {
            if tokens[i].kind == .punctuation, CueMatcher.isQuote(tokens[i]), tokens[i].mark != 0 { return false }
            i += 1
        }
        return i < tokens.count && tokens[i].kind == .word && common.firstPersonPlural.contains(tokens[i].hash)
    }

    /// A date right after a move's former plan, a preposition between: "originally scheduled for
    /// March 3", "initially planned for May".
    private func isFormerDate(_ date: DateAnchor, cues: [CueMatch], tokens: TokenList) -> Bool {
        var i = date.first - 1
        if i >= 0, common.formerDatePrepositions.contains(tokens[i].hash) { i -= 1 }
        guard i >= 0 else { return false }
        return cues.contains { cue in
            cue.precedence == CueMatcher.postponedPrecedence && cue.tokens.upperBound == i + 1
                && common.formerWords.contains(tokens[cue.tokens.lowerBound].hash)
        }
    }

    /// A verb in the past after `index`: "(said on Thursday that it) had signed", "completed".
    private func reportsPast(_ tokens: TokenList, after index: Int) -> Bool {
        var i = index + 1
        while i < tokens.count {
            if tokens[i].kind == .word, !tokens[i].isCapitalized, tokens[i].roles.contains(.pastVerb) || isRegularPast(tokens, i) { return true }
            i += 1
        }
        return false
    }

    private func isChangeVerb(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && common.changeVerbs.contains(token.hash)
    }

    private func isReportingVerb(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && token.hash != common.called
            && (token.roles.contains(.speechVerb) || common.denialVerbs.contains(token.hash))
    }

    /// "2021-06" refines "2021"; "2022-01-10" refines "2022-01".
    private func refines(_ finer: String, _ coarser: String) -> Bool {
        finer.utf8.count > coarser.utf8.count && finer.hasPrefix(coarser)
            && isDateSeparator(finer.utf8[finer.utf8.index(finer.utf8.startIndex, offsetBy: coarser.utf8.count)])
    }

    /// "-" or "T", by comparisons (an array literal here would be allocated on every call).
    private func isDateSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "T")
    }

    enum DateRelation { case past, current, future, unknown }

    /// The relations of the last few date values of a document: a document repeats its dates, and a
    /// short array searched from the newest entry costs less than a `[String: DateRelation]`, whose
    /// first insert allocates and whose every access hashes the value. (A value that has dropped out is
    /// worked out again, to the same result.)
    struct DateRelationCache {
        private var values: [String] = []
        private var relations: [DateRelation] = []
        private var next = 0
        static let capacity = 16

        func relation(of value: String) -> DateRelation? {
            var i = values.count - 1
            while i >= 0 {
                if values[i] == value { return relations[i] }
                i -= 1
            }
            return nil
        }

        /// Forgets every value, keeping the storage (for the next document, with its own publication date).
        mutating func removeAll() {
            values.removeAll(keepingCapacity: true)
            relations.removeAll(keepingCapacity: true)
            next = 0
        }

        mutating func remember(_ value: String, _ relation: DateRelation) {
            if values.count < DateRelationCache.capacity {
                values.append(value)
                relations.append(relation)
            } else {
                values[next] = value
                relations[next] = relation
                next = (next + 1) % DateRelationCache.capacity
            }
        }
    }

    /// Whether a date lies wholly before, around, or wholly after the publication day.
    /// `value` is a date expression's TIMEX3 value.
    func relationToPublished(_ value: String) -> DateRelation {
        guard let published else { return .unknown }
        guard let span = ClaimFinder.calendarSpan(of: value) else { return .unknown }
        if span.last < published { return .past }
        if span.first > published { return .future }
        return .current
    }

    /// The days a TIMEX3 value covers, read from its bytes: its day when it starts with a real
    /// `YYYY-MM-DD` (a time after it changes nothing), else its month (`YYYY-MM`), else its year
    /// (`2021-W50`, `2021-Q4` and `2021-SU` count as their year). The same days `EventDate` gives for
    /// the value or, failing that, for its first 10, 7 or 4 characters, without making those strings.
    static func calendarSpan(of value: String) -> (first: CalendarDay, last: CalendarDay)? {
        var value = value
        return value.withUTF8 { b -> (first: CalendarDay, last: CalendarDay)? in
            func number(_ range: Range<Int>) -> Int? {
                var result = 0
                for i in range {
                    let digit = Int(b[i]) &- 48
                    guard digit >= 0, digit <= 9 else { return nil }
                    result = result * 10 + digit
                }
                return result
            }
            guard b.count >= 4, let year = number(0..<4) else { return nil }
            let month = b.count >= 7 && b[4] == UInt8(ascii: "-") ? number(5..<7) : nil
            if b.count >= 10, let month, b[7] == UInt8(ascii: "-"), let dayNumber = number(8..<10),
               let day = CalendarDay(year: year, month: month, day: dayNumber) {
                return (day, day)
            }
            if let month, (1...12).contains(month) {
                return (CalendarDay(year: year, month: month, day: 1)!,
                        CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year))!)
            }
            return (CalendarDay(year: year, month: 1, day: 1)!, CalendarDay(year: year, month: 12, day: 31)!)
        }
    }

    private func anchorEnd(_ anchor: (event: Int?, date: DateAnchor?), _ events: [EventAnchor]) -> Int {
        max(anchor.event.map { events[$0].token } ?? 0, anchor.date?.last ?? 0)
    }

    /// Where a reported clause starts after the claim's event and date: in "Apple announced on Friday
    /// that it will …", the "will" speaks of another event than the announcement on Friday.
    private func reportedClauseStart(_ tokens: TokenList, after index: Int, in region: Range<Int>) -> Int {
        var i = index + 1
        while i < region.upperBound {
            let hash = tokens[i].hash
            if hash == common.that { return i }
            // "after the printer said it could not deliver": a clause with a subject of its own. "after
            // being delayed twice", "after twice delaying it" still speak of the claim's event.
            if common.subordinators.contains(hash), i + 1 < tokens.count, tokens[i + 1].kind == .word,
               tokens[i + 1].hash != common.being, !isRegularPast(tokens, i + 1), !tokens[i + 1].roles.contains(.pastVerb),
               !common.adverbs.contains(tokens[i + 1].hash), !isGerund(tokens[i + 1]) { return i }
            i += 1
        }
        return region.upperBound
    }

    // MARK: - Regions

    /// Splits the sentence among its claims: each claim reads the cues and names of its own clause.
    /// A claim's region ends at the first clause break (comma, "that", "but" …) after its event and date.
    private func regions(for anchors: [(event: Int?, date: DateAnchor?)], events: [EventAnchor], tokens: TokenList,
                         into result: inout [Range<Int>]) {
        guard anchors.count > 1 else { result.append(0..<tokens.count); return }
        let spans: [ClosedRange<Int>] = anchors.map { anchor in
            // The event's token and the date's tokens; every anchor has at least one of them.
            var low = Int.max, high = Int.min
            if let event = anchor.event { low = events[event].token; high = low }
            if let date = anchor.date { low = min(low, date.first); high = max(high, date.last) }
            return low...high
        }
        let order = spans.indices.sorted { spans[$0].lowerBound < spans[$1].lowerBound }
        result.append(contentsOf: repeatElement(0..<tokens.count, count: anchors.count))
        var start = 0
        for (position, claim) in order.enumerated() {
            var end = tokens.count
            if position + 1 < order.count {
                let next = spans[order[position + 1]].lowerBound
                let after = spans[claim].upperBound + 1
                end = max(after, (after + next + 1) / 2)
                if after < next, let breakIndex = (after..<next).first(where: { isClauseBreak(tokens[$0]) }) { end = breakIndex }
                end = min(max(end, start + 1), tokens.count)
            }
            result[claim] = start..<end
            start = end
        }
    }

    private func isClauseBreak(_ token: Token) -> Bool {
        if token.kind == .punctuation {
            return token.mark == UInt8(ascii: ",") || token.mark == UInt8(ascii: ";") || token.mark == UInt8(ascii: ":")
        }
        return token.roles.contains(.clauseBreak)
    }

    // MARK: - Status

    /// The status the region asserts, and the words that say so: from the cues that start in `region`
    /// before `clauseEnd`. Loops rather than `filter`/`max(by:)` chains, which would build three arrays per claim;
    /// the choices are the same (the first of equals wins, as with `max(by:)` and `min(by:)`).
    private func status(cues: [CueMatch], within region: Range<Int>, before clauseEnd: Int, event: EventAnchor?,
                        relation: DateRelation, tokens: TokenList,
                        texts: inout ShortTextCache) -> (StatusID, String) {
        let eventToken = event?.token ?? region.lowerBound
        var strong: CueMatch?, strongDistance = 0
        var weak: CueMatch?, weakDistance = 0
        var occurred: CueMatch?
        // "voted to push back the general election", "called off the strike": a cue whose object is the
        // event governs it wherever the sentence's regions were split, and outweighs the other cues.
        let governing = event.flatMap { event in cues.first { governs($0, event.token, tokens) } }
        strong = governing
        for cue in cues where region.contains(cue.tokens.lowerBound) && cue.tokens.lowerBound < clauseEnd {
            if cue.precedence == CueMatcher.occurrencePrecedence && relation == .future { continue }  // "happened" about a future date
            guard cue.speaks(ofKind: event?.kind ?? -1) else { continue }  // another kind's verb
            if event != nil, hasObjectOfItsOwn(cue, before: eventToken, tokens) { continue }
            if cue.isWeak, let event, governsLaterVerb(cue, after: event, tokens) { continue }
            if cue.precedence == CueMatcher.occurrencePrecedence, cue.reading == .asWritten, !cue.isWeak, occurred == nil {
                occurred = cue
            }
            let distance = abs(cue.tokens.lowerBound - eventToken)
            if !cue.isWeak {
                if governing == nil, strong == nil || cue.precedence > strong!.precedence || cue.precedence == strong!.precedence && distance < strongDistance {
                    strong = cue
                    strongDistance = distance
                }
            } else if weak == nil || distance < weakDistance {
                weak = cue
                weakDistance = distance
            }
        }
        if var best = strong {
            // "The summit, postponed twice, was held on Monday": on a day that has come, a report that the
            // event took place outweighs the plans and delays it went through.
            if let occurred, relation == .past || relation == .current,
               best.precedence == CueMatcher.postponedPrecedence || best.precedence == CueMatcher.confirmationPrecedence
                || best.precedence == CueMatcher.planPrecedence {
                best = occurred
            } else if best.precedence == CueMatcher.confirmationPrecedence, best.reading == .asWritten, relation == .past,
                      hasPastTense(tokens, region: best.tokens), !hasFutureTense(tokens, region: region) {
                // "voters approved the plan in Sunday's referendum": confirmed in the past tense, of a day
                // that has gone, the event took place.
                return (lexicon.occurrenceStatus, text(tokens, best.tokens, cache: &texts))
            }
            return (best.status(in: lexicon), text(tokens, best.tokens, cache: &texts))
        }
        if let weak {
            if relation == .past && weak.precedence == CueMatcher.planPrecedence && hasPastTense(tokens, region: region)
                && !hasFutureTense(tokens, region: region) {
                return (lexicon.occurrenceStatus, text(tokens, weak.tokens, cache: &texts))
            }
            return (weak.status(in: lexicon), text(tokens, weak.tokens, cache: &texts))
        }
        // No cue: the tense and the date tell.
        let future = hasFutureTense(tokens, region: region), past = hasPastTense(tokens, region: region)
        let status: StatusID
        let plan = lexicon.planStatus, occurrence = lexicon.occurrenceStatus
        switch relation {
        case .future: status = plan
        case .past: status = future && !past ? plan : occurrence
        case .current: status = future ? plan : past ? occurrence : plan
        case .unknown: status = past && !future ? occurrence : plan
        }
        let cue = event.map { text(tokens, $0.token..<($0.token + 1), cache: &texts) } ?? ""
        return (status, cue)
    }

    /// Whether `cue` takes the event at `eventToken` as its object: "postponed the vote", "push back the
    /// general election", "cancelled its annual festival". Only articles, possessives and plain words in
    /// lower case may stand between them; an event's own verb and an occurrence report no other event.
    private func governs(_ cue: CueMatch, _ eventToken: Int, _ tokens: TokenList) -> Bool {
        guard !cue.isWeak, !cue.isEventVerb, cue.precedence != CueMatcher.occurrencePrecedence,
              cue.precedence != CueMatcher.planPrecedence,
              eventToken >= cue.tokens.upperBound, eventToken - cue.tokens.upperBound <= 3 else { return false }
        var i = cue.tokens.upperBound
        while i < eventToken {
            let token = tokens[i]
            guard token.kind == .word, !token.roles.contains(.clauseBreak), token.eventKind < 0,
                  !token.marks.contains(.date), !token.roles.contains(.pastVerb) else { return false }
            if i == cue.tokens.upperBound, !(token.roles.contains(.determiner) || token.hash == common.the
                || token.hash == common.a || token.hash == common.an || common.objectOpeners.contains(token.hash)) { return false }
            i += 1
        }
        return true
    }

    /// "Teachers returned to work on Wednesday and will help with the clean-up": a modal after a verb in
    /// the past and a coordinating "and"/"but" opens a second predicate of the same subject, and
    /// says nothing of how the first one's event stands.
    private func governsLaterVerb(_ cue: CueMatch, after event: EventAnchor, _ tokens: TokenList) -> Bool {
        let verb = tokens[event.token]
        guard cue.tokens.lowerBound > event.token, verb.kind == .word, !verb.isCapitalized,
              verb.roles.contains(.pastVerb) || isRegularPast(tokens, event.token) else { return false }
        for i in (event.token + 1)..<cue.tokens.lowerBound
        where tokens[i].hash == common.and || tokens[i].hash == common.but { return true }
        return false
    }

    /// "rejected the employers' challenge to the wording, clearing the way for the vote": a cue whose
    /// own object, a noun that names no event, ends before a comma speaks of that object, not of an event
    /// named after the comma.
    private func hasObjectOfItsOwn(_ cue: CueMatch, before eventToken: Int, _ tokens: TokenList) -> Bool {
        guard !cue.isWeak, !cue.isEventVerb, cue.precedence != CueMatcher.occurrencePrecedence,
              cue.tokens.upperBound < eventToken else { return false }
        let first = tokens[cue.tokens.upperBound]
        guard first.kind == .word, first.roles.contains(.determiner) || first.hash == common.the
                || first.hash == common.a || first.hash == common.an || common.objectOpeners.contains(first.hash) else { return false }
        // Past a preposition, an event word is not the object's head: "the challenge to the referendum".
        var inModifier = false
        var i = cue.tokens.upperBound + 1
        while i < eventToken {
            let token = tokens[i]
            if !inModifier, token.eventKind >= 0 || token.roles.contains(.anaphor) || token.marks.contains(.date) { return false }
            if token.kind == .word, token.roles.contains(.functionWord), !token.roles.contains(.determiner) { inModifier = true }
            if token.kind == .punctuation, token.mark == UInt8(ascii: ",") || token.mark == UInt8(ascii: ";") { return true }
            i += 1
        }
        return false
    }

    private func hasFutureTense(_ tokens: TokenList, region: Range<Int>) -> Bool {
        // A word of a time expression ("the next 75 minutes", "next week") is no tense.
        for i in region where tokens[i].kind == .word {
            if tokens[i].roles.contains(.futureModal), !tokens[i].marks.contains(.date) { return true }
            if tokens[i].hash == common.to, i + 1 < tokens.count, tokens[i + 1].hash == common.be { return true }
        }
        return false
    }

    private func hasPastTense(_ tokens: TokenList, region: Range<Int>) -> Bool {
        for i in region where tokens[i].kind == .word {
            if tokens[i].roles.contains(.pastVerb) { return true }
            if !tokens[i].isCapitalized, isRegularPast(tokens, i) { return true }
        }
        return false
    }

    // MARK: - Details

    /// "a meeting of the Russia–NATO Council".
    private func isCouncilMeeting(_ tokens: TokenList, after index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].hash == common.of else { return false }
        for i in (index + 2)..<min(tokens.count, index + 8) where tokens[i].hash == common.council && tokens[i].isCapitalized {
            return true
        }
        return false
    }

    /// "talks on security guarantees", "talks between Serbia and Moldova on trade": what the event is
    /// about, up to three plain words.
    private func topic(_ tokens: TokenList, after event: Int, texts: inout ShortTextCache) -> String? {
        // Step over the participants: "between Moscow and the U.S.", "with Putin".
        var index = event
        if index + 1 < tokens.count, common.participantPrepositions.contains(tokens[index + 1].hash) {
            index += 1
            while index + 1 < tokens.count, index < event + 8,
                  tokens[index + 1].isCapitalized || tokens[index + 1].hash == common.the
                    || tokens[index + 1].hash == common.and {
                index += 1
            }
        }
        guard index + 2 < tokens.count, tokens[index + 1].hash != common.of,
              tokens[index + 1].roles.contains(.topicPreposition), tokens[index + 2].marks.isDisjoint(with: .notName) else { return nil }
        var end = index + 2
        while end < tokens.count, end < index + 5, tokens[end].kind == .word, !tokens[end].isCapitalized, tokens[end].marks.isDisjoint(with: .notName) {
            let roles = tokens[end].roles
            if roles.contains(.functionWord) || roles.contains(.clauseBreak) || roles.contains(.topicPreposition)
                || roles.contains(.calendarName) || tokens[end].eventKind >= 0 { break }
            end += 1
        }
        guard end > index + 2 else { return nil }
        return text(tokens, (index + 1)..<end, cache: &texts)
    }

    /// "on that date", "the same day".
    private func mentionsEarlierDate(_ tokens: TokenList) -> Bool {
        for i in tokens.indices.dropFirst() where tokens[i].roles.contains(.dateAnaphor) {
            let previous = tokens[i - 1]
            if previous.hash != common.the, previous.roles.contains(.determiner) { return true }
        }
        return false
    }

    /// "the presidents", "both sides", "the two leaders".
    private func refersToGroup(_ tokens: TokenList, region: Range<Int>) -> Bool {
        for i in region where i > 0 && tokens[i].roles.contains(.groupNoun) {
            if tokens[i - 1].roles.contains(.determiner) { return true }
        }
        return false
    }

    /// The attribution of the claim's region, or else the sentence's first.
    private func speaker(_ attributions: [Attribution], region: Range<Int>) -> Attribution? {
        attributions.first { $0.tokens.overlaps(region) } ?? attributions.first
    }

    /// The speaker's words, through `cache`: a document names its few speakers again and again.
    private func speakerName(_ chosen: Attribution, cache: inout ShortTextCache) -> String {
        cache.text(bytes, chosen.speakerStart..<chosen.speakerEnd, making: ClaimFinder.speakerName(of:))
    }

    /// The speaker's words, "The" lowercased at the front ("the White House"): read from the bytes, so
    /// the name is made once rather than made, searched and made again.
    static func speakerName(of name: TextBytes) -> String {
        let startsWithThe = name.count >= 4 && name[0] == UInt8(ascii: "T") && name[1] == UInt8(ascii: "h")
            && name[2] == UInt8(ascii: "e") && name[3] == UInt8(ascii: " ")
        guard startsWithThe else { return String(decoding: name, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: name.count) { buffer in
            _ = buffer.initialize(fromContentsOf: name)
            buffer[0] = UInt8(ascii: "t")
            return name.count
        }
    }

    /// The start of the region in the sentence's own words, for claims whose event has no name: the
    /// bytes of `text(tokens, range)` for the range chosen.
    private func fallbackBytes(_ tokens: TokenList, region: Range<Int>) -> Range<Int> {
        var start = region.lowerBound
        // A dateline ("VALMONT (example-wire) –") says where the report was filed: no part of a statement.
        if start == 0 { start = ParticipantFinder(lexicon: lexicon, bytes: bytes, words: .shared).datelineEnd(tokens) }
        while start < region.upperBound, tokens[start].kind == .punctuation || !tokens[start].marks.isDisjoint(with: .notName) { start += 1 }
        guard start < region.upperBound else { return byteRange(tokens, region) }
        var end = start
        var words = 0
        while end < region.upperBound, words < 14 {
            if tokens[end].kind == .punctuation, tokens[end].mark == UInt8(ascii: ",") || tokens[end].mark == UInt8(ascii: ";"),
               words >= 4 { break }
            // The claim holds the date: a statement that wrote it would go stale when the event moves.
            if words >= 3, tokens[end].marks.contains(.date) { break }
            if tokens[end].kind != .punctuation { words += 1 }
            end += 1
        }
        // "… will take effect on" → "… will take effect".
        while end > start + 1, tokens[end - 1].kind == .punctuation || tokens[end - 1].marks.contains(.date)
            || end - start > 3 && tokens[end - 1].roles.contains(.functionWord) { end -= 1 }
        return byteRange(tokens, start..<end)
    }

    /// The bytes `text(tokens, range)` reads (an empty range for an empty token range).
    private func byteRange(_ tokens: TokenList, _ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        return tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end
    }

    /// `text(tokens, range)`, through `cache`.
    private func text(_ tokens: TokenList, _ range: Range<Int>, cache: inout ShortTextCache) -> String {
        guard !range.isEmpty else { return "" }
        return cache.text(bytes, tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    func text(_ tokens: TokenList, _ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return bytes.string(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }
}
