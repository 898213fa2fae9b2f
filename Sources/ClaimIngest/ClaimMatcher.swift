import ClaimCore

/// What a finding says about an event, reduced to what matching compares.
public struct EventDescription: Sendable {
    public var statement: String
    public var date: EventDate?
    public var kind: String?
    public var participants: [String]
    public var place: String?
    /// The status the source asserts; a postponement may carry a new date.
    public var status: StatusID?
    /// When the source was published, if known.
    public var published: CalendarDay?
    /// The sentence the finding was read from, whose words count beside the statement's.
    public var quote: String?
    /// Other dates its sentence names ("pushed back to October 11 from September 27"): a
    /// postponement's old date may be named more precisely than the claim knew it.
    public var sentenceDates: [EventDate] = []
    /// For a claim: the dates its event was moved from, and the day it was first reported.
    public var previousDates: [EventDate] = []
    public var firstReported: CalendarDay?
    /// For a claim: whether it is still open (a closed event does not move).
    public var isOpen = true
    /// A report in the present perfect, with no date, of an event that has just taken place
    /// (`FoundClaim.reportsRecentPast`): with `ingest.record_past_events` it opens an undated claim.
    public var reportsRecentPast = false

    public init(statement: String, date: EventDate?, kind: String?, participants: [String], place: String?, status: StatusID?,
                published: CalendarDay? = nil, quote: String? = nil) {
        self.statement = statement
        self.date = date
        self.kind = kind
        self.participants = participants
        self.place = place
        self.status = status
        self.published = published
        self.quote = quote
    }

    public init(_ claim: Claim, isOpen: Bool = true) {
        self.init(statement: claim.statement, date: claim.event.date, kind: claim.event.kind,
                  participants: claim.event.participants, place: claim.event.place, status: claim.status)
        previousDates = claim.history.compactMap(\.previousDate)
        firstReported = claim.evidence.compactMap { $0.source.published?.firstDay }.min()
        self.isOpen = isOpen
    }
}

/// How well a finding fits a claim, with the reasons, for `--dry-run` to explain.
public struct MatchScore: Sendable, CustomStringConvertible {
    public var total: Double
    public var reasons: [String]
    /// The finding names a more precise date for the claim's event ("January" → "January 10") and
    /// is the same kind of event with the same actors or words: only such a match may refine the date.
    public var refinesDate = false
    /// Identity rests on the words of the reports, not on what the finder read: a finding with no
    /// date, a kind only the other report names, or actors none in common. Such a finding is
    /// recorded as a mention of the event: it asserts no status, so it never moves one.
    public var isMention = false

    public init(total: Double, reasons: [String], refinesDate: Bool = false, isMention: Bool = false) {
        self.total = total
        self.reasons = reasons
        self.refinesDate = refinesDate
        self.isMention = isMention
    }

    public var description: String {
        "score \(String(format: "%.2f", total)): " + reasons.joined(separator: ", ")
    }
}

/// Finds the claim a finding speaks of, looking candidates up by month and by participant,
/// never by comparing a finding with every claim.
///
/// The score weighs the event date (a day matches the month that contains it; a postponement may
/// name a new date), participants, kind of event, place and the words of the statement.
public struct ClaimMatcher: Sendable {
    public let threshold: Double
    /// Tells which findings report a postponement (role `postponement`).
    public let vocabulary: StatusVocabulary
    private(set) var claims: [Claim] = []
    /// Where candidates are looked up (its own file: how they are found is apart from how they score).
    private var candidateIndex = CandidateIndex()
    private var positionByID: [ClaimID: Int] = [:]
    /// Each claim as matching compares it, made once: making it for every candidate of every finding
    /// (copying the claim, its previous dates and first report) showed on large ledgers.
    private var descriptions: [EventDescription] = []
    /// Each claim's statement words, computed once: re-splitting every candidate's statement for
    /// every finding dominated ingest time.
    private var wordsByPosition: [Set<String>] = []
    /// Each claim's words with those of the sentences reported about it.
    private var reportedWordsByPosition: [Set<String>] = []
    /// Each claim's names (see `nameWords`), in its statement and the sentences reported about it.
    private var namesByPosition: [Set<String>] = []
    /// How many claims use each word, to tell the words that mark one event.
    private var wordUse = WordUse()

