import ClaimCore
import Synchronization

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
    /// The tagger keeps the document, not a copy of each expression's words (as `FoundClaim` keeps its quote): a string
    /// decoded per expression cost 4.8M instructions on corpus5, and the JSON output, the main use, writes the words
    /// from the document's bytes without reading them here. A flag rather than a range of its own: the expression is
    /// copied often (claims, drafts, coreference), and the 17 bytes of an optional range cost 3M instructions more.
    /// (Declared before `type`, so that the flag and the type share a word.)
    private var textSource: String
    private var isTextInSource: Bool

    public var type: TemporalType
    /// The TIMEX3 value: `2022-01-10`, `2021-12`, `2021-W50`, `2021-Q4`, `2021-SU`, `PRESENT_REF`, `P2W`, `XXXX-01-10` …
    public var value: String
    /// The TIMEX3 modifier, e.g. `START`, `MID`, `END`, `APPROX`.
    @inlinable public var modifier: String? {
        get { modifierCode.spelling }
        set { modifierCode = TimexModifierCode(newValue) }
    }
    /// The modifier as a number, not a string: the expression is copied often downstream, and a third string to
    /// retain and release with each copy cost 8M instructions on corpus5. (Inlinable, so that other modules read the
    /// modifier in place: with the getter called, the JSON output copied every expression, 3M instructions more.)
    @usableFromInline var modifierCode: TimexModifierCode

    public init(start: Int, end: Int, text: String, type: TemporalType, value: String, modifier: String? = nil) {
        self.init(start: start, end: end, textSource: text, isTextInSource: false, type: type, value: value,
                  modifierCode: TimexModifierCode(modifier))
    }

    /// An expression at `start..<end` of `document`, UTF-8 offsets; its text is read from the document on demand.
    init(start: Int, end: Int, in document: String, type: TemporalType, value: String, modifier: TimexModifier?) {
        self.init(start: start, end: end, textSource: document, isTextInSource: true, type: type, value: value,
                  modifierCode: TimexModifierCode(modifier))
    }

    private init(start: Int, end: Int, textSource: String, isTextInSource: Bool, type: TemporalType, value: String,
                 modifierCode: TimexModifierCode) {
        self.start = start
        self.end = end
        self.textSource = textSource
        self.isTextInSource = isTextInSource
        self.type = type
        self.value = value
        self.modifierCode = modifierCode
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

/// A TIMEX3 modifier spelling as a number: 0 for none, 1 to 12 for TIMEX3's own (`TimexModifier`'s cases first),
/// then the other spellings in the order they were first seen.
///
/// The tagger makes three of TIMEX3's modifiers (`TimexModifier`). Any other spelling, which only an expression built
/// by hand can carry, is added to a list the first time it is seen, so that equal spellings always get equal numbers.
@usableFromInline struct TimexModifierCode: Hashable, Sendable {
    @usableFromInline var rawValue: UInt32

    @usableFromInline static let timexCount: UInt32 = 12
    /// Spellings outside TIMEX3, in the order they were first seen.
    private static let otherSpellings = Mutex<[String]>([])

    init(_ modifier: TimexModifier?) {
        switch modifier {
        case nil: rawValue = 0
        case .start?: rawValue = 1
        case .mid?: rawValue = 2
        case .end?: rawValue = 3
        }
    }

    @usableFromInline init(_ spelling: String?) {
        guard let spelling else {
            rawValue = 0
            return
        }
        for code in 1...Self.timexCount where Self.timexSpelling(code) == spelling {
            rawValue = code
            return
        }
        let index = Self.otherSpellings.withLock { spellings in
            if let index = spellings.firstIndex(of: spelling) { return index }
            spellings.append(spelling)
            return spellings.count - 1
        }
        rawValue = Self.timexCount + 1 + UInt32(index)
    }

    @inlinable var spelling: String? {
        guard rawValue > 0 else { return nil }
        return rawValue <= Self.timexCount ? Self.timexSpelling(rawValue) : Self.otherSpelling(rawValue)
    }

    /// TIMEX3's modifiers, numbered from 1 (string literals: returning one retains nothing).
    @inlinable static func timexSpelling(_ code: UInt32) -> String {
        switch code {
        case 1: "START"
        case 2: "MID"
        case 3: "END"
        case 4: "APPROX"
        case 5: "BEFORE"
        case 6: "AFTER"
        case 7: "ON_OR_BEFORE"
        case 8: "ON_OR_AFTER"
        case 9: "LESS_THAN"
        case 10: "MORE_THAN"
        case 11: "EQUAL_OR_LESS"
        default: "EQUAL_OR_MORE"
        }
    }

    /// A spelling outside TIMEX3. Marked read-only for the optimizer (it reads a list that only ever grows): as an
    /// ordinary call, even never taken, it had callers copy a whole expression before reading its modifier.
    @_effects(readonly) @usableFromInline static func otherSpelling(_ code: UInt32) -> String {
        let index = Int(code - timexCount - 1)
        return otherSpellings.withLock { $0[index] }
    }
}
