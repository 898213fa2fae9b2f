import ClaimCore
import ClaimLedger
import ClaimRules
import ClaimText

/// The state of one ingest run: the claims as they stand now, and which of them changed.
///
/// `ingest` and `import` merge through it: each finding becomes evidence for the claim it speaks of,
/// or a new claim, and the status rules replay the claim's evidence. Nothing is written until
/// `saveChanges(holding:)`.
public struct IngestSession {
    /// Where new claims get their ids and where changes are saved.
    let store: any ClaimStorage
    let vocabulary: StatusVocabulary
    /// `ingest.record_past_events`: whether reports of past events with no open claim become claims.
    let recordPastEvents: Bool
    var matcher: ClaimMatcher
    let evaluator: StatusEvaluator
    let time: Timestamp
    /// Claims changed since the last save, by id, in their newest state.
    private var pending: [ClaimID: Claim] = [:]
    /// Ids given to new claims in this run, so two new claims never get the same one.
    private var reservedIDs: Set<ClaimID> = []
    /// The claims holding evidence from each document read before, by the document's digest.
    private var claimsByDocument: [String: Set<ClaimID>] = [:]
    /// The claims holding evidence from each url read before.
    private var claimsByURL: [String: Set<ClaimID>] = [:]
    /// The claims the document being merged has spoken of so far.
    private var documentClaims: Set<ClaimID> = []

    public init(store: any ClaimStorage, vocabulary: StatusVocabulary, recordPastEvents: Bool, matcher: ClaimMatcher,
                evaluator: StatusEvaluator, time: Timestamp) {
        self.store = store
        self.vocabulary = vocabulary
        self.recordPastEvents = recordPastEvents
        self.matcher = matcher
        self.evaluator = evaluator
        self.time = time
        for claim in matcher.claims { indexSources(of: claim) }
    }

    private mutating func indexSources(of claim: Claim) {
        for evidence in claim.evidence {
            if let document = evidence.document { claimsByDocument[document, default: []].insert(claim.id) }
            if let url = evidence.source.url { claimsByURL[url, default: []].insert(claim.id) }
        }
    }

    /// Merges every finding of one document.
    ///
    /// A document read before, known by the digest of its text, changes nothing: its findings
    /// landed where they landed the first time (or were skipped), and matching them again against
    /// claims whose dates have since moved would open duplicates. A document whose url was read
    /// before with other text (an updated article) adds only what it did not say before.
    public mutating func merge(_ extracted: ExtractedDocument) -> [IngestChange] {
        let digest = DocumentDigest.of(extracted.document.text)
        if let known = claimsByDocument[digest] {
            return extracted.analysis.claims.map { finding in
                let holder = known.sorted().first { id in
                    (pending[id] ?? matcher.claim(withID: id))?.evidence.contains {
                        $0.document == digest && $0.quote == finding.quote
                    } == true
                }
                if let holder { return .duplicateSkipped(holder) }
                return .findingSkipped(statement: finding.statement, source: extracted.sourceName,
                                       reason: "the document was read before (\(digest))")
            }
        }
        var changes: [IngestChange] = []
        documentClaims = []
        defer { documentClaims = [] }
        let findings = IngestSession.datedFirst(
            IngestSession.withoutReportDates(extracted.analysis.claims, published: extracted.document.published)
                .map { combinedMoves($0, in: extracted) })
        // Where each sentence's findings landed, with their kinds and dates.
        var landedBySentence: [Range<Int>: [(kind: String?, date: EventDate?, claim: ClaimID)]] = [:]
        for finding in findings {
            // One sentence speaks once of an event: a second finding of it whose kind does not
            // contradict the first's ("set for June 10, now postponed to June 17") is the same event;
            // one of another kind ("will strike on May 14, and the ferry will be launched on May 20") is not.
            let date = finding.eventDate.flatMap(EventDate.init)
            if let earlier = landedBySentence[finding.sentence]?.first(where: {
                ClaimMatcher.mayBeOneEvent($0.kind, $0.date, finding.kind, date)
            }) {
                changes.append(.duplicateSkipped(earlier.claim))
                continue
            }
            let merged = merge(finding, from: extracted, digest: digest)
            for change in merged {
                let landed: ClaimID?
                switch change {
                case .newClaim(let claim, _, _): landed = claim.id
                case .evidenceAdded(let id, _, _, _), .duplicateSkipped(let id): landed = id
                default: landed = nil
                }
                if let landed {
                    documentClaims.insert(landed)
                    landedBySentence[finding.sentence, default: []].append((finding.kind, date, landed))
                }
            }
            changes += merged
        }
        return changes
    }