    public init(claims: [Claim], threshold: Double, vocabulary: StatusVocabulary) {
        self.threshold = threshold
        self.vocabulary = vocabulary
        for claim in claims { insert(claim) }
    }

    public var count: Int { claims.count }

    /// The claim with `id` as the matcher knows it now, for sources that name the claim they speak of.
    func claim(withID id: ClaimID) -> Claim? { positionByID[id].map { claims[$0] } }

    /// Adds a claim, or replaces the one with the same id (its date or participants may have changed).
    public mutating func insert(_ claim: Claim) {
        if let existing = positionByID[claim.id] {
            // Old index entries stay: candidates are a set, and every candidate is re-scored as it is now.
            let moved = claims[existing].event.date != claim.event.date || claims[existing].event.participants != claim.event.participants
            if claims[existing].statement != claim.statement || claims[existing].evidence.count != claim.evidence.count {
                wordsByPosition[existing] = ClaimMatcher.contentWords(claim.statement)
                let reported = ClaimMatcher.words(of: claim)
                wordUse.update(from: reportedWordsByPosition[existing], to: reported)
                reportedWordsByPosition[existing] = reported
                namesByPosition[existing] = ClaimMatcher.names(of: claim)
            }
            claims[existing] = claim
            descriptions[existing] = EventDescription(claim, isOpen: vocabulary.isOpen(claim.status))
            if moved { candidateIndex.add(claim, at: existing) }
            return
        }
        claims.append(claim)
        descriptions.append(EventDescription(claim, isOpen: vocabulary.isOpen(claim.status)))
        wordsByPosition.append(ClaimMatcher.contentWords(claim.statement))
        reportedWordsByPosition.append(ClaimMatcher.words(of: claim))
        wordUse.add(reportedWordsByPosition[reportedWordsByPosition.count - 1])
        namesByPosition.append(ClaimMatcher.names(of: claim))
        positionByID[claim.id] = claims.count - 1
        candidateIndex.add(claim, at: claims.count - 1)
    }

    /// Positions of claims worth scoring: same month (or year), or a shared participant (`CandidateIndex`).
    func candidates(for finding: EventDescription) -> Set<Int> {
        candidateIndex.candidates(for: finding, isPostponement: vocabulary.role(of: finding.status) == .postponement)
    }

    /// The best-scoring claim and its score, when one reaches the threshold; otherwise the runner-up for explanation.
    ///
    /// `sameDocument` names the claims the finding's own document has already spoken of: one
    /// article speaks of one event on one day, whatever words its headline and body use.
    public func best(for finding: EventDescription, sameDocument: Set<ClaimID> = []) -> (claim: Claim, score: MatchScore, isMatch: Bool)? {
        best(for: finding, sameDocument: sameDocument, scoringEveryCandidate: false)
    }

