import ClaimCore
import Testing

@testable import ClaimText

/// Expressions resolved against the publication date (2021-12-28, a Tuesday, unless a case says otherwise).
@Suite struct TemporalRelativeTests {
    static let weekdays: [TemporalCase] = [
        .init(sentence: "The foreign minister will fly to Brussels on Monday.", text: "Monday", value: "2022-01-03"),
        .init(sentence: "The foreign minister flew to Brussels on Monday.", text: "Monday", value: "2021-12-27"),
        .init(sentence: "The central bank announced on Tuesday that rates stay put.", text: "Tuesday",
              value: "2021-12-28"),
        .init(sentence: "Talks are set to resume on Thursday.", text: "Thursday", value: "2021-12-30"),
        .init(sentence: "On Friday, the union called off the strike.", text: "Friday", value: "2021-12-24"),
        // A possessive weekday is a reported event, the last one; "ahead of" one is still to come.
        .init(sentence: "Thursday's summit in Brussels", text: "Thursday", value: "2021-12-23"),
        .init(sentence: "Ministers gathered ahead of Thursday's summit in Brussels.", text: "Thursday",
              value: "2021-12-30"),
        .init(sentence: "The court ruled last Monday.", text: "last Monday", value: "2021-12-27"),
        .init(sentence: "Ministers meet again next Tuesday.", text: "next Tuesday", value: "2022-01-04"),
        .init(sentence: "Markets fell sharply on Friday morning.", text: "Friday morning", value: "2021-12-24TMO",
              type: .time),
        // "set" is a plan only with "to" or "for" after it; otherwise it is a past verb ("set aside", "a record set").
        .init(sentence: "The final vote is set for Friday.", text: "Friday", value: "2021-12-31"),
        .init(sentence: "On Thursday, the judge set aside the jury's verdict.", text: "Thursday", value: "2021-12-23"),
        .init(sentence: "The regulator set Friday as the deadline for bids.", text: "Friday", value: "2021-12-24"),
    ]

    @Test(arguments: weekdays) func resolvesWeekdaysByTense(_ example: TemporalCase) throws {
        try expectTag(example)
    }

    static let deictic: [TemporalCase] = [
        .init(sentence: "The minister resigned today.", text: "today", value: "2021-12-28"),
        .init(sentence: "The vote is expected tonight.", text: "tonight", value: "2021-12-28TNI", type: .time),
        .init(sentence: "Firefighters contained the blaze yesterday.", text: "yesterday", value: "2021-12-27"),
        .init(sentence: "The results will be announced tomorrow.", text: "tomorrow", value: "2021-12-29"),
        .init(sentence: "Shares jumped this morning.", text: "this morning", value: "2021-12-28TMO", type: .time),
        .init(sentence: "Two explosions were heard last night.", text: "last night", value: "2021-12-27TNI",
              type: .time),
        .init(sentence: "Inflation hit a record this year.", text: "this year", value: "2021"),
        .init(sentence: "The plant opened last year.", text: "last year", value: "2020"),
        .init(sentence: "Exports will grow next month.", text: "next month", value: "2022-01"),
        .init(sentence: "The envoy visited Kyiv last week.", text: "last week", value: "2021-W51"),
        .init(sentence: "The envoy is in Kyiv this week.", text: "this week", value: "2021-W52"),
        .init(sentence: "Crowds gathered this weekend.", text: "this weekend", value: "2021-W52-WE"),
        .init(sentence: "Earlier this month, the bank raised rates.", text: "Earlier this month", value: "2021-12"),
        .init(sentence: "A decision is due later this year.", text: "later this year", value: "2022",
              anchor: "2022-03-01"),
        .init(sentence: "The company went bankrupt two weeks ago.", text: "two weeks ago", value: "2021-W50"),
        .init(sentence: "The dam was finished three years ago.", text: "three years ago", value: "2018"),
        .init(sentence: "The ship will dock in three days.", text: "three days", value: "2021-12-31"),
        .init(sentence: "A similar law passed in the past, officials said.", text: "the past", value: "PAST_REF"),
        .init(sentence: "The minister is now in Geneva.", text: "now", value: "PRESENT_REF"),
        .init(sentence: "The airline currently flies to 40 cities.", text: "currently", value: "PRESENT_REF"),
        .init(sentence: "The recently opened terminal is busy.", text: "recently", value: "PAST_REF"),
        .init(sentence: "More flights will be added soon.", text: "soon", value: "FUTURE_REF"),
        .init(sentence: "Fares may rise in the future.", text: "the future", value: "FUTURE_REF"),
    ]

    @Test(arguments: deictic) func resolvesAgainstThePublicationDate(_ example: TemporalCase) throws {
        try expectTag(example)
    }

