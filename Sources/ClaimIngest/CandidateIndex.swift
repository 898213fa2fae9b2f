import ClaimCore

/// Where `ClaimMatcher` looks up the claims a finding may speak of, by the keys a finding names:
/// its month (or year), its participants and, for a report that an event moved, its kind of event.
///
/// Kept apart from the scoring so that how candidates are found can change (for speed, on ledgers of
/// 100,000 claims) without touching how they are weighed. Positions are the matcher's claim positions.
struct CandidateIndex: Sendable {
    private var byMonth: [Int: [Int]] = [:]
    private var byYear: [Int: [Int]] = [:]
    private var byParticipant: [String: [Int]] = [:]
    /// Claims by kind of event (its family), for a report that an event moved: its old date may lie
    /// in any month, and the finder may not have named the same actors.
    private var byKindFamily: [String: [Int]] = [:]

    /// Files `claim` under its keys. A claim whose keys changed is added again under the new ones:
    /// old entries stay, since candidates are a set and each is scored as the claim is now.
    mutating func add(_ claim: Claim, at position: Int) {
        if let date = claim.event.date {
            if let month = date.month { byMonth[date.year * 12 + month, default: []].append(position) }
            else { byYear[date.year, default: []].append(position) }
        }
        for participant in claim.event.participants {
            byParticipant[participant.lowercased(), default: []].append(position)
        }
        if let kind = claim.event.kind { byKindFamily[ClaimMatcher.family(of: kind), default: []].append(position) }
    }

    /// Positions of claims worth scoring: same month (or year), or a shared participant; for a
    /// postponement, the same kind of event too.
    func candidates(for finding: EventDescription, isPostponement: Bool) -> Set<Int> {
        var result = Set<Int>()
        if let date = finding.date {
            if let month = date.month {
                result.formUnion(byMonth[date.year * 12 + month] ?? [])
            } else {
                for month in 1...12 { result.formUnion(byMonth[date.year * 12 + month] ?? []) }
            }
            result.formUnion(byYear[date.year] ?? [])
        }
        for participant in finding.participants {
            result.formUnion(byParticipant[participant.lowercased()] ?? [])
        }
        if isPostponement, let kind = finding.kind {
            result.formUnion(byKindFamily[ClaimMatcher.family(of: kind)] ?? [])
        }
        return result
    }

    /// The positions filed under a lowercased participant (one per time the claim was filed).
    func positions(naming participant: String) -> [Int]? { byParticipant[participant] }

    /// False only for a candidate that `ClaimMatcher.score` vetoes to 0 whatever else it shares with
    /// the finding: two kinds of event that cannot be one event; or two different dates while the
    /// finding neither reports a move (a postponement, or a later report of an open claim of the same
    /// kind, with an actor or place in common: `ClaimMatcher.isLaterReport`) nor names a date
    /// the claim was moved from. On a large ledger nearly every candidate found by month or by
    /// participant is such a claim, and scoring them (their words above all) was nearly all of
    /// ingest's time.
    ///
    /// This mirrors vetoes in `score`; `ClaimMatcherTests` checks that the best claim is the same as
    /// when every candidate is scored, so a change to those vetoes shows there.
    /// `kindNamed` tells whether one report names the other's kind in words, which lifts the kind veto.
    static func mayScore(_ finding: EventDescription, against claim: EventDescription, isPostponement: Bool,
                         sameDocument: Bool, kindNamed: () -> Bool) -> Bool {
        guard ClaimMatcher.kindsAgree(finding.kind, claim.kind) || kindNamed() else { return false }
        guard !isPostponement, claim.previousDates.isEmpty,
              case .different = ClaimMatcher.DateRelation(finding.date, claim.date) else { return true }
        // A later report moves only the same kind of event (of one family, or with a kind unknown),
        // and only with an actor or place in common.
        guard ClaimMatcher.isLaterReport(finding, of: claim, sameDocument: sameDocument) else { return false }
        if let a = finding.kind, let b = claim.kind, ClaimMatcher.family(of: a) != ClaimMatcher.family(of: b) { return false }
        return sharesActor(finding, claim)
    }

    /// Some participant or place of one is a participant or place of the other (`ClaimMatcher.sameActor`):
    /// a later report of an event with none in common is another event.
    private static func sharesActor(_ finding: EventDescription, _ claim: EventDescription) -> Bool {
        let found = (finding.participants + [finding.place].compactMap { $0 }).map { $0.lowercased() }
        let known = (claim.participants + [claim.place].compactMap { $0 }).map { $0.lowercased() }
        return found.contains { name in known.contains { ClaimMatcher.sameActor(name, $0) } }
    }
}