    /// `scoringEveryCandidate` skips `CandidateIndex.mayScore`, for tests that check it changes nothing.
    func best(for finding: EventDescription, sameDocument: Set<ClaimID>, scoringEveryCandidate: Bool) -> (claim: Claim, score: MatchScore, isMatch: Bool)? {
        // A match on the event's own kind, date and actors outranks one that rests on words alone
        // (a mention): "talks that began on Monday" belongs to the talks, not to the strike whose
        // story names them, however many rare words the strike's reports share.
        var best: (position: Int, total: Double, full: Bool)?
        let findingWords = ClaimMatcher.contentWords(finding.statement + " " + (finding.quote ?? ""))
        let commonNames = self.commonNames(among: finding.participants)
        let distinctiveWords = wordUse.distinctive(among: findingWords)
        let findingNames = wordUse.specificNames(
            among: ClaimMatcher.nameWords(finding.statement).union(ClaimMatcher.nameWords(finding.quote ?? ""))
        ).subtracting(commonNames)
        let isPostponement = vocabulary.role(of: finding.status) == .postponement
        let candidates = candidates(for: finding)
        for position in candidates {
            let isSameDocument = !sameDocument.isEmpty && sameDocument.contains(claims[position].id)
            guard scoringEveryCandidate || CandidateIndex.mayScore(
                finding, against: descriptions[position], isPostponement: isPostponement, sameDocument: isSameDocument,
                kindNamed: {
                    guard let a = finding.kind, let b = descriptions[position].kind else { return false }
                    return ClaimMatcher.kindNamed(finding: a, findingWords: findingWords, claim: b,
                                                  claimWords: wordsByPosition[position], reportedWords: reportedWordsByPosition[position])
                }) else { continue }
            let scored = ClaimMatcher.score(finding, words: findingWords, against: descriptions[position],
                                            words: wordsByPosition[position], reportedWords: reportedWordsByPosition[position],
                                            commonNames: commonNames, distinctiveWords: distinctiveWords,
                                            names: findingNames, claimNames: namesByPosition[position], isPostponement: isPostponement,
                                            sameDocument: isSameDocument, explain: false)
            let total = scored.total, full = total >= threshold && !scored.isMention
            let better: Bool
            if let best {
                better = full != best.full ? full
                    : total > best.total || (total == best.total && claims[position].id < claims[best.position].id)
            } else {
                better = true
            }
            if better { best = (position, total, full) }
        }
        // When nothing scores, the answer is the candidate with the lowest id, as when every candidate
        // was scored (a skipped one scores 0): skipping changes neither the match nor the nearest claim shown.
        if (best?.total ?? 0) <= 0, let lowest = candidates.min(by: { claims[$0].id < claims[$1].id }) { best = (lowest, 0, false) }
        guard let best else { return nil }
        // Reasons are worded for the winner only: formatting them for every candidate cost more than scoring.
        let score = ClaimMatcher.score(finding, words: findingWords, against: descriptions[best.position],
                                       words: wordsByPosition[best.position], reportedWords: reportedWordsByPosition[best.position],
                                       commonNames: commonNames, distinctiveWords: distinctiveWords,
                                       names: findingNames, claimNames: namesByPosition[best.position], isPostponement: isPostponement,
                                       sameDocument: sameDocument.contains(claims[best.position].id), explain: true)
        return (claims[best.position], score, score.total >= threshold)
    }

    /// The finding's participants that many claims of the ledger share ("Apple" in a ledger about
    /// Apple): sharing one of them says little about being the same event. Five claims, and one in
    /// ten, make a name common.
    func commonNames(among participants: [String]) -> Set<String> {
        var common = Set<String>()
        for participant in participants {
            let name = participant.lowercased()
            guard let positions = candidateIndex.positions(naming: name), positions.count >= 5 else { continue }
            let claimsNamingIt = Set(positions).count
            if claimsNamingIt >= 5 && claimsNamingIt * 10 >= claims.count { common.insert(name) }
        }
        return common
    }

    // MARK: Scoring

    /// `isPostponement`: the finding reports a postponement, so another date may still be the same event.
    static func score(_ finding: EventDescription, against claim: EventDescription, isPostponement: Bool) -> MatchScore {
        score(finding, words: contentWords(finding.statement), against: claim, words: contentWords(claim.statement),
              commonNames: [], isPostponement: isPostponement, explain: true)
    }

    /// How two dates relate, as evidence that they name one event.
    enum DateRelation {
        /// The same day (times of day may differ).
        case sameDay
        /// The same month, or a day within the month the other names: compatible, not yet the same.
        case within
        /// Only a year (or a season or quarter) in common: says almost nothing.
        case sameYear
        /// Different days, or disjoint spans.
        case different
        /// One side (or both) has no date.
        case unknown

