import Testing
@testable import ClaimCore

@Suite struct EventDateTests {
    @Test(arguments: ["2022", "2022-01", "2022-01-10", "2022-01-10T14:30"])
    func roundTripsEachPrecision(text: String) throws {
        let date = try #require(EventDate(text))
        #expect(date.description == text)
    }

    @Test func rejectsImpossibleDates() {
        #expect(EventDate("2022-02-30") == nil)
        #expect(EventDate("2022-13") == nil)
        #expect(EventDate("22-01-10") == nil)
        #expect(EventDate("2022-01-10T25:00") == nil)
    }

    @Test func monthCoversItsDays() throws {
        let january = try #require(EventDate("2022-01"))
        let tenth = try #require(EventDate("2022-01-10"))
        #expect(january.contains(tenth))
        #expect(!tenth.contains(january))
        #expect(january.overlaps(tenth))
        #expect(january.lastDay == CalendarDay(year: 2022, month: 1, day: 31))
    }

    @Test func dayArithmeticAndWeekdays() throws {
        let day = try #require(CalendarDay("2022-01-10"))
        #expect(day.weekday == 0)  // a Monday
        #expect(day.adding(days: -10).description == "2021-12-31")
        #expect(CalendarDay(dayNumber: day.dayNumber) == day)
        #expect(CalendarDay("2024-02-29") != nil)
        #expect(CalendarDay("2023-02-29") == nil)
    }

    @Test func timestampsRoundTripToTheSecond() throws {
        let stamp = try #require(Timestamp("2021-12-28T09:05:07Z"))
        #expect(stamp.description == "2021-12-28T09:05:07Z")
        #expect(Timestamp("2021-12-28T12:05:07+03:00") == stamp)
        #expect(Timestamp("yesterday") == nil)
    }
}

extension EventDateTests {
    /// `CalendarDay`'s `<` compares fields; the day numbers give the order of the calendar.
    @Test func dayOrderMatchesDayNumbers() {
        let days = ["1999-12-31", "2000-01-01", "2000-02-29", "2000-03-01", "2021-01-31", "2021-02-01", "2021-12-28",
                    "2021-12-31", "2022-01-01", "2022-01-10", "2024-02-29", "0001-01-01"].compactMap(CalendarDay.init)
        for first in days {
            for second in days {
                #expect((first < second) == (first.dayNumber < second.dayNumber), "\(first) before \(second)")
            }
        }
    }
}
