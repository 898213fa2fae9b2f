import ClaimCore
import ClaimText
import Testing
@testable import ClaimIngest

@Suite struct IngestSessionTests {
    static func finding(_ statement: String, _ date: String?, kind: String?, sentence: Range<Int>) -> FoundClaim {
        FoundClaim(statement: statement, eventDate: date, kind: kind, status: .proposed, cue: "will", quote: statement,
                   sentence: sentence)
    }

    @Test func theReportDayGivesWayToTheEventsDayInOneSentence() {
        // "The ferry operator said on Friday that the crossing will resume on June 3."
        let findings = [
            Self.finding("Ferry operator statement", "2024-05-24", kind: nil, sentence: 0..<80),
            Self.finding("Crossing resumes", "2024-06-03", kind: nil, sentence: 0..<80),
        ]
        let kept = IngestSession.withoutReportDates(findings, published: CalendarDay("2024-05-24"))
        #expect(kept.map(\.statement) == ["Crossing resumes"])
    }

    @Test func aYearNamedForComparisonDoesNotHideTheEventOfTheDay() {
        // "Turnout in the mayoral election reached 61% by noon, higher than in 2019."
        let findings = [
            Self.finding("Mayoral election", "2024-05-24", kind: "election", sentence: 0..<90),
            Self.finding("Higher than in", "2019", kind: nil, sentence: 0..<90),
        ]
        let kept = IngestSession.withoutReportDates(findings, published: CalendarDay("2024-05-24"))
        #expect(kept.map(\.statement) == ["Mayoral election", "Higher than in"])
    }
}
