import ClaimCore
import Testing

@testable import ClaimText

/// Conventions of wire and results copy the tagger follows: deadlines given "until" a day, years of history, the week
/// of a date or a holiday, a time given again in GMT before its day, "that year", open stretches back to now, and the
/// periods of a results roundup. Anchor 2021-12-28 (a Tuesday) unless a case says otherwise.
@Suite struct TemporalWireClassTests {
    /// "until <day> to <verb>": the time allowed for something still to be done lies ahead of the report, whatever
    /// the tense of the verb that set it.
    static let deadlines: [TemporalCase] = [
        .init(sentence: "The agency has given the owners until Thursday to file the papers.", text: "Thursday",
              value: "2021-12-30"),
        .init(sentence: "The court gave the union until 9 a.m. Monday to call off the strike.", text: "9 a.m. Monday",
              value: "2022-01-03T09:00", type: .time),
        // "until" with no task after it is how long something lasted.
        .init(sentence: "The rebels held the bridge until Friday, when the army arrived.", text: "Friday",
              value: "2021-12-24"),
    ]

    @Test(arguments: deadlines) func readsADeadlineAsStillAhead(_ example: TemporalCase) throws {
        try expectTag(example)
    }

    /// A year before 1900 is read after a preposition of time, not as an amount.
    @Test func readsYearsOfHistoryAfterAPreposition() throws {
        let found = temporalTags("The fort was built in 1847 and rebuilt after the war, from 1866 on.")
        #expect(found.map(\.value) == ["1847", "1866"])
        #expect(temporalTags("The mill employed 1850 workers.").isEmpty)
        #expect(temporalTags("Power was restored in 1850 homes on the coast.").isEmpty)
    }

    /// "the week of Jan. 10", "Easter week": the ISO week the day falls in.
    static let weeks: [TemporalCase] = [
        .init(sentence: "A hearing is expected the week of Jan. 10, lawyers said.", text: "the week of Jan. 10",
              value: "2022-W02"),
        .init(sentence: "Pilgrims filled the old town as Easter week began.", text: "Easter week", value: "2022-W15",
              anchor: "2022-04-11"),
    ]

    @Test(arguments: weeks) func tagsTheWeekOfADay(_ example: TemporalCase) throws {
        try expectTag(example)
    }

    /// "9:20 a.m. (0620 GMT) Sunday": the day after the bracket is the time's.
    @Test func attachesTheDayAfterABracketedGMTTime() throws {
        let found = temporalTags("A warehouse fire broke out at about 9:20 a.m. (0620 GMT) Sunday, firefighters said.")
        #expect(found.first { $0.text == "9:20 a.m." }?.value == "2021-12-26T09:20")
        #expect(found.first { $0.text == "Sunday" }?.value == "2021-12-26")
    }

    /// "in a quarter that produces a loss" names a kind of quarter, not one counted from the report.
    @Test func leavesAUnitWithItsOwnClauseUndated() {
        let found = temporalTags("Tax payments will be small in a quarter that produces a loss.")
        #expect(!found.contains { $0.type == .date })
    }

    /// The tense of a clause can come a long way after a weekday at its start.
    @Test func readsATenseFarAfterTheWeekday() {
        let found = temporalTags(
            "The fund reported that by the end of trading Thursday, roughly 8,300 of its units and "
                + "three million of its bonds had been offered for sale.")
        #expect(found.first { $0.text == "Thursday" }?.value == "2021-12-23")
    }

    /// In a sentence about months of the year, "year-earlier" and "the 2022 period" are the year before, as "a year
    /// earlier" there; a roundup's next company "reported" its own quarter, which its "a year earlier" refers to.
    @Test func followsTheQuarterEachCompanyReports() {
        let story = """
            Harbor Foods reported a third-quarter loss. For the nine months, it earned $3 million, compared with \
            year-earlier net of $5 million and a loss in the 2022 period. Separately, Pine Rail reported \
            second-quarter profit of $2 million, up from $1 million a year earlier. The latest period included a gain.
            """
        let found = TemporalTagger().expressions(in: story, anchor: CalendarDay("2023-10-26"))
        func value(_ text: String) -> String? { found.first { $0.text == text }?.value }
        #expect(value("third-quarter") == "2023-Q3")
        #expect(value("year-earlier") == "2022")
        #expect(value("the 2022 period") == "2022")
        #expect(value("a year earlier") == "2022-Q2")
        #expect(value("The latest period") == "2023-Q2")
    }
}

extension TemporalWireClassTests {
    /// "that year" is the year the story last named; "said that year-end …" is a clause, not a date. Padded so the
    /// fast reader hands over to the general scanner on every byte of it.
    @Test func readsThatYearAsTheYearLastNamed() throws {
        for padding in 0...20 {
            let text = "Imports totaled $37 million in 1988, a small share of the trade that year."
                + String(repeating: " ", count: padding)
            let found = temporalTags(text)
            #expect(found.map(\.value) == ["1988", "1988"], "padding \(padding): \(found.map(\.text))")
        }
        #expect(temporalTags("The firm said that year-end results would be weak.").isEmpty)
    }

    /// An open stretch back to now with no count is PAST_REF, as "recent months"; a counted one stays a duration.
    static let openStretches: [TemporalCase] = [
        .init(sentence: "Mortgage rates have fallen in the last few months.", text: "the last few months",
              value: "PAST_REF"),
        .init(sentence: "Sales weakened over the past several quarters.", text: "the past several quarters",
              value: "PAST_REF"),
        .init(sentence: "Sales weakened over the past two quarters.", text: "the past two quarters", value: "P6M",
              type: .duration),
        .init(sentence: "Buyers are scarce these days, agents say.", text: "these days", value: "PRESENT_REF"),
    ]

    @Test(arguments: openStretches) func readsAnOpenStretchBackAsThePast(_ example: TemporalCase) throws {
        try expectTag(example)
    }

    /// "the first two quarters of 1990" is the first half.
    @Test func readsTheFirstTwoQuartersAsTheFirstHalf() throws {
        try expectTag(.init(sentence: "Losses are expected in the first two quarters of 2022.",
                            text: "the first two quarters of 2022", value: "2022-H1"))
    }

    /// "Saturday night's captures" is as possessive as "Saturday's": the last one, whatever comes later.
    @Test func readsAPossessiveWeekdayNightAsPast() {
        let found = temporalTags("Saturday night's footage looks smooth, while the new build seems to be aiming higher.")
        #expect(found.first { $0.text == "Saturday night" }?.value == "2021-12-25")
    }
}
