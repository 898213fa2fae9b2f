import ClaimCore
import Testing

@testable import ClaimText

/// TimeBank/AQUAINT conventions for wire copy, and the tense read across abbreviations and relative clauses.
/// Anchor 2021-12-28 (a Tuesday) unless a case says otherwise.
@Suite struct TemporalWireConventionTests {
    /// A weekday with "'s" names an event the story reports: the last one, whatever the clause's tense.
    static let possessiveWeekdays: [TemporalCase] = [
        .init(sentence: "The union said it will appeal Wednesday's ruling.", text: "Wednesday", value: "2021-12-22"),
        .init(sentence: "The bonds convert at a premium over Thursday's closing price.", text: "Thursday",
              value: "2021-12-23"),
        .init(sentence: "Analysts expect Monday’s gains to hold.", text: "Monday", value: "2021-12-27"),
        .init(sentence: "Traders squared positions ahead of Friday's jobs report.", text: "Friday", value: "2021-12-31"),
        // Without "'s", a weekday two days ahead with no tense stays ahead.
        .init(sentence: "Pre-orders open on Thursday.", text: "Thursday", value: "2021-12-30"),
    ]

    @Test(arguments: possessiveWeekdays) func readsPossessiveWeekdaysAsPast(_ example: TemporalCase) throws {
        try expectTag(example)
    }

    /// "Sunday night" is the day; other parts of a weekday keep their TIMEX3 part-of-day code.
    static let partsOfWeekdays: [TemporalCase] = [
        .init(sentence: "Fire crews battled the blaze on Sunday night.", text: "Sunday night", value: "2021-12-26"),
        .init(sentence: "The talks broke up on Monday night without a deal.", text: "Monday night",
              value: "2021-12-27"),
        .init(sentence: "Markets fell sharply on Friday morning.", text: "Friday morning", value: "2021-12-24TMO",
              type: .time),
    ]

    @Test(arguments: partsOfWeekdays) func tagsWeekdayNightsAsDays(_ example: TemporalCase) throws {
        try expectTag(example)
    }

    /// Decades and centuries spell their unknown digits as X.
    static let decades: [TemporalCase] = [
        .init(sentence: "Sales of the model boomed in the 1970s.", text: "the 1970s", value: "197X"),
        .init(sentence: "The mill opened in the 1900s and closed in 2001.", text: "the 1900s", value: "19XX"),
        .init(sentence: "The bridge is among the longest built in the 19th century.", text: "the 19th century",
              value: "18XX"),
    ]

    @Test(arguments: decades) func spellsDecadesWithX(_ example: TemporalCase) throws {
        try expectTag(example)
    }

    /// The tense is read past the point of an abbreviation or a decimal, which ends no sentence.
    static let innerPoints: [TemporalCase] = [
        .init(sentence: "Output rose to 12.5 million tonnes, up from 9.8 million Thursday.", text: "Thursday",
              value: "2021-12-23"),
        .init(sentence: "The fund bought 40,000 shares from Sept. 14 to Thursday.", text: "Thursday",
              value: "2021-12-23"),
        .init(sentence: "U.S. officials met their counterparts in Geneva on Thursday.", text: "Thursday",
              value: "2021-12-23"),
    ]

    @Test(arguments: innerPoints) func readsTenseAcrossAbbreviations(_ example: TemporalCase) throws {
        try expectTag(example)
    }

    /// A relative clause ("where", "which", "who") has its own tense: the main clause's "would" does not move
    /// "the Dec. 20 floods" to next year.
    static let relativeClauses: [TemporalCase] = [
        .init(sentence: "Officials hoped aid would reach the valley, where the Dec. 20 floods killed 40 people.",
              text: "Dec. 20", value: "2021-12-20"),
        .init(sentence: "Investors will study the filing, which the company released Dec. 17.", text: "Dec. 17",
              value: "2021-12-17"),
        // Nor does the tense of a "that" clause after the date reach back to it.
        .init(sentence: "The minister told a news conference on Monday that the border might be reopened.",
              text: "Monday", value: "2021-12-27"),
    ]

    @Test(arguments: relativeClauses) func readsTheTenseOfARelativeClause(_ example: TemporalCase) throws {
        try expectTag(example)
    }

    /// "the weekend": the last one in a report, the coming one in a future-tense sentence.
    static let weekends: [TemporalCase] = [
        .init(sentence: "Police made several arrests over the weekend.", text: "the weekend", value: "2021-W51-WE"),
        .init(sentence: "Negotiators will meet again over the weekend.", text: "the weekend", value: "2021-W52-WE"),
        .init(sentence: "Shoppers crowded the malls over the weekend.", text: "the weekend", value: "2022-W01-WE",
              anchor: "2022-01-08"),
    ]

    @Test(arguments: weekends) func resolvesTheWeekend(_ example: TemporalCase) throws {
        try expectTag(example)
    }
}
