import ClaimCore
import Testing

@testable import ClaimText

/// How wire copy anchors dates it does not spell out: the year of a scheduled date, weekdays in reports, a weekday
/// that contradicts a date, times followed by their day, a results story's reporting quarter, and open-ended
/// references ("recent years", "the near future"). Anchor 2021-12-28 (a Tuesday) unless a case says otherwise.
@Suite struct TemporalNewsConventionTests {
    /// A past-tense or perfect sentence about a date a few weeks ahead is about a scheduled event, not last year's.
    static let scheduledDates: [TemporalCase] = [
        .init(sentence: "A July 8 hearing has been scheduled in the case.", text: "July 8", value: "2022-07-08",
              anchor: "2022-06-20"),
        .init(sentence: "The regulator extended the deadline to Jan. 21 after talks stalled.", text: "Jan. 21",
              value: "2022-01-21"),
        .init(sentence: "The board approved a dividend payable Feb. 3 to holders of record.", text: "Feb. 3",
              value: "2022-02-03"),
        .init(sentence: "The new tariffs, announced by the ministry, become effective March 1.", text: "March 1",
              value: "2022-03-01", anchor: "2021-10-15"),
        .init(sentence: "The judge gave the company until mid-November to respond.", text: "mid-November",
              value: "2021-11", modifier: "MID", anchor: "2021-10-28"),
        // Far ahead, the past tense still means last year's date.
        .init(sentence: "The bridge reopened on September 30 after repairs.", text: "September 30",
              value: "2021-09-30", anchor: "2022-01-12"),
    ]

    @Test(arguments: scheduledDates) func keepsScheduledDatesInTheYearAhead(_ example: TemporalCase) throws {
        try expectTag(example)
    }

    /// Bare weekdays in reports look back; scheduling words and "as soon as" look ahead; a plan made before ("had
    /// been due") stays past.
    static let weekdays: [TemporalCase] = [
        .init(sentence: "Trading volume rose to 300 million shares from 210 million Thursday.", text: "Thursday",
              value: "2021-12-23"),
        .init(sentence: "The bid had been due to expire Friday evening.", text: "Friday evening",
              value: "2021-12-24TEV", type: .time),
        .init(sentence: "The ferry could sail as soon as Thursday, the harbour master said.", text: "Thursday",
              value: "2021-12-30"),
        .init(sentence: "The stock is to resume trading Thursday in Frankfurt.", text: "Thursday",
              value: "2021-12-30"),
        .init(sentence: "The vote has been scheduled for Friday.", text: "Friday", value: "2021-12-31"),
    ]

    @Test(arguments: weekdays) func readsWeekdaysAsWireCopyMeansThem(_ example: TemporalCase) throws {
        try expectTag(example)
    }

    /// A weekday that contradicts a date with no year picks the nearest year in which they agree.
    static let weekdayDates: [TemporalCase] = [
        // April 25 is a Saturday in 2020, not in 2021 (published 2021-03-30).
        .init(sentence: "The festival opened on Saturday, April 25, with a parade.", text: "Saturday, April 25",
              value: "2020-04-25", anchor: "2021-03-30"),
        .init(sentence: "The summit is planned for Saturday, April 24.", text: "Saturday, April 24",
              value: "2021-04-24", anchor: "2021-03-30"),
        .init(sentence: "About $14 million left the fund Friday Oct. 13 alone.", text: "Friday Oct. 13",
              value: "2023-10-13", anchor: "2023-10-27"),
        // A written year is never overruled.
        .init(sentence: "The treaty was signed on Monday, June 3, 2019.", text: "Monday, June 3, 2019",
              value: "2019-06-03"),
    ]

    @Test(arguments: weekdayDates) func letsTheWeekdayChooseTheYear(_ example: TemporalCase) throws {
        try expectTag(example)
    }

    /// A time followed by a weekday or a date belongs to that day.
    static let timesWithTheirDay: [TemporalCase] = [
        .init(sentence: "The offer now expires at 5 p.m. EST, Jan. 14.", text: "5 p.m. EST, Jan. 14",
              value: "2022-01-14T17:00", type: .time),
        .init(sentence: "Police sealed the road at 10 p.m. Sunday.", text: "10 p.m. Sunday",
              value: "2021-12-26T22:00", type: .time),
        .init(sentence: "The talks collapsed at noon Monday.", text: "noon Monday", value: "2021-12-27T12:00",
              type: .time),
    ]

    @Test(arguments: timesWithTheirDay) func attachesTheDayAfterATime(_ example: TemporalCase) throws {
        try expectTag(example)
    }