    /// The findings with a date, then those without, each in the article's order: a mention with no
    /// date ("the delays", "the merger") speaks of an event the article or the ledger already knows,
    /// so it is matched once the article's dated findings have landed.
    static func datedFirst(_ findings: [FoundClaim]) -> [FoundClaim] {
        let isDated = { (finding: FoundClaim) in finding.eventDate.flatMap(EventDate.init) != nil }
        return findings.filter(isDated) + findings.filter { !isDated($0) }
    }

    /// One sentence that names the event's date and the day it was reported ("said on Monday that
    /// the vote will be held on June 3") speaks of one event: a finding dated the publication day is
    /// dropped when a finding from the same sentence, of the same kind (or with none), names another date.
    static func withoutReportDates(_ findings: [FoundClaim], published: CalendarDay?) -> [FoundClaim] {
        guard let published, findings.count > 1 else { return findings }
        func isReportDay(_ finding: FoundClaim) -> Bool {
            finding.eventDate.flatMap(EventDate.init)?.calendarDay == published
        }
        return findings.filter { finding in
            guard isReportDay(finding) else { return true }
            let otherDate = findings.contains { other in
                // Another day or month: a year in the same sentence ("higher than in 2018") is a
                // comparison, not the event's date.
                other.sentence == finding.sentence && !isReportDay(other)
                    && (other.eventDate.flatMap(EventDate.init).map { $0.precision >= .month } ?? false)
                    && (finding.kind == nil || other.kind == nil || finding.kind == other.kind)
            }
            return !otherDate
        }
    }

    /// A postponement whose sentence also names a day after the report for the same event
    /// ("postponed in September, will now take place on April 16") moved to that day: the
    /// postponement carries it as its new date. The finding that names the day alone is then the
    /// same event (see `merge`).
    func combinedMoves(_ finding: FoundClaim, in extracted: ExtractedDocument) -> FoundClaim {
        guard vocabulary.role(of: finding.status) == .postponement,
              let published = extracted.document.published else { return finding }
        let laterDays = extracted.analysis.claims.compactMap { other -> EventDate? in
            guard other.sentence == finding.sentence, ClaimMatcher.kindsAgree(other.kind, finding.kind),
                  let date = other.eventDate.flatMap(EventDate.init), date.firstDay > published else { return nil }
            return date
        }
        // A move to a year or month that its sentence names to the day ("will now take place from
        // April 16 to 18 next year"): the first such day after the report is the new date.
        if let coarse = finding.eventDate.flatMap(EventDate.init), coarse.precision < .day, coarse.lastDay > published {
            let days = extracted.analysis.dates.compactMap { date -> EventDate? in
                guard finding.sentence.contains(date.start), let day = EventDate(date.value), day.precision >= .day,
                      coarse.contains(day), day.firstDay > published else { return nil }
                return day
            }
            if let first = days.min(by: { $0.firstDay < $1.firstDay }) {
                var moved = finding
                moved.eventDate = first.description
                return moved
            }
        }
        // Only a postponement with no date of its own, or with the day it was decided ("postponed in
        // September"): a later day in its sentence may be the old date of an event brought forward.
        guard let newDate = laterDays.max(by: { $0.firstDay < $1.firstDay }),
              finding.eventDate.flatMap(EventDate.init).map({ $0.lastDay <= published }) ?? true
        else { return finding }
        var moved = finding
        moved.eventDate = newDate.description
        return moved
    }

