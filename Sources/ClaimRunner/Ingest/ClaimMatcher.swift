/// What a finding says about an event, reduced to what matching compares.
public struct EventDescription: Sendable {
    public var statement: String
    public var date: EventDate?
    public var kind: String?
    public var participants: [String]
    public var place: String?
    /// The status the source asserts; a postponement may carry a new date.
    public var status: StatusID?

    public init(statement: String, date: EventDate?, kind: String?, participants: [String], place: String?, status: StatusID?) {
        self.statement = statement
        self.date = date
        self.kind = kind
        self.participants = participants
        self.place = place
        self.status = status
    }

    public init(_ claim: Claim) {
        self.init(statement: claim.statement, date: claim.event.date, kind: claim.event.kind,
                  participants: claim.event.participants, place: claim.event.place, status: claim.status)
    }
}

/// How well a finding fits a claim, with the reasons, for `--dry-run` to explain.
public struct MatchScore: Sendable, CustomStringConvertible {
    public var total: Double
    public var reasons: [String]

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
    private var byMonth: [Int: [Int]] = [:]
    private var byYear: [Int: [Int]] = [:]
    private var byParticipant: [String: [Int]] = [:]
    private var positionByID: [ClaimID: Int] = [:]
    /// Each claim's statement words, computed once: re-splitting every candidate's statement for
    /// every finding dominated ingest time.
    private var wordsByPosition: [Set<String>] = []

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
            if claims[existing].statement != claim.statement { wordsByPosition[existing] = ClaimMatcher.contentWords(claim.statement) }
            claims[existing] = claim
            if moved { index(claim, at: existing) }
            return
        }
        claims.append(claim)
        wordsByPosition.append(ClaimMatcher.contentWords(claim.statement))
        positionByID[claim.id] = claims.count - 1
        index(claim, at: claims.count - 1)
    }

    private mutating func index(_ claim: Claim, at position: Int) {
        if let date = claim.event.date {
            if let month = date.month { byMonth[date.year * 12 + month, default: []].append(position) }
            else { byYear[date.year, default: []].append(position) }
        }
        for participant in claim.event.participants {
            byParticipant[participant.lowercased(), default: []].append(position)
        }
    }

    /// Positions of claims worth scoring: same month (or year), or a shared participant.
    func candidates(for finding: EventDescription) -> Set<Int> {
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
        return result
    }

    /// The best-scoring claim and its score, when one reaches the threshold; otherwise the runner-up for explanation.
    public func best(for finding: EventDescription) -> (claim: Claim, score: MatchScore, isMatch: Bool)? {
        var best: (position: Int, total: Double)?
        let findingWords = ClaimMatcher.contentWords(finding.statement)
        let isPostponement = vocabulary.role(of: finding.status) == .postponement
        for position in candidates(for: finding) {
            let total = ClaimMatcher.score(finding, words: findingWords, against: EventDescription(claims[position]),
                                           words: wordsByPosition[position], isPostponement: isPostponement, explain: false).total
            if total > (best?.total ?? -1) || (total == best?.total && claims[position].id < claims[best!.position].id) {
                best = (position, total)
            }
        }
        guard let best else { return nil }
        // Reasons are worded for the winner only: formatting them for every candidate cost more than scoring.
        let score = ClaimMatcher.score(finding, words: findingWords, against: EventDescription(claims[best.position]),
                                       words: wordsByPosition[best.position], isPostponement: isPostponement, explain: true)
        return (claims[best.position], score, score.total >= threshold)
    }

    // MARK: Scoring

    /// `isPostponement`: the finding reports a postponement, so another date may still be the same event.
    static func score(_ finding: EventDescription, against claim: EventDescription, isPostponement: Bool) -> MatchScore {
        score(finding, words: contentWords(finding.statement), against: claim, words: contentWords(claim.statement),
              isPostponement: isPostponement, explain: true)
    }

    static func score(_ finding: EventDescription, words findingWords: Set<String>, against claim: EventDescription,
                      words claimWords: Set<String>, isPostponement: Bool, explain: Bool) -> MatchScore {
        // Optional chaining skips building each reason's text when no explanation is wanted.
        var reasons: [String]? = explain ? [] : nil
        var gate = 1.0

        let date: Double
        switch (finding.date, claim.date) {
        case let (found?, known?):
            if found == known {
                date = 1; reasons?.append("same date \(known)")
            } else if found.overlaps(known) {
                date = 0.8; reasons?.append("date \(found) within \(known)")
            } else if found.year == known.year && found.month == known.month {
                date = isPostponement ? 0.7 : 0.2; reasons?.append("same month, other day (\(found) vs \(known))")
            } else {
                date = isPostponement ? 0.5 : 0; reasons?.append("other date (\(found) vs \(known))")
            }
            // Two different dates name two events, unless the finding reports a postponement.
            if !found.overlaps(known) && !isPostponement { gate *= 0.5 }
        case (nil, nil): date = 0.5
        default: date = 0.4; reasons?.append("one side has no date")
        }

        let found = Set(finding.participants.map { $0.lowercased() })
        let known = Set(claim.participants.map { $0.lowercased() })
        var participants = 0.5
        if !found.isEmpty && !known.isEmpty {
            let shared = found.intersection(known)
            participants = Double(shared.count) / Double(found.union(known).count)
            if shared.isEmpty {
                gate *= 0.5
                reasons?.append("no shared participant")
            } else {
                reasons?.append("participants \(shared.sorted().joined(separator: ", "))")
            }
        }

        var kind = 0.5
        if let a = finding.kind, let b = claim.kind {
            if a == b { kind = 1; reasons?.append("same kind '\(a)'") }
            else if family(of: a) == family(of: b) { kind = 0.8; reasons?.append("similar kind '\(a)' ~ '\(b)'") }
            else { kind = 0; gate *= 0.7; reasons?.append("other kind '\(a)' vs '\(b)'") }
        }

        var place = 0.5
        if let a = finding.place?.lowercased(), let b = claim.place?.lowercased() {
            place = a == b ? 1 : 0
            reasons?.append(a == b ? "same place" : "other place")
        }

        let words = overlap(findingWords, claimWords)
        reasons?.append("words \(String(format: "%.2f", words))")

        let total = gate * (0.35 * date + 0.25 * participants + 0.15 * kind + 0.05 * place + 0.20 * words)
        return MatchScore(total: total, reasons: reasons ?? [])
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

    static let stopWords: Set<String> = [
        "the", "a", "an", "of", "on", "in", "at", "to", "and", "for", "with", "by", "is", "are", "be", "will",
        "hold", "holds", "held", "meet", "meets", "between", "from", "its", "their", "this", "that",
    ]

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

    static func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(min(a.count, b.count))
    }
}
