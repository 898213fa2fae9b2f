/// A phrase that reports that an event of one kind took place: "lifted off" for a launch, "was sworn
/// in" for an inauguration, "went to the polls" for an election.
///
/// The status cues cannot name every event's verbs, so each kind knows its own: `config.yaml` lists
/// them under `event_verbs` (kind → phrases), and users extend the lists there. Phrases are written
/// like cue phrases (`CueRule`). A phrase counts only for an event of its kind, or for a sentence that
/// names no event, where it names one ("the rocket lifted off on Sunday" is a launch).
public struct EventVerbRule: Hashable, Sendable {
    public var phrase: String
    public var kind: String

    public init(phrase: String, kind: String) {
        self.phrase = phrase
        self.kind = kind
    }

    /// The default phrases by kind, in the shape `config.yaml` writes them (kind → phrases).
    public static let defaultVerbsByKind: [(kind: String, phrases: [String])] = [
        ("launch", ["lifted off", "blasted off", "took off", "was launched", "were launched"]),
        ("flight", ["took off", "touched down", "landed", "flew"]),
        ("arrival", ["docked", "touched down", "pulled into", "arrived"]),
        ("ceremony", ["was sworn in", "were sworn in", "took the oath", "took office", "was inaugurated"]),
        ("signing", ["signed", "inked", "put their signatures"]),
        ("election", ["went to the polls", "cast their ballots", "voted", "polls opened", "polls closed", "was held"]),
        ("vote", ["voted", "passed", "was passed", "cast their ballots", "went to the polls"]),
        ("opening", ["opened", "reopened", "opened its doors", "opened to the public", "was opened", "was inaugurated"]),
        ("start", ["kicked off", "got under way", "got underway", "began", "started", "came into force", "took effect"]),
        ("conference", ["opened", "kicked off", "got under way", "closed", "wrapped up", "was gavelled", "gavelled"]),
        ("summit", ["opened", "kicked off", "got under way", "wrapped up"]),
        ("trial", ["opened", "began", "got under way", "found guilty", "was sentenced", "acquitted", "convicted"]),
        ("hearing", ["opened", "began", "heard"]),
        ("ruling", ["ruled", "handed down", "upheld", "struck down"]),
        ("release", ["went on sale", "hit shelves", "was released", "were released", "became available"]),
        ("delivery", ["was delivered", "were delivered", "handed over", "took delivery"]),
        ("strike", ["walked out", "went on strike", "downed tools", "began"]),
        ("meeting", ["sat down", "convened", "gathered"]),
        ("talks", ["sat down", "convened", "opened", "began"]),
        ("resignation", ["stepped down", "stood down"]),
        ("deadline", ["passed", "expired", "lapsed"]),
        ("announcement", ["revealed", "unveiled", "made public"]),
        ("ceasefire", ["came into force", "came into effect", "took effect", "went into effect", "took hold", "was signed"]),
        ("event", ["premiered", "was screened", "took place", "went ahead"]),
    ]

    public static let defaults: [EventVerbRule] = defaultVerbsByKind.flatMap { entry in
        entry.phrases.map { EventVerbRule(phrase: $0, kind: entry.kind) }
    }
}