    /// "the past year", "the last decade" with no number are the calendar year or decade before the report's, as
    /// TimeML annotates them ("the past three years" stays a stretch of time); "the near term", "the short term",
    /// "into the future" are the time ahead of the report.
    static let timeBeforeAndAhead: [TemporalCase] = [
        .init(sentence: "Reported burglaries fell over the past year.", text: "the past year", value: "2020"),
        .init(sentence: "Rents in the capital doubled in the last decade.", text: "the last decade", value: "201"),
        .init(sentence: "Few new refineries opened during the past decade.", text: "the past decade", value: "198",
              anchor: "1994-05-02"),
        .init(sentence: "Analysts see little relief for borrowers in the near term.", text: "the near term",
              value: "FUTURE_REF"),
        .init(sentence: "The cuts may hurt profits over the short term.", text: "the short term", value: "FUTURE_REF"),
        .init(sentence: "Shelling could go on well into the future, the envoy warned.", text: "the future",
              value: "FUTURE_REF"),
        .init(sentence: "Residents fear the future that awaits the valley.", text: "the future", value: "FUTURE_REF"),
        // Published in February: "the record set on Aug. 6" is last August's ("set" with no "to"/"for" is past).
        .init(sentence: "The index closed just below the record set on Aug. 6.", text: "Aug. 6",
              value: "2021-08-06", anchor: "2022-02-06"),
    ]

    @Test(arguments: timeBeforeAndAhead) func readsOpenPeriodsBeforeAndAheadOfTheReport(_ example: TemporalCase) throws {
        try expectTag(example)
    }

    @Test func keepsTheLastYearOfSomethingAndLongerStretchesOffTheCalendar() {
        for sentence in ["Food ran short in the last year of the war.",
                         "Prices have tripled over the past year and a half.",
                         "The firm has shrunk in the past decade or so."] {
            let found = temporalTags(sentence)
            #expect(!found.contains { $0.type == .date }, "\(sentence): \(found.map { "\($0.text)=\($0.value)" })")
        }
    }

    static let modifiersAndPeriods: [TemporalCase] = [
        .init(sentence: "The plant will reopen early next month.", text: "early next month", value: "2022-01",
              modifier: "START"),
        .init(sentence: "Sales slumped in late 2009.", text: "late 2009", value: "2009", modifier: "END"),
        .init(sentence: "A new model is due in mid-2023.", text: "mid-2023", value: "2023", modifier: "MID"),
        .init(sentence: "The merger should close by the end of the year.", text: "the end of the year",
              value: "2021", modifier: "END"),
        .init(sentence: "Shops were full at the beginning of January.", text: "the beginning of January",
              value: "2021-01", modifier: "START"),
        .init(sentence: "Profit doubled in the first quarter of 2009.", text: "the first quarter of 2009",
              value: "2009-Q1"),
        .init(sentence: "Revenue fell in Q3, the company said.", text: "Q3", value: "2021-Q3"),
        .init(sentence: "Sales fell during the last quarter.", text: "the last quarter", value: "2021-Q3"),
        .init(sentence: "Costs should ease in the second half of 2022.", text: "the second half of 2022",
              value: "2022-H2"),
        .init(sentence: "The festival returns this summer.", text: "this summer", value: "2009-SU",
              anchor: "2009-04-02"),
        .init(sentence: "The launch slipped to summer 2024.", text: "summer 2024", value: "2024-SU"),
        .init(sentence: "The meeting starts at 10 a.m. in the capital.", text: "10 a.m.",
              value: "2021-12-28T10:00", type: .time),
        .init(sentence: "Polls close at 8pm local time.", text: "8pm", value: "2021-12-28T20:00", type: .time),
        .init(sentence: "The rocket lifted off on Thursday at 14:30 UTC.", text: "14:30 UTC",
              value: "2021-12-23T14:30Z", type: .time),
        .init(sentence: "The deadline passes at noon.", text: "noon", value: "2021-12-28T12:00", type: .time),
    ]

    @Test(arguments: modifiersAndPeriods) func normalizesModifiersPeriodsAndTimes(_ example: TemporalCase) throws {
        try expectTag(example)
    }

    static let durationsAndSets: [TemporalCase] = [
        .init(sentence: "The strike lasted two weeks.", text: "two weeks", value: "P2W", type: .duration),
        .init(sentence: "He served three years in prison.", text: "three years", value: "P3Y", type: .duration),
        .init(sentence: "Wages have risen over the past three years.", text: "the past three years", value: "P3Y",
              type: .duration),
        .init(sentence: "They signed a 27-year lease.", text: "27-year", value: "P27Y", type: .duration),
        .init(sentence: "The project is two and a half years late.", text: "two and a half years",
              value: "P2.5Y", type: .duration),
        .init(sentence: "Engineers worked for 18 months on the fix.", text: "18 months", value: "P18M",
              type: .duration),
        .init(sentence: "The reactor failed after thirty minutes.", text: "thirty minutes", value: "PT30M",
              type: .duration),
        .init(sentence: "The talks could take several years.", text: "several years", value: "PXY", type: .duration),
        .init(sentence: "The committee meets every week.", text: "every week", value: "P1W", type: .set),
        .init(sentence: "The report is published annually.", text: "annually", value: "P1Y", type: .set),
        .init(sentence: "The yard builds 15 ships a year.", text: "a year", value: "P1Y", type: .set),
        .init(sentence: "The market is held every Saturday.", text: "every Saturday", value: "XXXX-WXX-6",
              type: .set),
    ]

