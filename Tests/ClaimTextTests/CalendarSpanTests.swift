import ClaimCore
import Testing
@testable import ClaimText

/// The days a date value covers, read from its bytes, against what `EventDate` reads from the value
/// or from its first 10, 7 or 4 characters (the reading the finder used before).
@Suite struct CalendarSpanTests {
    static let values = [
        "2022-01-10", "2021-12", "2021", "2021-12-07T15:00", "2021-12-07T15:00:30Z", "2021-12-07TMO", "2021-W50",
        "2021-Q4", "2021-SU", "2021-02-30", "2021-02", "2021-13", "2021-13-01", "2024-02-29", "2023-02-29", "2021-1",
        "2021-", "2021-12X", "202", "", "PRESENT_REF", "XXXX-01-10", "P2W", "2021-12-10T25:00", "1999-12-31T23:59",
        "0000-01-01",
    ]

    @Test(arguments: values)
    func spanMatchesEventDate(value: String) {
        let date = EventDate(value) ?? EventDate(String(value.prefix(10))) ?? EventDate(String(value.prefix(7)))
            ?? EventDate(String(value.prefix(4)))
        let span = ClaimFinder.calendarSpan(of: value)
        #expect(span?.first == date?.firstDay, "first day of \(value)")
        #expect(span?.last == date?.lastDay, "last day of \(value)")
    }

    @Test func spansOfTheUsualForms() {
        #expect(ClaimFinder.calendarSpan(of: "2022-01")?.last == CalendarDay(year: 2022, month: 1, day: 31))
        #expect(ClaimFinder.calendarSpan(of: "2024-02")?.last == CalendarDay(year: 2024, month: 2, day: 29))
        #expect(ClaimFinder.calendarSpan(of: "2021-Q4")?.first == CalendarDay(year: 2021, month: 1, day: 1))
        #expect(ClaimFinder.calendarSpan(of: "PRESENT_REF") == nil)
    }
}
