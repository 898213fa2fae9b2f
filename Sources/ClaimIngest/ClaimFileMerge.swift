import ClaimCore
import ClaimRules

/// Merges two versions of one claim that grew apart from a common ancestor, as git's merge driver
/// for claim files (`claims merge-file`): two people ingested different articles into clones of one
/// ledger, and both appended to this claim.
///
/// The evidence trail is append-only, so both versions start with the evidence they share; what each
/// added after it is united (an item both added, the same article read twice, counts once) and laid
/// after the shared part in publication order, as a single writer reading the articles in that order
/// would have. The status and date are then replayed from the shared state: each new piece of
/// evidence goes through the rules, and a status set by hand on one side is applied at its time. Two
/// different statuses set by hand, one on each side, are a real conflict: nobody can choose for the
/// people who set them.
public enum ClaimFileMerge {
    public enum Outcome: Sendable {
        /// The merged claim, and notes on choices made (a statement both sides reworded).
        case merged(Claim, notes: [String])
        case conflict(String)
    }

    public static func merge(base: Claim?, ours: Claim, theirs: Claim, evaluator: StatusEvaluator) -> Outcome {
        if ours == theirs { return .merged(ours, notes: []) }
        guard ours.id == theirs.id else {
            return .conflict("the two versions are different claims ('\(ours.id)' and '\(theirs.id)')")
        }
        let sharedEvidence = commonPrefixLength(ours.evidence, theirs.evidence)
        let sharedHistory = commonPrefixLength(ours.history, theirs.history)
        let oursManual = ours.history[sharedHistory...].filter(\.isManual)
        let theirsManual = theirs.history[sharedHistory...].filter(\.isManual)
        if let mine = oursManual.last, let other = theirsManual.last, mine.to != other.to {
            return .conflict("both sides set the status by hand: ours '\(mine.to)' (\(mine.by ?? "unknown"), \(mine.at)), "
                + "theirs '\(other.to)' (\(other.by ?? "unknown"), \(other.at)); keep one with 'claims update'")
        }

        var notes: [String] = []
        var merged = startingPoint(ours, sharedEvidence: sharedEvidence, sharedHistory: sharedHistory)
        mergeFields(base: base, ours: ours, theirs: theirs, into: &merged, notes: &notes)

        // What each side did after the shared part, in the order a single writer would have met it.
        var steps: [Step] = []
        let known = Set(ours.evidence[..<sharedEvidence].map(EvidenceIdentity.init))
        var seen = known
        for (side, claim) in [(Side.ours, ours), (Side.theirs, theirs)] {
            for index in claim.evidence.indices where index >= sharedEvidence {
                let evidence = claim.evidence[index]
                guard seen.insert(EvidenceIdentity(evidence)).inserted else { continue }
                steps.append(Step(time: evidence.source.published?.firstDay ?? evidence.recordedAt.day, recorded: evidence.recordedAt,
                                  side: side, kind: .evidence(evidence, originalIndex: index)))
            }
        }
        for (side, manual) in oursManual.map({ (Side.ours, $0) }) + theirsManual.map({ (Side.theirs, $0) }) {
            if side == .theirs, oursManual.contains(manual) { continue }  // the same change on both sides
            steps.append(Step(time: manual.at.day, recorded: manual.at, side: side, kind: .manual(manual)))
        }
        // Evidence before the status change that cites it, when both carry the same time.
        steps.sort { ($0.time, $0.recorded, $0.kind.order, $0.side.rawValue) < ($1.time, $1.recorded, $1.kind.order, $1.side.rawValue) }

        var newIndex: [Side: [Int: Int]] = [.ours: [:], .theirs: [:]]
        for index in 0..<sharedEvidence {
            newIndex[.ours]![index] = index
            newIndex[.theirs]![index] = index
        }
        for step in steps {
            switch step.kind {
            case .evidence(let evidence, let originalIndex):
                let index = merged.record(evidence)
                newIndex[step.side]![originalIndex] = index
                _ = merged.applyRules(evaluator, at: evidence.recordedAt)
            case .manual(let change):
                let evidenceIndex = change.evidence.flatMap { newIndex[step.side]![$0] }
                merged.changeStatus(to: change.to, at: change.at, because: change.because, rule: nil, evidence: evidenceIndex, by: change.by)
            }
        }
        merged.updated = max(merged.updated, ours.updated, theirs.updated)
        return .merged(merged, notes: notes)
    }

