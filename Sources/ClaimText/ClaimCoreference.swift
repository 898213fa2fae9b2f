import ClaimCore
import TextKernel

/// Fills what a claim leaves to earlier sentences: "such a prospect", "the proposal", "a meeting on
/// that date", "the presidents", or a dateless "personal meeting with Putin" named with its date before.
///
/// Deliberately simple: the most recent earlier claim that fits wins. Pronoun-like references look
/// back a few sentences only; a named event with the same kind and a shared participant may be
/// anywhere earlier in the document.
struct ClaimCoreference {
    /// What is kept of each earlier claim besides the claim itself, which the caller holds in `claims`
    /// (index for index): its sentence and its topic (not part of a `FoundClaim`). Reading an
    /// antecedent's fields in place, rather than keeping a copy of each draft, saves retaining and
    /// releasing a dozen references per claim.
    ///
    /// A missing topic is kept as "" (a topic is never empty): an array of `String?` would be appended to
    /// and emptied through generic value witnesses for every claim.
    private var sentenceIndices: [Int] = []
    private var topics: [String] = []
    /// Whether each earlier claim reports what happened (a flag: comparing `StatusID`s compares strings).
    private var settled: [Bool] = []

    /// How many earlier claims a reference may look back over. News articles hold a few dozen claims;
    /// without a bound, a document of thousands (a generated file, a hostile one) costs time
    /// quadratic in its claims.
    static let lookback = 256

    /// How far back, in sentences, "it", "the proposal" and "that date" may point.
    static let pronounReach = 4

    /// Fills `claim` from the earlier claims it refers to. `history` holds the claims resolved so far,
    /// in order, each recorded with `record(_:)`.
    /// `isSettled`: the claim reports what happened (its status has the role `occurrence`).
    func resolve(_ claim: inout ClaimDraft, isSettled: Bool, history: [FoundClaim]) {
        if claim.saidByPronoun {
            // "…, she said": the person who spoke last, a few sentences back at most; unknown otherwise.
            let sentence = claim.sentenceIndex
            claim.saidBy = lastIndex(where: { isPersonSpeaker(history[$0]) && sentence - sentenceIndices[$0] <= ClaimCoreference.pronounReach })
                .flatMap { history[$0].saidBy }
            claim.saidByPronoun = false
        }
        if claim.reference == .pronoun || claim.refersToEarlierDate || claim.reference == .definite && claim.participants.isEmpty {
            if let antecedent = lastIndex(where: { fitsPronoun(claim, settled: isSettled, history, $0) }) {
                adopt(history, antecedent, into: &claim, takeKind: true)
            }
        }
        if claim.reference == .definite, claim.date.isNone,
           let antecedent = lastIndex(where: { sameEvent(claim, settled: isSettled, history, $0) }) {
            adopt(history, antecedent, into: &claim, takeKind: true)
        }
        // A dateless named event takes the date of the same event named earlier: the same kind first.
        if claim.date.isNone,
           let antecedent = lastIndex(where: { history[$0].kind == claim.kind && !history[$0].eventDate.isNone && sameEvent(claim, settled: isSettled, history, $0) })
            ?? lastIndex(where: { !history[$0].eventDate.isNone && sameEvent(claim, settled: isSettled, history, $0) }) {
            adopt(history, antecedent, into: &claim, takeKind: false)
        }
        if claim.participants.isEmpty || claim.refersToEarlierParticipants {
            let sentence = claim.sentenceIndex
            if let antecedent = lastIndex(where: { !history[$0].participants.isEmpty && sentence - sentenceIndices[$0] <= ClaimCoreference.pronounReach }) {
                if claim.participants.isEmpty {
                    // Shared, not rebuilt name by name: a claim's participants never repeat a name.
                    claim.participants = history[antecedent].participants
                } else {
                    for name in history[antecedent].participants where !claim.participants.contains(name) { claim.participants.append(name) }
                }
            }
        }
    }

    /// Forgets every claim, keeping the storage for the next document.
    mutating func removeAll() {
        sentenceIndices.removeAll(keepingCapacity: true)
        topics.removeAll(keepingCapacity: true)
        settled.removeAll(keepingCapacity: true)
    }

    /// Remembers a resolved claim for the claims after it; call once per claim, in the order of `history`.
    /// Reports of what happened (`isSettled`) do not stand for what is planned, and the other way round.
    mutating func record(_ claim: ClaimDraft, isSettled: Bool) {
        sentenceIndices.append(claim.sentenceIndex)
        topics.append(claim.topic ?? "")
        settled.append(isSettled)
    }