    @Test(arguments: durationsAndSets) func typesDurationsAndSets(_ example: TemporalCase) throws {
        try expectTag(example)
    }
}

/// The tense of a reporting verb dates the report, not the event in the clause it introduces.
@Suite struct TemporalReportedClauseTests {
    static let cases: [TemporalCase] = [
        .init(sentence: "The ministry reported that Moscow considers January 10 a possible date.", text: "January 10",
              value: "2022-01-10"),
        .init(sentence: "The president did not deny the possibility of a visit in January.", text: "January",
              value: "2022-01"),
        .init(sentence: "The spokesman said the summit is scheduled for January 12: both sides agree.", text: "January 12",
              value: "2022-01-12"),
        .init(sentence: "The ministers met on December 7 in Vienna.", text: "December 7", value: "2021-12-07"),
        // An "-ed" adjective before its noun is no past verb; the clause's verb decides.
        .init(sentence: "Ministers will vote on the revised budget in January.", text: "January", value: "2022-01"),
        .init(sentence: "The refund would be sent on an undisclosed date in January.", text: "January",
              value: "2022-01"),
        .init(sentence: "The company announced the newly expanded program in March.", text: "March", value: "2021-03"),
        // "for" introduces a month as "in" does: a plan ("scheduled for March") or a period reported on.
        .init(sentence: "The referendum is scheduled for March.", text: "March", value: "2022-03"),
        .init(sentence: "The hearing was set for January, the clerk said.", text: "January", value: "2022-01"),
        .init(sentence: "Car sales for October fell 4 percent.", text: "October", value: "2021-10"),
        // A past form after "a", "an", "the" is a noun ("the cut"), not a past verb.
        .init(sentence: "The cut takes effect from January 1.", text: "January 1", value: "2022-01-01"),
        // "Dec. 12 last year": the year after the day.
        .init(sentence: "The treaty was signed on Dec. 12 last year.", text: "Dec. 12 last year", value: "2020-12-12"),
        .init(sentence: "Elections are due on 5 May next year.", text: "5 May next year", value: "2022-05-05"),
    ]

    @Test(arguments: cases) func resolvesTheYearFromTheReportedClause(_ example: TemporalCase) throws {
        try expectTag(example)
    }

    @Test func aClockTimeAfterADayIsNotADayFollowedByAColon() {
        let found = TemporalTagger().expressions(in: "Doors open on January 10:30 sharp.", anchor: CalendarDay("2021-12-28"))
        #expect(!found.contains { $0.text == "January 10" })
    }
}

/// Reporting verbs date only what sits next to them; a postponement's new date lies ahead.
@Suite struct TemporalReportingVerbTests {
    static let cases: [TemporalCase] = [
        .init(sentence: "A meeting of the two leaders in January is very unlikely, the ministry said.", text: "January",
              value: "2022-01"),
        .init(sentence: "The union said there were no talks yet, but it expects them on January 14.", text: "January 14",
              value: "2022-01-14"),
        .init(sentence: "The board said on Monday that profits fell.", text: "Monday", value: "2021-12-27"),
        .init(sentence: "The minister said the vote was postponed to January 20.", text: "January 20", value: "2022-01-20"),
        .init(sentence: "The launch was pushed back to March.", text: "March", value: "2022-03"),
        .init(sentence: "The regulator pushed the vote into February.", text: "February", value: "2022-02"),
        .init(sentence: "The vote was postponed until after January 10, officials said.", text: "January 10",
              value: "2022-01-10"),
        .init(sentence: "The vote was held after January 10, officials said.", text: "January 10", value: "2021-01-10"),
        // A rescheduling verb further back, in any tense, still makes the date after "to"/"until" the new one.
        .init(sentence: "The regulator has pushed back its ruling on the merger by two months, to February 3, the company said.",
              text: "February 3", value: "2022-02-03"),
        .init(sentence: "The trial was postponed by the court to January 5.", text: "January 5", value: "2022-01-05"),
        .init(sentence: "The airline delayed the first deliveries of its new jet once more, until March.", text: "March",
              value: "2022-03"),
        // The old date of a rescheduling is not pushed back a year by the past tense.
        .init(sentence: "The council moved the vote from December 30 to January 6.", text: "December 30",
              value: "2021-12-30"),
        .init(sentence: "The council moved the vote from December 30 to January 6.", text: "January 6", value: "2022-01-06"),
    ]

    @Test(arguments: cases) func resolvesTheYear(_ example: TemporalCase) throws {
        try expectTag(example)
    }
}
