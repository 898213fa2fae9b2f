import ClaimCore
import Testing

@testable import ClaimText

/// Offsets are UTF-8 bytes, results are sorted and never overlap, and a missing anchor leaves `X` placeholders.
@Suite struct TemporalOffsetTests {
    @Test func countsOffsetsInUTF8BytesAfterCurlyQuotesAndCyrillic() throws {
        let sentence = "“Переговоры” — the envoy said talks resume on January 10."
        let found = temporalTags(sentence)
        let date = try #require(found.first)
        let bytes = Array(sentence.utf8)
        #expect(String(decoding: bytes[date.start..<date.end], as: UTF8.self) == "January 10")
        #expect(date.start == Array("“Переговоры” — the envoy said talks resume on ".utf8).count)
        #expect(date.end == date.start + 10)
    }

    @Test func returnsSortedNonOverlappingExpressions() {
        let found = temporalTags("On Monday, January 10, 2022 at 10:30 a.m. EST, talks began; a week later, more.")
        #expect(found.map(\.text) == ["Monday, January 10, 2022", "10:30 a.m. EST", "a week"])
        for (left, right) in zip(found, found.dropFirst()) { #expect(left.end <= right.start) }
    }

    @Test func tagsTheByteBufferOverloadLikeTheString() {
        let sentence = "The summit opened on 3 March 2021 in Brussels."
        let fromString = temporalTags(sentence)
        let fromBytes = TemporalTagger().expressions(in: Array(sentence.utf8), anchor: CalendarDay("2021-12-28"))
        #expect(fromString == fromBytes)
    }

    @Test func readsTheTextOfAnExpressionFromTheDocumentLikeOneMadeWithItsText() throws {
        let sentence = "“Переговоры” resume on Monday, January 10, 2022, officials said."
        let date = try #require(temporalTags(sentence).first)
        let bytes = Array(sentence.utf8)
        let written = String(decoding: bytes[date.start..<date.end], as: UTF8.self)
        #expect(date.text == "Monday, January 10, 2022")
        let standalone = TemporalExpression(start: date.start, end: date.end, text: written, type: date.type,
                                            value: date.value, modifier: date.modifier)
        #expect(date == standalone)
        #expect(date.hashValue == standalone.hashValue)
        // Moving an offset keeps the text that was read.
        var moved = date
        moved.start += 8
        #expect(moved.text == "Monday, January 10, 2022")
        moved.text = "January 10, 2022"
        #expect(moved.text == "January 10, 2022")
    }

    /// A modifier is one of TIMEX3's, spelled as TIMEX3 spells it; it takes part in equality.
    @Test func modifiersAreTimexModifiers() {
        #expect(TemporalModifier.allCases.count == 12)
        #expect(TemporalModifier(rawValue: "EQUAL_OR_MORE") == .equalOrMore)
        #expect(TemporalModifier(rawValue: "SOMETIMES") == nil)
        for modifier in TemporalModifier.allCases {
            let expression = TemporalExpression(start: 0, end: 4, text: "2009", type: .date, value: "2009", modifier: modifier)
            #expect(expression.modifier == modifier)
            var other = TemporalExpression(start: 0, end: 4, text: "2009", type: .date, value: "2009")
            #expect(other.modifier == nil)
            #expect(other != expression)
            other.modifier = modifier
            #expect(other == expression)
            #expect(other.hashValue == expression.hashValue)
        }
        let tagged = temporalTags("Sales slumped in late 2009.").first
        #expect(tagged?.modifier == .end)
    }

    @Test func anchorsTimesToTheDayNamedEarlierInTheSentence() throws {
        let found = temporalTags("The jet took off Tuesday at 18:00 UTC. A second flight leaves at 9 a.m.",
                                 anchor: "2009-12-16")
        #expect(found.map(\.value) == ["2009-12-15", "2009-12-15T18:00Z", "2009-12-16T09:00"])
    }

    static let withoutAnchor: [TemporalCase] = [
        .init(sentence: "Talks are scheduled for January 10.", text: "January 10", value: "XXXX-01-10", anchor: nil),
        .init(sentence: "The results came in June.", text: "June", value: "XXXX-06", anchor: nil),
        .init(sentence: "The minister spoke on Monday.", text: "Monday", value: "XXXX-WXX-1", anchor: nil),
        .init(sentence: "The minister spoke yesterday.", text: "yesterday", value: "XXXX-XX-XX", anchor: nil),
        .init(sentence: "Sales fell last year.", text: "last year", value: "XXXX", anchor: nil),
        .init(sentence: "The vote is tonight.", text: "tonight", value: "XXXX-XX-XXTNI", type: .time, anchor: nil),
        .init(sentence: "Profit rose in Q3.", text: "Q3", value: "XXXX-Q3", anchor: nil),
    ]

    @Test(arguments: withoutAnchor) func usesPlaceholdersWithoutAnAnchor(_ example: TemporalCase) throws {
        try expectTag(example)
        let found = temporalTags(example.sentence, anchor: nil)
        #expect(found.allSatisfy { $0.eventDate == nil })
    }
}
