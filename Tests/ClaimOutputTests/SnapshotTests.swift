import ClaimConfig
import ClaimCore
import ClaimRules
import Testing
@testable import ClaimOutput

/// `SnapshotMaker`: a claim as it stood on a day, from its evidence and the changes people made.
@Suite struct SnapshotTests {
    let maker = SnapshotMaker(evaluator: StatusEvaluator(rules: [], vocabulary: .standard), graceDays: 0)
    let recorded = Timestamp("2026-11-01T10:00:00Z")!

    func evidence(_ published: String, _ status: StatusID, by voice: String) -> Evidence {
        Evidence(source: Source(name: "Wire", published: EventDate(published)), saidBy: voice, asserts: status,
                 recordedBy: "tester", recordedAt: recorded)
    }

    /// Proposed on Dec 28; a person set it to confirmed citing a Jan 5 source; a Jan 12 report not yet in.
    func claim() -> Claim {
        var claim = Claim(id: ClaimID("talks")!, statement: "Talks", event: Event(date: EventDate("2022-01-10")),
                          status: .proposed, created: recorded)
        let first = claim.record(evidence("2021-12-28", .proposed, by: "the White House"))
        claim.changeStatus(to: .proposed, at: recorded, because: "recorded by hand", evidence: first, by: "tester")
        let second = claim.record(evidence("2022-01-05", .confirmed, by: "Moscow"))
        claim.changeStatus(to: .confirmed, at: recorded, because: "Moscow confirmed", evidence: second, by: "tester")
        claim.record(evidence("2022-01-12", .happened, by: "Geneva reporter"))
        return claim
    }

    @Test func aPersonsChangeCountsFromItsSourcesPublication() throws {
        let before = try #require(maker.snapshot(of: claim(), asOf: CalendarDay("2022-01-04")!))
        #expect(before.claim.status == .proposed)
        #expect(before.claim.evidence.count == 1)
        #expect(before.claim.history.count == 1)
        let after = try #require(maker.snapshot(of: claim(), asOf: CalendarDay("2022-01-05")!))
        #expect(after.claim.status == .confirmed)
        #expect(after.timeline.map(\.status) == [.proposed, .confirmed])
        #expect(after.timeline.map(\.day.description) == ["2021-12-28", "2022-01-05"])
        #expect(after.claim.history.last?.evidence == 1)
    }

    @Test func laterEvidenceIsLeftOutAndDoesNotChangeTheSnapshot() throws {
        let day = CalendarDay("2022-01-11")!
        let snapshot = try #require(maker.snapshot(of: claim(), asOf: day))
        #expect(snapshot.claim.evidence.count == 2)
        #expect(snapshot.flags == [.overdue])
        var later = claim()
        later.record(evidence("2022-01-20", .cancelled, by: "someone else"))
        let again = try #require(maker.snapshot(of: later, asOf: day))
        #expect(again.claim == snapshot.claim)
        #expect(again.timeline == snapshot.timeline)
    }

    @Test func claimsWithNothingPublishedYetAreLeftOut() {
        #expect(maker.snapshot(of: claim(), asOf: CalendarDay("2021-12-27")!) == nil)
        let bare = Claim(id: ClaimID("bare")!, statement: "Bare", event: Event(), status: .proposed, created: recorded)
        #expect(maker.snapshot(of: bare, asOf: CalendarDay("2026-10-31")!) == nil)
        #expect(maker.snapshot(of: bare, asOf: CalendarDay("2026-11-01")!)?.claim.status == .proposed)
    }
}
