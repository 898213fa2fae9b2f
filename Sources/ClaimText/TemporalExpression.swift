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
    /// UTF-8 byte offsets into the analysed text, end exclusive. (Moving them leaves `text` as it was.)
    public var start: Int { willSet { keepText() } }
    public var end: Int { willSet { keepText() } }
    /// The expression as written.
    public var text: String {
        get {
            guard isTextInSource else { return textSource }
            let textRange = start..<end
            return textSource.utf8.withContiguousStorageIfAvailable { String(decoding: $0[textRange], as: UTF8.self) }
                ?? String(decoding: Array(textSource.utf8)[textRange], as: UTF8.self)
        }
        set {
            textSource = newValue
            isTextInSource = false
        }
    }
    /// The text, or, when `isTextInSource`, the whole text the tagger read, the expression's text at `start..<end`.
    /// The tagger keeps the document, not a copy of each expression's words (as `FoundClaim` keeps its quote): the
    /// JSON output, the main use, writes the words from the document's bytes without reading them here. A flag rather
    /// than a range of its own, since the expression is copied often (claims, drafts, coreference).
    /// (Declared before `type`, so that the flag and the type share a word.)
    private var textSource: String
    private var isTextInSource: Bool

    public var type: TemporalType
    /// The TIMEX3 value: `2022-01-10`, `2021-12`, `2021-W50`, `2021-Q4`, `2021-SU`, `PRESENT_REF`, `P2W`, `XXXX-01-10` …
    public var value: String
    /// The TIMEX3 modifier: "mid-December" is `2021-12` with `.mid`. A closed set (TIMEX3's twelve), so a
    /// byte: the expression is copied often downstream, and a third string would be retained and released
    /// with each copy.
    public var modifier: TemporalModifier?

    public init(start: Int, end: Int, text: String, type: TemporalType, value: String, modifier: TemporalModifier? = nil) {
        self.init(start: start, end: end, textSource: text, isTextInSource: false, type: type, value: value,
                  modifier: modifier)
    }

    /// An expression at `start..<end` of `document`, UTF-8 offsets; its text is read from the document on demand.
    init(start: Int, end: Int, in document: String, type: TemporalType, value: String, modifier: TimexModifier?) {
        self.init(start: start, end: end, textSource: document, isTextInSource: true, type: type, value: value,
                  modifier: modifier.map(TemporalModifier.init))
    }

    private init(start: Int, end: Int, textSource: String, isTextInSource: Bool, type: TemporalType, value: String,
                 modifier: TemporalModifier?) {
        self.start = start
        self.end = end
        self.textSource = textSource
        self.isTextInSource = isTextInSource
        self.type = type
        self.value = value
        self.modifier = modifier
    }

    /// Copies the text out of the document before an offset moves.
    private mutating func keepText() {
        guard isTextInSource else { return }
        textSource = text
        isTextInSource = false
    }

    // Equal expressions say the same things, whether their text is kept alone or within the document.
    public static func == (lhs: TemporalExpression, rhs: TemporalExpression) -> Bool {
        lhs.start == rhs.start && lhs.end == rhs.end && lhs.type == rhs.type && lhs.value == rhs.value
            && lhs.modifier == rhs.modifier && lhs.text == rhs.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(text)
        hasher.combine(type)
        hasher.combine(value)
        hasher.combine(modifier)
    }

    /// The calendar date the value names, when it names one (`2022-01-10`, `2022-01`, `2022`, with a time).
    public var eventDate: EventDate? { EventDate(value) }
}

/// TIMEX3's modifiers of a date or time value; the raw value is the TIMEX3 spelling.
public enum TemporalModifier: String, Hashable, Sendable, CaseIterable {
    case start = "START"
    case mid = "MID"
    case end = "END"
    case approx = "APPROX"
    case before = "BEFORE"
    case after = "AFTER"
    case onOrBefore = "ON_OR_BEFORE"
    case onOrAfter = "ON_OR_AFTER"
    case lessThan = "LESS_THAN"
    case moreThan = "MORE_THAN"
    case equalOrLess = "EQUAL_OR_LESS"
    case equalOrMore = "EQUAL_OR_MORE"

    /// The modifiers the tagger makes ("early", "mid-", "late", "the end of").
    init(_ modifier: TimexModifier) {
        switch modifier {
        case .start: self = .start
        case .mid: self = .mid
        case .end: self = .end
        }
    }
}