        init(_ found: EventDate?, _ known: EventDate?) {
            guard let found, let known else { self = .unknown; return }
            if found.calendarDay != nil && found.calendarDay == known.calendarDay {
                self = .sameDay
            } else if found.overlaps(known) {
                self = min(found.precision, known.precision) == .year ? .sameYear : .within
            } else {
                self = .different
            }
        }
    }

    /// Scores the evidence that a finding and a claim speak of one event.
    ///
    /// Only positive evidence of identity counts: a day in common, the same kind of event, shared
    /// actors, the same place, shared words. What is unknown counts nothing, so a report with no
    /// date, no kind and a single common name cannot reach the threshold. Contradictions veto: two
    /// different days (unless the finding reports the event moved), two different kinds, actors with
    /// none in common. The total is the points divided by six: half of it (three points) is a match,
    /// e.g. the same day and the same kind, or a day within the same month, the same kind and an actor.
    ///
    /// The finder's actors and kinds are guesses, so the reports' own words count too (in a ledger
    /// large enough to tell what is common, see `WordUse`): `distinctiveWords`, the finding's words
    /// that few claims use, shared with the claim mark its event; `names` (the finding's, none
    /// common) and `claimNames` shared stand in for actors; a kind one report names in words does not
    /// contradict the other's; models named on both sides with none in common veto. A match that
    /// rests on such words is a mention (`MatchScore.isMention`).
    static func score(_ finding: EventDescription, words findingWords: Set<String>, against claim: EventDescription,
                      words claimWords: Set<String>, reportedWords: Set<String> = [], commonNames: Set<String>,
                      distinctiveWords: Set<String> = [], names findingNames: Set<String> = [], claimNames: Set<String> = [],
                      isPostponement: Bool, sameDocument: Bool = false, explain: Bool) -> MatchScore {
        // Optional chaining skips building each reason's text when no explanation is wanted.
        var reasons: [String]? = explain ? [] : nil
        var points = 0.0
        var vetoed = false

        var dateRelation = DateRelation(finding.date, claim.date)
        // A day the event was moved from ("the vote, first set for October 10") still names it.
        let formerDate = dateRelation == .different && finding.date.map { found in
            claim.previousDates.contains { $0.calendarDay != nil && $0.calendarDay == found.calendarDay }
        } == true
        if formerDate { dateRelation = .sameDay }
        // An event first reported as just past, with no date ("has made its maiden flight", published
        // on day P): a later report dating it within the month up to P names a compatible date.
        let justBeforeReport = dateRelation == .unknown && claim.date == nil && finding.date.map { found in
            claim.firstReported.map { found.firstDay <= $0 && found.lastDay.dayNumber + 31 >= $0.dayNumber } ?? false
        } == true
        if justBeforeReport { dateRelation = .within }
        switch dateRelation {
        case .sameDay:
            points += 2; reasons?.append(formerDate ? "a date it was moved from" : "same date \(claim.date!)")
        case .within:
            points += 1
            reasons?.append(justBeforeReport ? "date \(finding.date!) just before the first report"
                : "date \(finding.date!) within \(claim.date!)")
        case .sameYear:
            points += 0.25; reasons?.append("only the year in common (\(finding.date!) vs \(claim.date!))")
        case .different:
            reasons?.append("other date (\(finding.date!) vs \(claim.date!))")
            // Two different dates name two events, unless the finding reports that this one moved
            // (with a word of delay, or by naming its new date: see below).
            if !isPostponement && !isLaterReport(finding, of: claim, sameDocument: sameDocument) { vetoed = true }
        case .unknown:
            reasons?.append("one side has no date")
        }

        // Words beyond the actors, the kind, the numbers and the names of days and months: a
        // statement made up from those ("Boeing start in 2006") would otherwise count them twice.
        let named = contentWords((finding.participants + claim.participants + [finding.kind, claim.kind].compactMap { $0 })
            .joined(separator: " "))
        // The claim's statement, or the sentences reported about it, whichever the finding shares more with.
        let ownWords = findingWords.subtracting(named).subtracting(dateWords).filter(isWordy)
        let claimOwnWords = claimWords.subtracting(named).subtracting(dateWords).filter(isWordy)
        let reportedOwnWords = reportedWords.subtracting(named).subtracting(dateWords).filter(isWordy)
        let words = max(overlap(ownWords, claimOwnWords), overlap(ownWords, reportedOwnWords))
        let sharedWordCount = max(ownWords.intersection(claimOwnWords).count, ownWords.intersection(reportedOwnWords).count)
        let marking = markingWords(ownWords, claimOwnWords.union(reportedOwnWords), distinctiveWords: distinctiveWords)
        // Names both reports mention, not only those the finder took for actors ("deliveries to
        // Singapore Airlines"; "the iTunes store"): `findingNames` holds none that many claims use.
        let sharedNames = findingNames.intersection(claimNames)

        let found = Set(finding.participants.map { $0.lowercased() })
        let known = Set(claim.participants.map { $0.lowercased() })
        var shared = Set(found.filter { name in known.contains { sameActor(name, $0) } })
        // A country is a place in one report and an actor in the other ("the election in Sarvania",
        // "Sarvania holds an election"): the same name either way.
        if let place = finding.place?.lowercased(), known.contains(where: { sameActor(place, $0) }) { shared.insert(place) }
        if let place = claim.place?.lowercased(), found.contains(where: { sameActor(place, $0) }) {
            shared.formUnion(found.filter { sameActor(place, $0) })
        }
        if !shared.isEmpty || (!found.isEmpty && !known.isEmpty) {
            if shared.isEmpty && sameDocument && dateRelation == .sameDay {
                // A headline and the body that repeats it name the event's actors differently
                // ("Lumen to host Unfold event"; "Lumen Devices will host a special event"); only
                // their kinds may tell them apart.
                reasons?.append("other names in the same article")
            } else if shared.isEmpty && !sharedNames.isEmpty {
                // The finder's actors are a guess; the names in both reports are not.
                points += 1
                reasons?.append("other actors, but names in both reports: \(sharedNames.sorted().joined(separator: ", "))")
            } else if shared.isEmpty && marking.count >= 2 {
                // The finder's actors are a guess; words that only this event's reports use are not.
                reasons?.append("other names, but words of this event")
            } else if shared.isEmpty {
                points -= 2
                reasons?.append("no shared participant")
            } else {
                let weight = shared.reduce(0.0) { $0 + (commonNames.contains($1) ? 0.5 : 1) }
                points += min(2, weight)
                reasons?.append("participants \(shared.sorted().joined(separator: ", "))")
            }
        }

        var sameKind = false
        // Kinds the finder gave differently, where one report names the other's kind: no
        // contradiction, but not enough to move a date either.
        var kindNamedOnly = false
        if let a = finding.kind, let b = claim.kind {
            if a == b { points += 1.5; sameKind = true; reasons?.append("same kind '\(a)'") }
            else if family(of: a) == family(of: b) { points += 1; sameKind = true; reasons?.append("similar kind '\(a)' ~ '\(b)'") }
            else if isPhase(a) || isPhase(b) { reasons?.append("'\(isPhase(a) ? a : b)' may be a phase of '\(isPhase(a) ? b : a)'") }
            else if kindNamed(finding: a, findingWords: findingWords, claim: b, claimWords: claimWords, reportedWords: reportedWords) {
                points += 1; kindNamedOnly = true; reasons?.append("kind '\(a)' ~ '\(b)' named in the other report")
            }
            else { vetoed = true; reasons?.append("other kind '\(a)' vs '\(b)'") }
        }

        if let a = finding.place?.lowercased(), let b = claim.place?.lowercased() {
            points += a == b ? 0.5 : -0.5
            reasons?.append(a == b ? "same place" : "other place")
        }

        points += 1.5 * words
        reasons?.append("words \(String(format: "%.2f", words))")
        // One rare word in common is chance ("largest"); two are the event's own words.
        if marking.count >= 2 {
            points += min(1.5, 0.75 * Double(marking.count))
            reasons?.append("words of this event: \(marking.sorted().joined(separator: ", "))")
        }

        // A report that the event moved names another date: only the same kind of event with the
        // same actors or wording is the event that moved.
        if isPostponement && dateRelation == .different {
            // Where the finder named no kind, a shared actor and shared words must both speak for it.
            let kindUnknown = finding.kind == nil || claim.kind == nil
            if (sameKind && (!shared.isEmpty || words >= 0.5)) || (kindUnknown && !shared.isEmpty && words >= 0.5) {
                points += 1
                reasons?.append("reported moved")
            } else {
                vetoed = true
                reasons?.append("a move of another event")
            }
        }
        // A later article naming another day for an open event ("the launch, now set for March 6";
        // "docked on Wednesday", three days late) moved it, when the event itself is the same: its
        // kind, an actor not in every claim, and its words or its place. Anything less is another
        // event on another day, and a weak match must never move a date.
        if !isPostponement && dateRelation == .different && isLaterReport(finding, of: claim, sameDocument: sameDocument) {
            let specific = shared.contains { !commonNames.contains($0) }
            let samePlace = finding.place != nil && finding.place?.lowercased() == claim.place?.lowercased()
            let kindUnknown = finding.kind == nil || claim.kind == nil
            // The nearer the new day, the less wording it takes: a move by days or weeks is what
            // reports of one event tell; a move by months needs the same words or place.
            let withinAMonth = finding.date.flatMap { found in claim.date.map { abs(found.firstDay.dayNumber - $0.firstDay.dayNumber) <= 31 } } ?? false
            let wordsNeeded = withinAMonth ? 0.25 : 0.5
            if specific && ((sameKind && (words >= wordsNeeded || samePlace)) || (kindUnknown && samePlace && words >= 0.4)) {
                points += 1
                reasons?.append("reported at another date")
            } else {
                vetoed = true
                reasons?.append("another event on another date")
            }
        }
        // Without a day or month in common, identity rests on the event itself: the same kind, an
        // actor that is not in every claim, and the same words ("production starts in 2006" is not
        // "the deal begun last year" because both involve Boeing).
        let specificActor = shared.contains { !commonNames.contains($0) }
        // Where the finder named no kind on either side, the same year, an actor that is not in
        // every claim and nearly the same wording ("has been fighting the illness since 2004" in
        // two profiles of one person) are the same event: at least three words beyond the actors,
        // and three quarters of the shorter report's.
        let sameWording = finding.kind == nil && claim.kind == nil && dateRelation == .sameYear
            && specificActor && words >= 0.75 && sharedWordCount >= 3
        if sameWording { points += 0.5; reasons?.append("nearly the same wording") }
        // Or words that only this event's reports use ("pancreatic cancer"), with its kind or an
        // actor that is not in every claim, and no kind that contradicts it.
        let kindsUnknown = finding.kind == nil || claim.kind == nil
        let markedEvent = marking.count >= 2 && (sameKind || ((kindNamedOnly || kindsUnknown) && specificActor))
        // Or the same kind, an actor not in every claim and another name both reports mention
        // ("launched the iTunes Music Store"; "the iTunes Music Store launch").
        let otherNames = sharedNames.subtracting(contentWords(shared.joined(separator: " "))).filter { $0.utf8.count >= 3 }
        let namedObject = sameKind && specificActor && !otherNames.isEmpty
        if namedObject { reasons?.append("another name in both: \(otherNames.sorted().joined(separator: ", "))") }
        // Models named on both sides, none in common ("A380" and "787"): two different things.
        if let models = differentModels(findingNames, claimNames) {
            vetoed = true
            reasons?.append("other models (\(models))")
        } else if sharedNames.isEmpty && !findingNames.isEmpty && !claimNames.isEmpty && findingNames.isDisjoint(with: claimNames) {
            points -= 1
            reasons?.append("no name in common")
        }
        if dateRelation == .sameYear || dateRelation == .unknown, !(sameKind && specificActor && words >= 0.4), !sameWording,
           !markedEvent, !namedObject {
            vetoed = true
            reasons?.append("too little in common without a shared day or month")
        }
        // A report with no date speaks of a current event, not of one long past.
        if finding.date == nil, let published = finding.published, let known = claim.date,
           known.lastDay.dayNumber + 31 < published.dayNumber {
            vetoed = true
            reasons?.append("a report with no date, published long after \(known)")
        }
        // The same article naming the same day again speaks of the same event (a headline and the
        // body that repeats it), unless kinds or actors contradict it.
        let sameArticleSameDay = sameDocument && dateRelation == .sameDay
        if sameArticleSameDay {
            points += 1
            reasons?.append("same article")
        }
        // One signal is not identity: a day, a kind, an actor, shared words and a place, at least two.
        let signals = [dateRelation == .sameDay || dateRelation == .within || dateRelation == .different,
                       sameKind || kindNamedOnly || sameWording, specificActor || !sharedNames.isEmpty, words >= 0.5 || marking.count >= 2, sameArticleSameDay,
                       finding.place != nil && finding.place?.lowercased() == claim.place?.lowercased()]
        if signals.filter({ $0 }).count < 2 {
            vetoed = true
            reasons?.append("a single sign of identity")
        }
        if vetoed { points = min(points, 0) }
        let refines = !vetoed && dateRelation == .within && sameKind && (!shared.isEmpty || words >= 0.5)
            && claim.date.map { known in finding.date.map { known.contains($0) } ?? false } == true
        let isMention = finding.date == nil || kindNamedOnly
            || (shared.isEmpty && !found.isEmpty && !known.isEmpty && !sameArticleSameDay)
        return MatchScore(total: min(1, max(0, points) / 6), reasons: reasons ?? [], refinesDate: refines, isMention: isMention)
    }

