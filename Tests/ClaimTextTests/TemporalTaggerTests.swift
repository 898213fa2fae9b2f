import ClaimCore
import Testing

@testable import ClaimText

/// One sentence, the expression expected in it and its TIMEX3 value.
struct TemporalCase: Sendable, CustomTestStringConvertible {
    var sentence: String
    var text: String
    var value: String
    var type: TemporalType = .date
    var modifier: String? = nil
    var anchor: String? = "2021-12-28"

    var testDescription: String { "\"\(text)\" in \"\(sentence)\"" }
}

/// Tags `sentence` against an anchor given as `YYYY-MM-DD` (nil: no publication date).
func temporalTags(_ sentence: String, anchor: String? = "2021-12-28") -> [TemporalExpression] {
    TemporalTagger().expressions(in: sentence, anchor: anchor.flatMap { CalendarDay($0) })
}

/// Checks that `example.text` is found, alone or among others, with the expected value, type and modifier.
func expectTag(_ example: TemporalCase, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let found = temporalTags(example.sentence, anchor: example.anchor)
    let match = try #require(found.first { $0.text == example.text },
                             "found \(found.map { "\($0.text)=\($0.value)" })", sourceLocation: sourceLocation)
    #expect(match.value == example.value, sourceLocation: sourceLocation)
    #expect(match.type == example.type, sourceLocation: sourceLocation)
    #expect(match.modifier?.rawValue == example.modifier, sourceLocation: sourceLocation)
}

/// Full dates in the forms news copy uses, and bare years.
@Suite struct TemporalAbsoluteDateTests {
    static let cases: [TemporalCase] = [
        .init(sentence: "The ceasefire took effect on January 10, 2022, officials said.", text: "January 10, 2022",
              value: "2022-01-10"),
        .init(sentence: "Parliament was dissolved on 10 January 2022.", text: "10 January 2022", value: "2022-01-10"),
        .init(sentence: "The filing, dated 2022-01-10, was made public.", text: "2022-01-10", value: "2022-01-10"),
        .init(sentence: "The memo is stamped 1/10/2022 at the top.", text: "1/10/2022", value: "2022-01-10"),
        .init(sentence: "The founder, born on February 24, 1955, retired.", text: "February 24, 1955",
              value: "1955-02-24"),
        .init(sentence: "The treaty was signed in November 2006 in Vienna.", text: "November 2006", value: "2006-11"),
        .init(sentence: "According to an April 2nd report, sales doubled.", text: "April 2nd", value: "2021-04-02"),
        .init(sentence: "The bridge opened in 2009 after a long delay.", text: "2009", value: "2009"),
        .init(sentence: "The company said 2009's results were its worst.", text: "2009", value: "2009"),
        .init(sentence: "The firm grew quickly in the 1990s.", text: "the 1990s", value: "199X"),
        .init(sentence: "Steel mills shaped the 20th century here.", text: "the 20th century", value: "19XX"),
        .init(sentence: "Results for fiscal 2020 beat forecasts.", text: "fiscal 2020", value: "FY2020"),
    ]

    @Test(arguments: cases) func normalizesFullDates(_ example: TemporalCase) throws {
        try expectTag(example)
    }

    @Test func keepsAbsoluteDatesWithoutAnAnchor() throws {
        let found = temporalTags("The law took effect on March 1, 2020.", anchor: nil)
        let date = try #require(found.first)
        #expect(date.value == "2020-03-01")
        #expect(date.eventDate == EventDate("2020-03-01"))
    }

    @Test func tagsEachYearOfARange() {
        let found = temporalTags("Deliveries run from 2014 to 2016 under the deal.")
        #expect(found.map(\.value) == ["2014", "2016"])
    }
}

