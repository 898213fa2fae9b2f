import ClaimConfig
import Testing
@testable import ClaimRunner

@Suite struct ClaimMatcherTests {
    static let created = Timestamp("2021-12-28T10:00:00Z")!

    static func claim(_ id: String, _ statement: String, _ date: String?, kind: String?, _ participants: [String], place: String? = nil) -> Claim {
        Claim(id: ClaimID(id)!, statement: statement,
              event: Event(date: date.flatMap(EventDate.init), kind: kind, participants: participants, place: place),
              status: .proposed, created: created)
    }

    let matcher = ClaimMatcher(claims: [
        claim("talks", "Russia and the United States hold talks on security guarantees", "2022-01-10",
              kind: "talks", ["Russia", "United States"], place: "Geneva"),
        claim("leaders-meet", "Biden and Putin meet in person", "2022-01", kind: "meeting", ["Biden", "Putin"]),
        claim("council", "Russia and NATO hold a council meeting", "2022-01-12", kind: "meeting", ["Russia", "NATO"]),
        claim("vote", "Parliament votes on the budget", "2023-05-16", kind: "vote", ["Parliament"]),
    ], threshold: 0.5, vocabulary: .standard)

    func bestID(_ statement: String, _ date: String?, kind: String?, _ participants: [String], place: String? = nil,
                status: StatusID = .proposed) -> String? {
        let finding = EventDescription(statement: statement, date: date.flatMap(EventDate.init), kind: kind,
                                       participants: participants, place: place, status: status)
        guard let best = matcher.best(for: finding), best.isMatch else { return nil }
        return best.claim.id.rawValue
    }

    @Test func laterReportsWordedDifferentlyFindTheirClaim() {
        #expect(bestID("Talks in Geneva on January 10", "2022-01-10", kind: "talks", [], place: "Geneva") == "talks")
        #expect(bestID("The January 10 security talks", "2022-01-10", kind: "talks", []) == "talks")
        // "Russian and American delegations met in Geneva on Monday": Monday is January 10.
        #expect(bestID("Russia and the United States meet in Geneva", "2022-01-10", kind: "meeting",
                       ["Russia", "United States"], place: "Geneva") == "talks")
        // A day matches the month that contains it.
        #expect(bestID("Biden and Putin meet", "2022-01-20", kind: "meeting", ["Biden", "Putin"]) == "leaders-meet")
    }

    @Test func differentEventsInTheSameMonthStayApart() {
        #expect(bestID("Biden and Putin meet", "2022-01", kind: "meeting", ["Biden", "Putin"]) == "leaders-meet")
        #expect(bestID("Russia and NATO hold a council meeting", "2022-01-19", kind: "meeting", ["Russia", "NATO"]) == nil)
        #expect(bestID("China and India hold talks", "2022-01-10", kind: "talks", ["China", "India"]) == nil)
    }

    @Test func aPostponementMayNameANewDate() {
        #expect(bestID("Parliament votes on the budget", "2023-05-30", kind: "vote", ["Parliament"]) == nil)
        #expect(bestID("Parliament votes on the budget", "2023-05-30", kind: "vote", ["Parliament"], status: .postponed) == "vote")
    }

    @Test func candidatesComeFromTheIndexNotFromEveryClaim() {
        let finding = EventDescription(statement: "Parliament votes", date: EventDate("2023-05"), kind: "vote",
                                       participants: [], place: nil, status: .proposed)
        let positions = matcher.candidates(for: finding)
        #expect(positions.map { matcher.claims[$0].id.rawValue } == ["vote"])
    }

    @Test func scoresExplainThemselves() {
        let finding = EventDescription(statement: "Talks on security", date: EventDate("2022-01-10"), kind: "talks",
                                       participants: ["Russia", "United States"], place: nil, status: .proposed)
        let best = matcher.best(for: finding)
        #expect(best?.score.description.hasPrefix("score 0.") == true)
        #expect(best?.score.reasons.prefix(3) == ["same date 2022-01-10", "participants russia, united states", "same kind 'talks'"])
    }
}