    /// The words a finding shares with a claim that few claims of the ledger use (`distinctiveWords`,
    /// see `WordUse`): they mark the event, where words every report uses do not.
    static func markingWords(_ findingWords: Set<String>, _ claimWords: Set<String>, distinctiveWords: Set<String>) -> Set<String> {
        distinctiveWords.intersection(findingWords).intersection(claimWords)
    }

    /// The models each side names ("A380", "K9": names with letters and digits), when both name
    /// some and none in common; nil otherwise.
    static func differentModels(_ findingNames: Set<String>, _ claimNames: Set<String>) -> String? {
        func isModel(_ name: String) -> Bool {
            name.utf8.contains { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } && isWordy(name)
        }
        let found = findingNames.filter(isModel), known = claimNames.filter(isModel)
        guard !found.isEmpty, !known.isEmpty, found.isDisjoint(with: known) else { return nil }
        return "\(found.sorted().joined(separator: ", ")) vs \(known.sorted().joined(separator: ", "))"
    }

    /// Whether one report names the kind the other was given ("deliveries to its launch customer"
    /// for a delivery): then two kinds are two guesses at one event, not two events.
    /// `claimWords` and `reportedWords` are the claim's statement words and those of the sentences
    /// reported about it, looked through in turn rather than united for every candidate.
    static func kindNamed(finding findingKind: String, findingWords: Set<String>, claim claimKind: String,
                          claimWords: Set<String>, reportedWords: Set<String> = []) -> Bool {
        names(kind: claimKind, in: findingWords) || names(kind: findingKind, in: claimWords)
            || names(kind: findingKind, in: reportedWords)
    }