    /// Merges one finding: evidence for the claim it matches, or a new claim; then the rules.
    mutating func merge(_ finding: FoundClaim, from extracted: ExtractedDocument, digest: String? = nil) -> [IngestChange] {
        let document = extracted.document
        let evidence = Evidence(
            source: Source(name: extracted.sourceName, url: document.url, published: document.published.map { EventDate($0) }),
            saidBy: finding.saidBy, quote: finding.quote, asserts: finding.status, cue: finding.cue,
            recordedBy: extracted.extractor, recordedAt: time, eventDate: finding.eventDate.flatMap(EventDate.init),
            document: digest ?? DocumentDigest.of(document.text))
        // The same statement from the same url, recorded from an earlier version of the article (a
        // sentence of this version may yield several findings, each of which is news).
        if let url = document.url {
            for id in (claimsByURL[url] ?? []).sorted() {
                if let claim = pending[id] ?? matcher.claim(withID: id),
                   claim.evidence.contains(where: { $0.isSameReport(as: evidence) && $0.document != evidence.document }) {
                    return [.duplicateSkipped(id)]
                }
            }
        }
        var description = EventDescription(
            statement: finding.statement, date: evidence.eventDate, kind: finding.kind,
            participants: finding.participants, place: finding.place, status: finding.status, published: document.published,
            quote: finding.quote)
        description.reportsRecentPast = finding.reportsRecentPast
        description.sentenceDates = extracted.analysis.dates.compactMap { date in
            finding.sentence.contains(date.start) ? EventDate(date.value) : nil
        }
        return merge(description, evidence: evidence, published: document.published, weakMatchesAreMentions: true)
    }

    /// Merges an event described by any source (an article's finding, an imported ClaimReview):
    /// evidence for the claim with id `identifier` when the ledger has it, else for the claim the
    /// matcher finds, else a new claim (with id `newID` when given); then the rules.
    ///
    /// `published` is when the source made its statement, to tell claims about past events.
    /// `weakMatchesAreMentions`: an article's finding that matches only by the words of the reports
    /// (`MatchScore.isMention`) is recorded asserting no status; a source that rates the claim it
    /// speaks of (a fact-check) asserts its rating whatever the match rests on.
    public mutating func merge(
        _ description: EventDescription, evidence: Evidence, published: CalendarDay?,
        identifier: ClaimID? = nil, newID: ClaimID? = nil, weakMatchesAreMentions: Bool = false
    ) -> [IngestChange] {
        if let identifier, let known = pending[identifier] ?? matcher.claim(withID: identifier) {
            let score = MatchScore(total: 1, reasons: ["same identifier '\(identifier)'"])
            return attach(evidence, to: known, score: score, finding: description)
        }
        let best = matcher.best(for: description, sameDocument: documentClaims)
        if let match = best, match.isMatch {
            let isMention = weakMatchesAreMentions && match.score.isMention
            return attach(isMention ? IngestSession.mention(of: evidence) : evidence, to: match.claim,
                          score: match.score, finding: description)
        }
        if let (moved, oldDate) = movedFromKnownDate(description) {
            let score = MatchScore(total: matcher.threshold, reasons: ["moved from its date \(oldDate)", "same kind '\(moved.event.kind ?? "")'"])
            return attach(evidence, to: pending[moved.id] ?? moved, score: score, finding: description)
        }
        if let reason = reasonNotToRecord(description, published: published) {
            return [.findingSkipped(statement: description.statement, source: evidence.source.name, reason: reason)]
        }
        return [create(description, evidence: evidence, id: newID, nearest: best.map { ($0.claim.id, $0.score) })]
    }

    /// Evidence from a report matched by what it names rather than by what the finder read (with no
    /// date of the event, "the delays"; see `MatchScore.isMention`): recorded as a mention of the
    /// event, asserting no status, so that it never moves the claim's status.
    static func mention(of evidence: Evidence) -> Evidence {
        var mention = evidence
        mention.asserts = nil
        mention.cue = nil
        return mention
    }

