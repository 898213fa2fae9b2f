import ClaimCore

/// A claim about an event found in one sentence: what is said to happen, when, who takes part, who says
/// so, and the status the sentence asserts.
public struct FoundClaim: Hashable, Sendable {
    /// A short readable description: "Russia and the United States hold talks on security on 2022-01-10".
    public var statement: String
    /// The TIMEX3 value of the event's date ("2022-01-10", "2022-01"), nil when none is given or implied.
    public var eventDate: String?
    /// The expression the date comes from; it may sit in an earlier sentence when the date is implied
    /// ("a meeting on that date").
    public var dateExpression: TemporalExpression?
    /// talks, meeting, summit, visit, vote, election, launch, release, hearing, deadline …
    public var kind: String?
    /// "Russia", "United States", "NATO", "Biden" …
    public var participants: [String]
    public var place: String?
    /// "the White House", "State Department spokesman Ned Price", "Reuters".
    public var saidBy: String?
    /// What the sentence asserts about the event.
    public var status: StatusID
    /// The cue phrase as it appears in the text ("scheduled for", "did not rule out").
    public var cue: String
    /// The sentence, trimmed.
    public var quote: String
    /// UTF-8 byte offsets of the sentence in the analysed text, end exclusive.
    public var sentence: Range<Int>

    public init(statement: String, eventDate: String? = nil, dateExpression: TemporalExpression? = nil, kind: String? = nil,
                participants: [String] = [], place: String? = nil, saidBy: String? = nil, status: StatusID, cue: String,
                quote: String, sentence: Range<Int>) {
        self.statement = statement
        self.eventDate = eventDate
        self.dateExpression = dateExpression
        self.kind = kind
        self.participants = participants
        self.place = place
        self.saidBy = saidBy
        self.status = status
        self.cue = cue
        self.quote = quote
        self.sentence = sentence
    }
}

/// What the analysis of one document found: its temporal expressions and its event claims.
public struct DocumentAnalysis: Sendable {
    public var dates: [TemporalExpression]
    public var claims: [FoundClaim]

    public init(dates: [TemporalExpression], claims: [FoundClaim]) {
        self.dates = dates
        self.claims = claims
    }
}