    /// A report from another article, published after the open claim was first reported, of a day
    /// not before then: it may tell that the event moved. Not a closed event, and not the article
    /// that already named the event's day (two days in one article are two events), and not a
    /// sentence that names the event's day beside its own ("the court rules on April 24 whether the
    /// vote can go ahead on May 18"): that is another event set against this one.
    static func isLaterReport(_ finding: EventDescription, of claim: EventDescription, sameDocument: Bool) -> Bool {
        guard claim.isOpen, !sameDocument, let date = finding.date, let first = claim.firstReported,
              let published = finding.published, let known = claim.date, known.mayHaveMoved(to: date),
              !finding.sentenceDates.contains(where: { $0 == known || ($0.calendarDay != nil && $0.calendarDay == known.calendarDay) }) else { return false }
        return published > first && date.lastDay >= first
    }

    /// Two lowercased names of one actor: equal, or one the other with a short ending ("sarvania",
    /// "sarvanians"; "brevania", "brevanian"; "halden", "halden's"), for names of five letters or more.
    static func sameActor(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.utf8.count < b.utf8.count ? (a, b) : (b, a)
        return short.utf8.count >= 5 && long.utf8.count - short.utf8.count <= 3 && long.hasPrefix(short)
    }

    /// Kinds that speak of the same sort of event: "talks" and "meeting" may be one event.
    static func family(of kind: String) -> String {
        switch kind {
        case "talks", "meeting", "summit", "conference", "visit", "negotiations", "consultations": "meeting"
        case "vote", "election", "referendum": "vote"
        case "launch", "release", "announcement": "launch"
        case "hearing", "trial", "ruling": "hearing"
        default: kind
        }
    }