/// Month and day without a year: the year follows the tense, else the nearest date to the publication date.
@Suite struct TemporalYearFromContextTests {
    static let cases: [TemporalCase] = [
        // Published 2021-12-28.
        .init(sentence: "Russian and US officials are scheduled to hold talks on January 10 in Geneva.",
              text: "January 10", value: "2022-01-10"),
        .init(sentence: "The two presidents met on December 7 by video link.", text: "December 7", value: "2021-12-07"),
        .init(sentence: "Negotiators will return to Vienna on December 27.", text: "December 27", value: "2022-12-27"),
        .init(sentence: "The agency closed the border on January 5.", text: "January 5", value: "2021-01-05"),
        .init(sentence: "Elections, as things stand, are on January 20.", text: "January 20", value: "2022-01-20"),
        .init(sentence: "Jan. 10 is the date both sides are aiming for.", text: "Jan. 10", value: "2022-01-10"),
        .init(sentence: "A second round of talks is expected in January.", text: "January", value: "2022-01"),
        .init(sentence: "Prices rose sharply in June this year.", text: "June this year", value: "2021-06"),
        .init(sentence: "The factory shut in October, workers said.", text: "October", value: "2021-10"),
        .init(sentence: "The strike began in mid-December.", text: "mid-December", value: "2021-12", modifier: "MID"),
        // Published 2009-06-18: a spring article about a past deal.
        .init(sentence: "The carrier signed the order in Lisbon on June 15.", text: "June 15", value: "2009-06-15",
              anchor: "2009-06-18"),
    ]

    @Test(arguments: cases) func choosesTheYearFromContext(_ example: TemporalCase) throws {
        try expectTag(example)
    }
}

/// Holidays with their day worked out, the year from a written year or from the tense.
@Suite struct TemporalHolidayTests {
    static let cases: [TemporalCase] = [
        .init(sentence: "Talks will resume after Christmas, the ministry said.", text: "Christmas", value: "2022-12-25",
              anchor: "2022-03-01"),
        .init(sentence: "The ceasefire held over Christmas.", text: "Christmas", value: "2021-12-25", anchor: "2022-01-05"),
        .init(sentence: "Officials met on Christmas Eve.", text: "Christmas Eve", value: "2021-12-24"),
        .init(sentence: "The new rules take effect on New Year's Day.", text: "New Year's Day", value: "2022-01-01"),
        .init(sentence: "Markets close early on New Year’s Eve.", text: "New Year’s Eve", value: "2021-12-31"),
        .init(sentence: "The sale is planned for Boxing Day.", text: "Boxing Day", value: "2021-12-26", anchor: "2021-12-20"),
        .init(sentence: "The vote will be held before Easter.", text: "Easter", value: "2022-04-17"),
        .init(sentence: "The shops reopen on Easter Monday.", text: "Easter Monday", value: "2024-04-01", anchor: "2024-03-10"),
        .init(sentence: "The parade was held on Thanksgiving 2021.", text: "Thanksgiving 2021", value: "2021-11-25"),
        .init(sentence: "Congress hopes to pass the bill by Thanksgiving.", text: "Thanksgiving", value: "2022-11-24",
              anchor: "2022-09-01"),
        .init(sentence: "The film opens on Valentine's Day.", text: "Valentine's Day", value: "2022-02-14"),
        .init(sentence: "The launch is set for Halloween.", text: "Halloween", value: "2022-10-31", anchor: "2022-06-01"),
        .init(sentence: "The summit is planned for Christmas.", text: "Christmas", value: "XXXX-12-25", anchor: nil),
    ]

    @Test(arguments: cases) func tagsHolidays(_ example: TemporalCase) throws { try expectTag(example) }

    @Test(arguments: ["He bought a new car.", "In January, after the New Year holidays, talks resume.",
                      "The christmas tree was lit.", "Boxing is popular."])
    func leavesOtherUsesAlone(sentence: String) {
        let found = temporalTags(sentence)
        #expect(!found.contains { $0.text.lowercased().contains("new") || $0.text.lowercased().contains("christmas")
            || $0.text.lowercased().contains("boxing") })
    }

    @Test func computesEasterAndThanksgiving() {
        #expect(TemporalParser.easter(in: 2022) == CalendarDay(year: 2022, month: 4, day: 17))
        #expect(TemporalParser.easter(in: 2024) == CalendarDay(year: 2024, month: 3, day: 31))
        #expect(TemporalParser.easter(in: 2025) == CalendarDay(year: 2025, month: 4, day: 20))
        #expect(TemporalParser.thanksgiving(in: 2021) == CalendarDay(year: 2021, month: 11, day: 25))
        #expect(TemporalParser.thanksgiving(in: 2023) == CalendarDay(year: 2023, month: 11, day: 23))
    }
}