    /// "The harbour survey, first planned for May, should now begin in July": a
    /// move whose sentence names, beside its new date, the very date of one open claim of the same
    /// kind of event, is that event moving, even in other words than the claim's. Actors that
    /// contradict (both sides name some, none shared) rule a claim out, and so do two claims that fit.
    private func movedFromKnownDate(_ finding: EventDescription) -> (Claim, EventDate)? {
        guard vocabulary.role(of: finding.status) == .postponement, let kind = finding.kind, let newDate = finding.date
        else { return nil }
        let oldDates = finding.sentenceDates.filter {
            $0 != newDate && !$0.overlaps(newDate) && ($0.calendarDay == nil || $0.calendarDay != finding.published)
        }
        guard !oldDates.isEmpty else { return nil }
        let named = finding.participants.map { $0.lowercased() }
        var fits: [(Claim, EventDate)] = []
        for position in matcher.candidates(for: finding).sorted() {
            let claim = matcher.claims[position]
            guard vocabulary.isOpen(claim.status), !documentClaims.contains(claim.id), let known = claim.event.date,
                  oldDates.contains(known), let other = claim.event.kind,
                  ClaimMatcher.family(of: other) == ClaimMatcher.family(of: kind) else { continue }
            let actors = claim.event.participants.map { $0.lowercased() }
            if !named.isEmpty, !actors.isEmpty, !named.contains(where: { name in actors.contains { ClaimMatcher.sameActor(name, $0) } }) {
                continue
            }
            fits.append((claim, known))
        }
        return fits.count == 1 ? fits[0] : nil
    }

    private func reasonNotToRecord(_ finding: EventDescription, published: CalendarDay?) -> String? {
        // "have defeated Boeing for the contract": an event of the last days, whose date a later report may tell.
        if finding.date == nil, recordPastEvents, finding.reportsRecentPast, finding.kind != nil { return nil }
        guard let date = finding.date else { return "no event date" }
        guard !recordPastEvents else { return nil }
        let status = finding.status ?? vocabulary.startingStatus
        if !vocabulary.isOpen(status) {
            return "a past or closed event ('\(vocabulary.label(of: status))') with no open claim; "
                + "set 'ingest.record_past_events: true' to record such events"
        }
        if let published, date.lastDay < published {
            return "the event date \(date) was already past when the source was published; "
                + "set 'ingest.record_past_events: true' to record such events"
        }
        return nil
    }

    private mutating func create(
        _ finding: EventDescription, evidence: Evidence, id preferred: ClaimID? = nil, nearest: (id: ClaimID, score: MatchScore)?
    ) -> IngestChange {
        let base = preferred ?? ClaimID.slug(from: ([finding.kind ?? "event"] + finding.participants).joined(separator: " "), date: finding.date)
        var id = store.unusedID(startingWith: base)
        var counter = 2
        while reservedIDs.contains(id) || pending[id] != nil {
            id = store.unusedID(startingWith: ClaimID("\(base.rawValue)-\(counter)") ?? base)
            counter += 1
        }
        reservedIDs.insert(id)
        let status = finding.status ?? vocabulary.startingStatus
        var claim = Claim(
            id: id, statement: finding.statement,
            event: Event(date: finding.date, kind: finding.kind, participants: finding.participants, place: finding.place),
            status: status, created: time)
        let index = claim.record(evidence)
        claim.changeStatus(to: status, at: time, because: "first reported by \(evidence.voice)", rule: "first_report", evidence: index)
        remember(claim)
        return .newClaim(claim, source: evidence.source.name, nearest: nearest)
    }