    /// Two kinds that may name one event: equal, of one family, a phase, or unknown.
    static func kindsAgree(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        return a == b || family(of: a) == family(of: b) || isPhase(a) || isPhase(b)
    }

    /// Whether two findings of one sentence may speak of one event: kinds that agree, except a phase
    /// and another kind on dates that do not overlap ("was started in 1976, and launched the store
    /// in 2003"), which are two events.
    static func mayBeOneEvent(_ kindA: String?, _ dateA: EventDate?, _ kindB: String?, _ dateB: EventDate?) -> Bool {
        guard kindsAgree(kindA, kindB) else { return false }
        guard let a = kindA, let b = kindB, a != b, family(of: a) != family(of: b),
              let dateA, let dateB else { return true }
        return dateA.overlaps(dateB)
    }

    /// Kinds that name a phase of an event rather than a sort of event: "the trial opens", "the
    /// strike starts". They do not contradict another kind.
    static func isPhase(_ kind: String) -> Bool { kind == "opening" || kind == "start" }

    static let stopWords: Set<String> = [
        "the", "a", "an", "of", "on", "in", "at", "to", "and", "for", "with", "by", "is", "are", "be", "will",
        "hold", "holds", "held", "meet", "meets", "between", "from", "its", "their", "this", "that",
        // Words of every report, which say nothing about which event it reports.
        "said", "says", "was", "were", "has", "have", "had", "would", "could", "after", "before", "but", "not",
        "it", "he", "she", "they", "we", "as", "also", "which", "who", "now", "than", "been", "or",
    ]

    /// The words a claim is known by: its statement's and those of the sentences reported about it
    /// (a statement made up from the kind and the actors says little on its own).
    static func words(of claim: Claim) -> Set<String> {
        var words = contentWords(claim.statement)
        for evidence in claim.evidence { if let quote = evidence.quote { words.formUnion(contentWords(quote)) } }
        return words
    }

    /// Lowercased words of two or more bytes, without stop words. Splits on ASCII bytes that are
    /// not letters or digits; non-ASCII bytes stay inside words, so other scripts keep their words.
    static func contentWords(_ text: String) -> Set<String> {
        var words = Set<String>()
        var current: [UInt8] = []
        func flush() {
            if current.count > 1 {
                let word = String(decoding: current, as: UTF8.self)
                if !stopWords.contains(word) { words.insert(word) }
            }
            current.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...: current.append(byte)
            default: flush()
            }
        }
        flush()
        return words
    }

    /// A word that is not a number or a date's digits.
    static func isWordy(_ word: String) -> Bool { word.utf8.contains { $0 > UInt8(ascii: "9") } }

    static func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(min(a.count, b.count))
    }
}
