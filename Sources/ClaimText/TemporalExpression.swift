import ClaimCore

/// TIMEX3 types of temporal expressions.
public enum TemporalType: String, Hashable, Sendable {
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
    case set = "SET"
}

/// A date or time expression found in text, normalized against the publication date.
public struct TemporalExpression: Hashable, Sendable {
    /// UTF-8 byte offsets into the analysed text, end exclusive.
    public var start: Int
    public var end: Int
    public var text: String
    public var type: TemporalType
    /// The TIMEX3 value: `2022-01-10`, `2021-12`, `2021-W50`, `2021-Q4`, `2021-SU`, `PRESENT_REF`, `P2W`, `XXXX-01-10` …
    public var value: String
    /// The TIMEX3 modifier, e.g. `START`, `MID`, `END`, `APPROX`.
    public var modifier: String?

    public init(start: Int, end: Int, text: String, type: TemporalType, value: String, modifier: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.value = value
        self.modifier = modifier
    }

    /// The calendar date the value names, when it names one (`2022-01-10`, `2022-01`, `2022`, with a time).
    public var eventDate: EventDate? { EventDate(value) }
}
