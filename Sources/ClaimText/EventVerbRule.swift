/// A phrase that reports that an event of one kind took place: "lifted off" for a launch, "was sworn
/// in" for an inauguration, "went to the polls" for an election.
///
/// The status cues cannot name every event's verbs, so each kind knows its own: `config.yaml` lists
/// them under `event_verbs` (kind → phrases; the defaults are in ClaimConfig's `defaults.yaml`), and users
/// extend the lists there. Phrases are written
/// like cue phrases (`CueRule`). A phrase counts only for an event of its kind, or for a sentence that
/// names no event, where it names one ("the rocket lifted off on Sunday" is a launch).
public struct EventVerbRule: Hashable, Sendable {
    public var phrase: String
    public var kind: String

    public init(phrase: String, kind: String) {
        self.phrase = phrase
        self.kind = kind
    }
}
