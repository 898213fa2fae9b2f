import ClaimCore
import ClaimRules

/// One step of a claim's status over time, dated by the publication of the evidence behind it
/// (not by when the tool recorded it: a 2022 story ingested in 2026 still happened in 2022).
public struct StatusPoint: Hashable, Sendable {
    public var day: CalendarDay
    public var from: StatusID?
    public var status: StatusID
    public var because: String
    /// The rule that made the step, or nil when a person did.
    public var rule: String?
    /// Index into the snapshot's evidence, when a piece of evidence caused the step.
    public var evidence: Int?
    /// The event date from this step on: a postponement moves it.
    public var eventDate: EventDate?
}

/// A claim as it stood at the end of one day: only the evidence published by then, the status the
/// rules (and people) had given it by then, and the flags that day.
public struct ClaimSnapshot: Sendable {
    /// The claim with its evidence cut at the day; status, event date and history as they stood.
    public var claim: Claim
    /// The status over time up to the day, oldest first; the last point is the status on the day.
    public var timeline: [StatusPoint]
    public var flags: [ClaimFlag]
}

/// Rebuilds claims as they stood on a past day by replaying their evidence through the rules.
///
/// The snapshot for a day depends only on evidence published up to that day and on status changes
/// people made citing such evidence, so it does not change when later evidence arrives.
public struct SnapshotMaker: Sendable {
    public let evaluator: StatusEvaluator
    public let graceDays: Int

    public init(evaluator: StatusEvaluator, graceDays: Int) {
        self.evaluator = evaluator
        self.graceDays = graceDays
    }

    /// Nil when nothing about the claim had been published by `day` (and, for a claim without
    /// evidence, when it had not yet been recorded).
    public func snapshot(of claim: Claim, asOf day: CalendarDay) -> ClaimSnapshot? {
        let included = claim.evidence(publishedOnOrBefore: day)
        if included.isEmpty && (!claim.evidence.isEmpty || claim.created.day > day) { return nil }
        var position: [Int: Int] = [:]
        for (newIndex, item) in included.enumerated() { position[item.index] = newIndex }

        let evaluation = evaluator.evaluate(claim, asOf: day)
        let timeline = timeline(of: claim, asOf: day, evaluation: evaluation, position: position, included: included)
        let last = timeline.last!

        var event = claim.event
        event.date = Self.currentDate(last.eventDate, refinedBy: claim.event.date)
        let history = claim.history.enumerated().filter { offset, change in
            offset == 0 || effectiveDay(of: change, in: claim) <= day
        }.map { _, change in
            var kept = change
            kept.evidence = change.evidence.flatMap { position[$0] }
            return kept
        }
        let updated = ([claim.created] + included.map(\.evidence.recordedAt) + history.map(\.at)).max()!
        let snapshot = Claim(
            id: claim.id, statement: claim.statement, event: event, status: last.status, tags: claim.tags,
            created: claim.created, updated: updated, evidence: included.map(\.evidence), history: history)
        let flags = snapshot.flags(asOf: day, graceDays: graceDays, vocabulary: evaluator.vocabulary)
        return ClaimSnapshot(claim: snapshot, timeline: timeline, flags: flags)
    }

    /// Rule steps and people's changes merged in publication order. Once a person has set the
    /// status, later rule steps do not move it, as in `claims ingest`.
    private func timeline(
        of claim: Claim, asOf day: CalendarDay, evaluation: StatusEvaluation, position: [Int: Int],
        included: [(index: Int, evidence: Evidence)]
    ) -> [StatusPoint] {
        enum Step { case rule(RuleStep), manual(StatusChange) }
        var steps: [(day: CalendarDay, order: Int, step: Step)] = evaluation.steps.enumerated().map { order, step in
            (publishedDay(claim.evidence[step.evidenceIndex]), order, .rule(step))
        }
        for (order, change) in claim.history.enumerated() where change.isManual && change.from != nil {
            let effective = effectiveDay(of: change, in: claim)
            // A person's change comes before the rule steps of the same day: the person read that
            // day's sources, and the history the ledger keeps says it was their change.
            if effective <= day { steps.append((effective, order - claim.history.count, .manual(change))) }
        }
        steps.sort { $0.day != $1.day ? $0.day < $1.day : $0.order < $1.order }

        let first = claim.history.first
        let earliest = included.map { publishedDay($0.evidence) }.min() ?? claim.created.day
        var status = first?.to ?? included.min { publishedDay($0.evidence) < publishedDay($1.evidence) }?.evidence.asserts
            ?? evaluator.vocabulary.startingStatus
        var date = claim.originalDate
        var points = [StatusPoint(
            day: earliest, from: nil, status: status, because: first?.because ?? "first reported", rule: first?.rule,
            evidence: first?.evidence.flatMap { position[$0] }, eventDate: date)]
        var setByPerson = false
        for (stepDay, _, step) in steps {
            switch step {
            case .rule(let rule):
                guard !setByPerson else { continue }
                if let newDate = rule.newDate { date = newDate }
                guard rule.to != status || rule.newDate != nil else { continue }
                points.append(StatusPoint(
                    day: stepDay, from: status, status: rule.to, because: "[\(rule.rule)] \(rule.reason)", rule: rule.rule,
                    evidence: position[rule.evidenceIndex], eventDate: date))
                status = rule.to
            case .manual(let change):
                setByPerson = true
                // A person confirming what the rules already said is not a change of status.
                guard change.to != status else { continue }
                points.append(StatusPoint(
                    day: stepDay, from: status, status: change.to, because: change.because, rule: nil,
                    evidence: change.evidence.flatMap { position[$0] }, eventDate: date))
                status = change.to
            }
        }
        return points
    }

    /// The date the replay arrived at, unless the ledger knows the same event more precisely
    /// ("January" refined to "January 10" by a later report of the same event).
    private static func currentDate(_ replayed: EventDate?, refinedBy known: EventDate?) -> EventDate? {
        guard let replayed else { return known }
        if let known, replayed.contains(known) { return known }
        return replayed
    }

    private func publishedDay(_ evidence: Evidence) -> CalendarDay {
        evidence.source.published?.firstDay ?? evidence.recordedAt.day
    }

    /// A status change counts from the publication of the evidence it cites, else from when it was made.
    private func effectiveDay(of change: StatusChange, in claim: Claim) -> CalendarDay {
        if let index = change.evidence, claim.evidence.indices.contains(index) {
            return publishedDay(claim.evidence[index])
        }
        return change.at.day
    }
}