    // MARK: Steps

    private enum Side: Int, Hashable { case ours = 0, theirs = 1 }

    private struct Step {
        enum Kind {
            case evidence(Evidence, originalIndex: Int)
            case manual(StatusChange)

            var order: Int {
                switch self {
                case .evidence: 0
                case .manual: 1
                }
            }
        }
        var time: CalendarDay
        var recorded: Timestamp
        var side: Side
        var kind: Kind
    }

    /// The same report read on both sides: who, where, when, what was said and what it asserts, not
    /// who recorded it or when.
    private struct EvidenceIdentity: Hashable {
        var source: Source
        var saidBy: String?
        var quote: String?
        var asserts: StatusID?
        var eventDate: EventDate?
        var document: String?

        init(_ evidence: Evidence) {
            source = evidence.source
            saidBy = evidence.saidBy
            quote = evidence.quote
            asserts = evidence.asserts
            eventDate = evidence.eventDate
            document = evidence.document
        }
    }

    /// The claim as both sides had it: the shared evidence and history, the status and date then.
    private static func startingPoint(_ ours: Claim, sharedEvidence: Int, sharedHistory: Int) -> Claim {
        let history = Array(ours.history[..<sharedHistory])
        // A later reschedule on our side remembers the date the shared state had.
        let dateThen = ours.history[sharedHistory...].first { $0.previousDate != nil }?.previousDate ?? ours.event.date
        var event = ours.event
        event.date = dateThen
        let updated = max(history.last?.at ?? ours.created, ours.evidence[..<sharedEvidence].map(\.recordedAt).max() ?? ours.created)
        return Claim(id: ours.id, statement: ours.statement, event: event, status: history.last?.to ?? ours.status,
                     tags: ours.tags, created: ours.created, updated: updated,
                     evidence: Array(ours.evidence[..<sharedEvidence]), history: history)
    }

    /// Statement, kind, place, participants and tags, each merged against the ancestor: a change on
    /// one side wins; lists changed on both are united; a text changed on both takes the later side's.
    private static func mergeFields(base: Claim?, ours: Claim, theirs: Claim, into merged: inout Claim, notes: inout [String]) {
        let base = base ?? ours
        func pick<T: Equatable>(_ name: String, _ field: (Claim) -> T) -> T {
            let (b, o, t) = (field(base), field(ours), field(theirs))
            if o == t || t == b { return o }
            if o == b { return t }
            notes.append("\(name) changed on both sides; kept the later one (\(ours.updated >= theirs.updated ? "ours" : "theirs"))")
            return ours.updated >= theirs.updated ? o : t
        }
        func unite(_ field: (Claim) -> [String]) -> [String] {
            let (b, o, t) = (field(base), field(ours), field(theirs))
            if o == t || t == b { return o }
            if o == b { return t }
            return o + t.filter { !o.contains($0) }
        }
        merged.statement = pick("the statement") { $0.statement }
        merged.event.kind = pick("the kind") { $0.event.kind }
        merged.event.place = pick("the place") { $0.event.place }
        merged.event.participants = unite { $0.event.participants }
        merged.tags = unite { $0.tags }
        merged.created = min(ours.created, theirs.created)
    }

    private static func commonPrefixLength<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
        var count = 0
        while count < a.count, count < b.count, a[count] == b[count] { count += 1 }
        return count
    }
}
