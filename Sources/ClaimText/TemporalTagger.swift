import ClaimCore

/// Finds temporal expressions in news text and normalizes them to TIMEX3 values against the publication date.
///
/// ```swift
/// let tagger = TemporalTagger()
/// let found = tagger.expressions(in: "Talks are scheduled for January 10.", anchor: CalendarDay("2021-12-28"))
/// // found[0].text == "January 10", found[0].value == "2022-01-10"
/// ```
///
/// Results are sorted by `start` and never overlap; offsets are UTF-8 bytes into the text, end exclusive.
///
/// Without an anchor, absolute dates ("January 10, 2022") are normalized as usual, and expressions that need the
/// publication date are still returned, with `X` placeholders where the anchor would have given digits:
/// "January 10" → `XXXX-01-10`, "in June" → `XXXX-06`, "Monday" → `XXXX-WXX-1`, "yesterday" → `XXXX-XX-XX`,
/// "last year" → `XXXX`. Such values have no `eventDate`, so nothing downstream mistakes them for dates.
///
/// The scan reads UTF-8 bytes directly: most words are rejected by one hash-table probe, and nothing is
/// allocated except the expressions returned.
public struct TemporalTagger: Sendable {
    private let lexicon: TemporalLexicon

    public init() {
        lexicon = TemporalLexicon.shared
    }

    public func expressions(in text: String, anchor: CalendarDay?) -> [TemporalExpression] {
        var text = text
        return text.withUTF8 { expressions(inUTF8: $0, anchor: anchor) }
    }

    public func expressions(in bytes: [UInt8], anchor: CalendarDay?) -> [TemporalExpression] {
        bytes.withUnsafeBufferPointer { expressions(inUTF8: $0, anchor: anchor) }
    }

    /// The expressions in a UTF-8 buffer; offsets are relative to its start.
    public func expressions(inUTF8 bytes: UnsafeBufferPointer<UInt8>, anchor: CalendarDay?) -> [TemporalExpression] {
        let scanner = TemporalScanner(bytes: bytes, classes: lexicon.byteClasses, lexicon: lexicon)
        var parser = TemporalParser(scanner: scanner, anchor: anchor)
        var found: [TemporalExpression] = []
        var position = 0
        while true {
            let token = scanner.scanToken(at: position)
            if token.kind == .end { break }
            if token.kind != .word && token.isBoundary { parser.referenceDay = nil }
            if Self.canStart(token), let match = parser.match(at: token) {
                found.append(TemporalExpression(
                    start: match.start, end: match.end,
                    text: String(decoding: UnsafeBufferPointer(rebasing: bytes[match.start..<match.end]), as: UTF8.self),
                    type: match.type, value: match.value, modifier: match.modifier?.timex))
                if let day = match.day { parser.referenceDay = day }
                position = match.end
            } else {
                position = token.end
            }
        }
        return found
    }

    /// Cheap first test: only numbers and a few word classes can begin an expression.
    @inline(__always) private static func canStart(_ token: TemporalToken) -> Bool {
        switch token.kind {
        case .number: return true
        case .word:
            switch token.lexeme.kind {
            case .none, .futureCue, .pastCue, .beForm, .modalVerb, .infinitiveTo, .neutral, .countNoun, .conjunction,
                 .ordinalSuffix, .pluralSuffix, .meridiem, .timeZone, .ago, .half, .partOfDay, .unit, .unitPlural:
                return false
            case .preposition:
                return token.lexeme.value == TemporalPreposition.in.rawValue
            default:
                return true
            }
        default:
            return false
        }
    }
}
