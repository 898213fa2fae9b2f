import ClaimCore
import Testing
@testable import ClaimIngest

/// A claim opened by a report that an event has just taken place, with no date ("have won a contract",
/// published on day P): a later report dating it within the month up to P names a compatible date, one
/// dating it long before P or after it does not.
@Suite struct RecentPastMatchTests {
    static func undatedClaim(firstReported: String) -> EventDescription {
        var claim = EventDescription(statement: "Velmont Shipyards and Ardena Marine contract", date: nil, kind: "contract",
                                     participants: ["Velmont Shipyards", "Ardena Marine"], place: nil, status: nil)
        claim.firstReported = CalendarDay(firstReported)
        claim.isOpen = false
        return claim
    }

    static func report(_ date: String) -> EventDescription {
        EventDescription(statement: "Velmont Shipyards and Ardena Marine contract", date: EventDate(date), kind: "contract",
                         participants: ["Velmont Shipyards", "Ardena Marine"], place: nil, status: nil,
                         published: CalendarDay("2024-04-12"),
                         quote: "Last month, Velmont Shipyards and Ardena Marine won the contract for twelve patrol boats.")
    }

    @Test func aDateJustBeforeTheFirstReportIsTheEventsDate() {
        let claim = Self.undatedClaim(firstReported: "2024-03-02")
        for date in ["2024-02", "2024-03", "2024-02-28"] {
            let score = ClaimMatcher.score(Self.report(date), against: claim, isPostponement: false)
            #expect(score.reasons.contains { $0.contains("just before the first report") }, "\(date): \(score)")
            #expect(score.total >= 0.5, "\(date): \(score)")
        }
    }

    @Test func aDateLongBeforeOrAfterTheFirstReportIsNot() {
        let claim = Self.undatedClaim(firstReported: "2024-03-02")
        for date in ["2023-11", "2024-04-10", "2023"] {
            let score = ClaimMatcher.score(Self.report(date), against: claim, isPostponement: false)
            #expect(!score.reasons.contains { $0.contains("just before the first report") }, "\(date): \(score)")
        }
    }
}