    /// Open-ended references and spoken years.
    static let openEnded: [TemporalCase] = [
        .init(sentence: "Sales of vinyl records have climbed in recent years.", text: "recent years",
              value: "PAST_REF"),
        .init(sentence: "Rescuers searched the valley in recent days and weeks.", text: "recent days and weeks",
              value: "PAST_REF"),
        .init(sentence: "The carrier expects weaker demand in coming months.", text: "coming months",
              value: "FUTURE_REF"),
        .init(sentence: "The tax credit will lower payments in future quarters.", text: "future quarters",
              value: "FUTURE_REF"),
        .init(sentence: "The mine will reopen in the near future.", text: "the near future", value: "FUTURE_REF"),
        .init(sentence: "The lender wants the loans repaid as soon as possible.", text: "as soon as possible",
              value: "FUTURE_REF"),
        .init(sentence: "The museum was founded in nineteen seventy-two.", text: "nineteen seventy-two",
              value: "1972"),
        // A month or season before a spoken year takes it, as it takes a written one.
        .init(sentence: "Prices peaked in March nineteen ninety-eight.", text: "March nineteen ninety-eight",
              value: "1998-03"),
        .init(sentence: "Floods hit the delta in the spring of nineteen eighty-one.",
              text: "the spring of nineteen eighty-one", value: "1981-SP"),
        .init(sentence: "He moved to Lisbon in June 2015 and left later that year.", text: "later that year",
              value: "2015"),
        .init(sentence: "The ship docked on March 3, 2020. The following month, its crew was paid off.",
              text: "The following month", value: "2020-04"),
        .init(sentence: "The court met on May 4, 2018, and ruled the next day.", text: "the next day",
              value: "2018-05-05"),
        .init(sentence: "The rebels took the town on June 9, 2016; the army had left the previous day.",
              text: "the previous day", value: "2016-06-08"),
        .init(sentence: "Troops crossed the border on Aug. 2, 2019, and pulled back later in the day.",
              text: "later in the day", value: "2019-08-02"),
        .init(sentence: "Shipments were delayed earlier in the year by floods.", text: "earlier in the year",
              value: "2021"),
        // A day of the month alone is in the month the story last named; a future clause moves a past day on.
        .init(sentence: "The judge said on Tuesday that hearings will now begin on the 22nd.", text: "the 22nd",
              value: "2022-03-22", anchor: "2022-03-01"),
        .init(sentence: "The ferry sank on the 3rd, the coast guard said.", text: "the 3rd", value: "2022-03-03",
              anchor: "2022-03-10"),
        .init(sentence: "Voting will end on the 2nd, the commission said.", text: "the 2nd",
              value: "2022-01-02"),
    ]

    @Test(arguments: openEnded) func tagsOpenEndedReferences(_ example: TemporalCase) throws {
        try expectTag(example)
    }

    @Test func soonIsNoDateWhereItJoinsEventsOrTellsAPastStory() {
        let sentences = [
            "Crews will start repairs as soon as the storm passes.",
            "The mayor resigned, and soon after the council was dissolved.",
            "The prisoner was soon released on bail.",
        ]
        for sentence in sentences {
            #expect(!temporalTags(sentence).contains { $0.value == "FUTURE_REF" }, "\(sentence)")
        }
    }

    /// A results story names its quarter once; "the quarter", "a year earlier" and "year-ago" refer to it.
    @Test func anchorsAnaphoricPeriodsToTheReportingQuarter() throws {
        let story = """
            Harbor Foods reported a third-quarter loss of $4 million. A year earlier, it earned $2 million. \
            Sales in the latest quarter fell 8%. Costs in the quarter rose. The year-ago results included a gain. \
            In the 2022 period, margins were wider. Sales for this year's fourth quarter should improve.
            """
        let found = TemporalTagger().expressions(in: story, anchor: CalendarDay("2023-10-26"))
        func value(_ text: String) -> String? { found.first { $0.text == text }?.value }
        #expect(value("third-quarter") == "2023-Q3")
        #expect(value("A year earlier") == "2022-Q3")
        #expect(value("the latest quarter") == "2023-Q3")
        #expect(value("the quarter") == "2023-Q3")
        #expect(value("year-ago") == "2022-Q3")
        #expect(value("the 2022 period") == "2022-Q3")
        #expect(value("this year's fourth quarter") == "2023-Q4")
    }

    @Test func comparesWholeYearsInASentenceAboutMonths() {
        let story = "Net rose in the third quarter. For the nine months, net was $9 million, up from $7 million a year earlier."
        let found = TemporalTagger().expressions(in: story, anchor: CalendarDay("2023-10-26"))
        #expect(found.first { $0.text == "a year earlier" }?.value == "2022")
    }

    @Test func readsTheYearOfAResultsStory() {
        let story = "Profit fell in the third quarter. For the year ended June 30, 2023, sales rose. "
            + "The chain expects growth for the full year."
        let found = TemporalTagger().expressions(in: story, anchor: CalendarDay("2023-10-26"))
        #expect(found.first { $0.text == "the year" }?.value == "2023")
        #expect(found.first { $0.text == "the full year" }?.value == "2023")
    }

    @Test func leavesAYearAgoAsAYearWithoutAQuarter() {
        let found = temporalTags("The plant closed a year ago.")
        #expect(found.first { $0.text == "a year ago" }?.value == "2020")
    }

    /// A quarter of long ago is history, not the reporting period.
    @Test func ignoresOldQuartersForTheReportingPeriod() {
        let story = "The utility stopped its dividend in the third quarter of 1984. Net income rose from a loss a year ago."
        let found = TemporalTagger().expressions(in: story, anchor: CalendarDay("2023-10-26"))
        #expect(found.first { $0.text == "a year ago" }?.value == "2022")
    }
}
