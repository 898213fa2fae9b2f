import ClaimCore

/// Fills what a claim leaves to earlier sentences: "such a prospect", "the proposal", "a meeting on
/// that date", "the presidents", or a dateless "personal meeting with Putin" named with its date before.
///
/// Deliberately simple: the most recent earlier claim that fits wins. Pronoun-like references look
/// back a few sentences only; a named event with the same kind and a shared participant may be
/// anywhere earlier in the document.
struct ClaimCoreference {
    private(set) var history: [ClaimDraft] = []

    /// How far back, in sentences, "it", "the proposal" and "that date" may point.
    static let pronounReach = 4

    mutating func resolve(_ draft: ClaimDraft) -> ClaimDraft {
        var claim = draft
        if claim.reference == .pronoun || claim.refersToEarlierDate || claim.reference == .definite && claim.participants.isEmpty {
            if let antecedent = history.last(where: { fitsPronoun(claim, $0) }) {
                adopt(antecedent, into: &claim, takeKind: true)
            }
        }
        if claim.reference == .definite, claim.date == nil,
           let antecedent = history.last(where: { sameEvent(claim, $0) }) {
            adopt(antecedent, into: &claim, takeKind: true)
        }
        // A dateless named event takes the date of the same event named earlier: the same kind first.
        if claim.date == nil, let antecedent = history.last(where: { $0.kind == claim.kind && sameEvent(claim, $0) && $0.date != nil })
            ?? history.last(where: { sameEvent(claim, $0) && $0.date != nil }) {
            adopt(antecedent, into: &claim, takeKind: false)
        }
        if claim.participants.isEmpty || claim.refersToEarlierParticipants,
           let antecedent = history.last(where: { !$0.participants.isEmpty && claim.sentenceIndex - $0.sentenceIndex <= ClaimCoreference.pronounReach }) {
            for name in antecedent.participants where !claim.participants.contains(name) { claim.participants.append(name) }
        }
        history.append(claim)
        return claim
    }

    /// A nearby earlier claim that "it", "such a prospect" or "that date" can stand for.
    private func fitsPronoun(_ claim: ClaimDraft, _ candidate: ClaimDraft) -> Bool {
        guard claim.sentenceIndex - candidate.sentenceIndex <= ClaimCoreference.pronounReach else { return false }
        if isSettled(candidate), !isSettled(claim) { return false }
        if claim.reference == .definite, let kind = claim.kind, let other = candidate.kind, !ClaimCoreference.compatible(kind, other) {
            return false
        }
        return true
    }

    /// An earlier claim about the same event: the same kind of event with a shared participant.
    private func sameEvent(_ claim: ClaimDraft, _ candidate: ClaimDraft) -> Bool {
        guard let kind = claim.kind, let other = candidate.kind, ClaimCoreference.compatible(kind, other) else { return false }
        if isSettled(candidate) != isSettled(claim) { return false }
        guard !claim.participants.isEmpty else { return claim.reference == .definite }
        // The speaker may be a party too: Biden, asked about a meeting with Putin, is one of its participants.
        let speaker = candidate.saidBy?.split(separator: " ").last.map(String.init)
        return claim.participants.contains { candidate.participants.contains($0) || $0 == speaker }
    }

    /// Reports of what happened do not stand for what is planned, and the other way round.
    private func isSettled(_ claim: ClaimDraft) -> Bool { claim.status == .happened }

    /// "the meeting" may refer back to "talks" or a "summit": kinds of the same family.
    static func compatible(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let meetings: Set<String> = ["talks", "meeting", "summit", "council meeting", "conference", "visit"]
        return meetings.contains(a) && meetings.contains(b)
    }

    private func adopt(_ antecedent: ClaimDraft, into claim: inout ClaimDraft, takeKind: Bool) {
        if claim.date == nil {
            claim.date = antecedent.date
        }
        if takeKind || claim.kind == nil, let kind = antecedent.kind { claim.kind = kind }
        if claim.topic == nil { claim.topic = antecedent.topic }
        if claim.place == nil { claim.place = antecedent.place }
        // The antecedent's participants first: they name the event; ours add to them.
        var names = antecedent.participants
        for name in claim.participants where !names.contains(name) { names.append(name) }
        claim.participants = names
    }
}