    /// `name.split(separator: " ").last`: splitting a `String` walks grapheme clusters, costly
    /// for every name, so ASCII names (where a byte is a character) are split on their bytes.
    static func lastWord(of name: String) -> String? {
        let ascii = name.utf8.withContiguousStorageIfAvailable { bytes -> (word: String?, isASCII: Bool) in
            for byte in bytes where byte >= 0x80 { return (nil, false) }
            var end = bytes.count
            while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
            guard end > 0 else { return (nil, true) }
            var start = end
            while start > 0, bytes[start - 1] != UInt8(ascii: " ") { start -= 1 }
            return (String(decoding: bytes[start..<end], as: UTF8.self), true)
        }
        if let ascii, ascii.isASCII { return ascii.word }
        return name.split(separator: " ").last.map(String.init)
    }

    private func lastIndex(where matches: (Int) -> Bool) -> Int? {
        var index = sentenceIndices.count - 1
        let oldest = max(0, sentenceIndices.count - ClaimCoreference.lookback)
        while index >= oldest {
            if matches(index) { return index }
            index -= 1
        }
        return nil
    }

    /// An earlier claim said by someone "he" or "she" can stand for: a named speaker ("Lavrov", "Foreign
    /// Minister Anna Berg"), not an institution ("the White House", "the Foreign Ministry").
    private func isPersonSpeaker(_ earlier: FoundClaim) -> Bool {
        guard let speaker = earlier.saidBy else { return false }
        return !speaker.hasPrefix("the ")
    }

    /// A nearby earlier claim that "it", "such a prospect" or "that date" can stand for.
    /// (Fields of `history[index]` are read in place: a `let` copy of the claim would retain a dozen references.)
    private func fitsPronoun(_ claim: ClaimDraft, settled isSettled: Bool, _ history: [FoundClaim], _ index: Int) -> Bool {
        guard claim.sentenceIndex - sentenceIndices[index] <= ClaimCoreference.pronounReach else { return false }
        if settled[index], !isSettled { return false }
        if claim.reference == .definite, let kind = claim.kind, let other = history[index].kind, !ClaimCoreference.compatible(kind, other) {
            return false
        }
        return true
    }

    /// An earlier claim about the same event: the same kind of event with a shared participant.
    private func sameEvent(_ claim: ClaimDraft, settled isSettled: Bool, _ history: [FoundClaim], _ index: Int) -> Bool {
        guard let kind = claim.kind, let other = history[index].kind, ClaimCoreference.compatible(kind, other) else { return false }
        if settled[index] != isSettled { return false }
        guard !claim.participants.isEmpty else { return claim.reference == .definite }
        // The speaker may be a party too: Biden, asked about a meeting with Putin, is one of its participants.
        let others = history[index].participants
        if claim.participants.contains(where: { others.contains($0) }) { return true }
        // Split off only now: most claims share a participant or have no speaker, and a surname
        // split for every claim recorded cost more than these few.
        guard let speaker = history[index].saidBy, let surname = ClaimCoreference.lastWord(of: speaker) else { return false }
        return claim.participants.contains(surname)
    }

    /// "the meeting" may refer back to "talks" or a "summit": kinds of the same family.
    static func compatible(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        return isMeeting(a) && isMeeting(b)
    }

    /// A switch, not a `Set<String>` literal, which would be built (and its strings hashed) on every call.
    private static func isMeeting(_ kind: String) -> Bool {
        switch kind {
        case "talks", "meeting", "summit", "council meeting", "conference", "visit": return true
        default: return false
        }
    }

    /// Fills `claim` from `history[index]`. The antecedent's fields are read in place: passed as a
    /// value, the whole claim would be copied (a dozen references retained and released) for the few read.
    private func adopt(_ history: [FoundClaim], _ index: Int, into claim: inout ClaimDraft, takeKind: Bool) {
        // Only a date the antecedent is on: "after Christmas" gives the event no day to take.
        if claim.date.isNone, !history[index].eventDate.isNone {
            claim.date = history[index].dateExpression
        }
        if takeKind || claim.kind.isNone, let kind = history[index].kind { claim.kind = kind }
        if claim.topic.isNone, !topics[index].isEmpty { claim.topic = topics[index] }
        if claim.place.isNone { claim.place = history[index].place }
        // The antecedent's participants first: they name the event; ours add to them.
        var names = history[index].participants
        for name in claim.participants where !names.contains(name) { names.append(name) }
        claim.participants = names
    }
}
