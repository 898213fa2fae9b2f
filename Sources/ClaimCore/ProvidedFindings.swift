/// Dates and claims that an extractor found itself, for a document the built-in analysis should not
/// read again: an external program with its own model, or a format whose events are already structured
/// (an iCalendar event has its date and title in fields).
///
/// The values are plain (strings and UTF-8 offsets into the document's `text`), as the extractor wrote
/// them; the runner checks the names against the configuration (statuses, date types) when it turns them
/// into an analysis, so an extractor needs to know nothing of the analyser's types.
public struct ProvidedFindings: Hashable, Sendable {
    public var dates: [ProvidedDate]
    public var claims: [ProvidedClaim]

    public init(dates: [ProvidedDate] = [], claims: [ProvidedClaim] = []) {
        self.dates = dates
        self.claims = claims
    }
}

/// A date or time expression in a document's text, as `claims extract --format jsonl` writes one.
public struct ProvidedDate: Hashable, Sendable {
    /// UTF-8 offsets into the document's text, end exclusive.
    public var start: Int
    public var end: Int
    /// The TIMEX3 type: `DATE`, `TIME`, `DURATION` or `SET`.
    public var type: String
    /// The TIMEX3 value: `2022-01-10`, `2021-W50`, `P2W` …
    public var value: String
    /// The TIMEX3 modifier (`START`, `MID`, `END`, `APPROX` …), if any.
    public var modifier: String?

    public init(start: Int, end: Int, type: String, value: String, modifier: String? = nil) {
        self.start = start
        self.end = end
        self.type = type
        self.value = value
        self.modifier = modifier
    }
}

/// An event claim in a document, as `claims extract --format jsonl` writes one; its quote is the
/// document's text over `sentence`.
public struct ProvidedClaim: Hashable, Sendable {
    public var statement: String
    /// `2022`, `2022-01`, `2022-01-10` or `2022-01-10T14:00` (an `EventDate`), nil when undated.
    public var eventDate: String?
    public var kind: String?
    public var participants: [String]
    public var place: String?
    public var saidBy: String?
    /// A status id of the configuration's vocabulary (`proposed`, `cancelled` …).
    public var status: String
    /// The words that assert the status, as written.
    public var cue: String
    /// UTF-8 offsets of the sentence in the document's text, end exclusive.
    public var sentence: Range<Int>

    public init(statement: String, eventDate: String? = nil, kind: String? = nil, participants: [String] = [],
                place: String? = nil, saidBy: String? = nil, status: String, cue: String = "", sentence: Range<Int>) {
        self.statement = statement
        self.eventDate = eventDate
        self.kind = kind
        self.participants = participants
        self.place = place
        self.saidBy = saidBy
        self.status = status
        self.cue = cue
        self.sentence = sentence
    }
}