    private mutating func attach(_ evidence: Evidence, to matched: Claim, score: MatchScore, finding: EventDescription) -> [IngestChange] {
        var claim = pending[matched.id] ?? matched
        if claim.evidence.contains(where: { $0.isSameReport(as: evidence) }) {
            return [.duplicateSkipped(claim.id)]
        }
        // A clock set back since the claim last changed must not date this evidence before what it
        // follows: evidence with no publication date is ordered by when it was recorded.
        var evidence = evidence
        evidence.recordedAt = max(evidence.recordedAt, claim.updated)
        let index = claim.record(evidence)
        // A more precise date for the same event ("January" → "January 10") refines the claim;
        // a weaker match (a day in the same month, nothing else in common) never moves a date.
        if score.refinesDate, let date = finding.date, let known = claim.event.date, known.contains(date), date != known,
           vocabulary.role(of: finding.status) != .postponement {
            claim.event.date = date
        } else if let date = finding.date, let known = claim.event.date, known.contains(date), date != known,
                  date.precision == .day, vocabulary.role(of: finding.status) == .occurrence,
                  finding.published.map({ date.lastDay <= $0 }) ?? false {
            // "The panel voted on Wednesday" of an event expected "in March": a report that it took
            // place on a day within the claim's date, a day that has come, tells the day.
            claim.event.date = date
        }
        // A postponement whose sentence names the old date more precisely than the claim knew it
        // ("pushed back to October 11 from September 27" for an event due "in September") was due
        // on that day: the move is recorded from it. Only one such day, within the known date, and
        // only for a move to a day still ahead of the report.
        if vocabulary.role(of: finding.status) == .postponement, let known = claim.event.date, let newDate = finding.date,
           finding.published.map({ newDate.lastDay > $0 }) ?? true {
            // The day of the report ("the company said on Friday") is not the old date.
            let oldDays = Set(finding.sentenceDates.filter {
                $0 != newDate && $0 != known && known.contains($0) && !$0.overlaps(newDate)
                    && ($0.calendarDay == nil || $0.calendarDay != finding.published)
            })
            if oldDays.count == 1, let oldDay = oldDays.first { claim.event.date = oldDay }
        }
        // An event first reported with no date ("have defeated Boeing") takes the date of the first
        // report that names one and matches on more than words.
        if claim.event.date == nil, let date = finding.date, !score.isMention { claim.event.date = date }
        // A place first named by a later report ("in Geneva") completes the event.
        if claim.event.place == nil, let place = finding.place { claim.event.place = place }
        addActors(of: finding, to: &claim)
        var changes: [IngestChange] = [.evidenceAdded(claim.id, evidence: evidence, index: index, match: score)]
        changes += applyRules(to: &claim)
        remember(claim)
        return changes
    }

    /// The article that first named the event names its actors as it goes on ("Lusitra's largest
    /// rail union will strike on February 18 … The National Union of Rail Workers (NURW) …"): a later
    /// sentence of the same article, of the same day and a kind that agrees, adds the actors it
    /// names, so that later articles naming any of them find the event. Reports from other articles
    /// never change who takes part.
    private func addActors(of finding: EventDescription, to claim: inout Claim) {
        guard documentClaims.contains(claim.id), ClaimMatcher.kindsAgree(finding.kind, claim.event.kind),
              let date = finding.date, date == claim.event.date else { return }
        for name in finding.participants where claim.event.participants.count < 6
            && !claim.event.participants.contains(where: { ClaimMatcher.sameActor($0.lowercased(), name.lowercased()) }) {
            claim.event.participants.append(name)
        }
    }

    /// Lets the rules move the status, unless a person set it by hand.
    private func applyRules(to claim: inout Claim) -> [IngestChange] {
        switch claim.applyRules(evaluator, at: time) {
        case .unchanged: return []
        case .moved(let change): return [.statusChanged(claim.id, change)]
        case .manualKept(let manual, let rulesSay, let rule): return [.manualStatusKept(claim.id, manual: manual, rulesSay: rulesSay, rule: rule)]
        }
    }

    private mutating func remember(_ claim: Claim) {
        pending[claim.id] = claim
        matcher.insert(claim)
        indexSources(of: claim)
    }

    /// All in one change (`ClaimStore.saveAll`): a document's findings reach the ledger together.
    public mutating func saveChanges(holding lock: any LedgerWriteLock) throws(LedgerError) {
        let changes = pending.keys.sorted().map { id in (claim: pending[id]!, isNew: reservedIDs.contains(id) && !store.exists(id)) }
        try store.saveAll(changes, holding: lock)
        pending.removeAll()
    }
}

extension ExtractedDocument {
    /// The name evidence from this document is recorded under: its publication, else its title or file.
    var sourceName: String { document.source ?? document.title ?? document.file }
}

extension Evidence {
    /// The same statement from the same source: ingesting a document twice adds nothing.
    func isSameReport(as other: Evidence) -> Bool {
        source.name == other.source.name && source.url == other.source.url && source.published == other.source.published
            && saidBy == other.saidBy && quote == other.quote
    }
}
