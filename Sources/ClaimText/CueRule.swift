import ClaimCore

/// A phrase that, found near an event, says what status the sentence asserts: "scheduled for" → `proposed`.
///
/// Phrases are lowercase words separated by spaces; `…` (or `...`) stands for up to eight words of any
/// kind, as in "considers … a possible date". Matching ignores case and treats `’` as `'`.
public struct CueRule: Hashable, Sendable {
    public var phrase: String
    public var status: StatusID

    public init(phrase: String, status: StatusID) {
        self.phrase = phrase
        self.status = status
    }

    /// The default cue phrases by status, in the shape `config.yaml` writes them (status id → phrases).
    public static let defaultCuesByStatus: [(status: StatusID, phrases: [String])] = [
        (.proposed, [
            "scheduled for", "scheduled", "planned", "plans", "plan to", "planning",
            "suggested", "suggests", "proposed", "proposes", "offered", "invited", "considers … possible date",
            "considering", "being considered", "is considered", "under consideration", "should take place",
            "may take place", "to take place", "to be held", "set to", "is set for", "due to", "is due",
            "are due", "expected to", "is expected", "are expected", "intends to", "intend to", "upcoming",
            "forthcoming", "counting on", "hopes to", "possibility", "possible", "will", "would", "shall",
            "should", "may", "might", "could", "won't", "is to", "are to", "was to", "were to",
        ]),
        (.confirmed, [
            "confirmed", "confirms", "confirm", "agreed", "agrees", "reached an agreement", "reached agreement",
            "agreement was reached", "agreement has been reached", "agreement had been reached", "approved",
            "finalized", "finalised", "officially announced", "reaffirmed",
        ]),
        (.veryUnlikely, [
            "very unlikely", "unlikely", "ruled out", "rules out", "rule out", "ruling out", "doubtful",
            "in doubt", "cast doubt", "doubts", "improbable", "little chance",
        ]),
        (.denied, [
            "denied", "denies", "deny", "rejected", "rejects", "refused", "refuses", "dismissed", "no such",
        ]),
        (.postponed, [
            "postponed", "postpone", "postpones", "delayed", "delay", "delays", "pushed back", "push back",
            "moved to", "rescheduled", "put off", "deferred", "adjourned", "slipped to", "slips to", "scrubbed",
        ]),
        (.cancelled, [
            "called off", "call off", "cancelled", "canceled", "cancel", "cancels", "cancellation", "scrapped",
            "abandoned", "scuttled", "terminated", "will not go ahead", "won't go ahead", "would not go ahead",
            "will not take place", "won't take place",
        ]),
        (.happened, [
            "held talks", "held a meeting", "met", "took place", "has taken place", "have taken place",
            "was held", "were held", "happened", "occurred", "concluded", "ended", "took part",
        ]),
    ]

    public static let defaults: [CueRule] = defaultCuesByStatus.flatMap { entry in
        entry.phrases.map { CueRule(phrase: $0, status: entry.status) }
    }

    /// Single words that hedge or mark the future rather than announce anything: alone they make a
    /// claim only where a date is given ("will meet on Monday"), never from a sentence without one.
    static let weakWords: Set<String> = [
        "will", "would", "shall", "should", "may", "might", "could", "won't", "possible", "possibility", "upcoming",
        "forthcoming",
    ]

    /// The phrase's words, lowercased, with `...` read as `…` and `’` as `'`.
    static func words(of phrase: String) -> [String] {
        phrase.lowercased().replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "...", with: " … ")
            .replacingOccurrences(of: "…", with: " … ")
            .split(separator: " ").map(String.init)
    }
}
