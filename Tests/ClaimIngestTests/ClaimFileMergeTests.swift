import ClaimCore
import ClaimRules
import Testing
@testable import ClaimIngest

/// The three-way merge behind `claims merge-file`, on claims built for the test.
@Suite struct ClaimFileMergeTests {
    let evaluator = StatusEvaluator(
        rules: try! BuiltInRules.all.map { type in
            ConfiguredRule(id: type.descriptor.id, rule: try type.init(settings: .emptyMapping(at: SourceLocation(file: "config.yaml", line: 1, column: 1))))
        },
        vocabulary: .standard)

    func evidence(_ source: String, published: String, asserts: StatusID, quote: String, recordedAt: Int64) -> Evidence {
        Evidence(source: Source(name: source, url: nil, published: EventDate(published)), saidBy: nil, quote: quote, asserts: asserts,
                 cue: nil, recordedBy: "test", recordedAt: Timestamp(secondsSince1970: recordedAt), note: nil, eventDate: nil)
    }

    var base: Claim {
        var claim = Claim(id: ClaimID("ferry-service-starts-2031-05-01")!, statement: "The new ferry service starts",
                          event: Event(date: EventDate("2031-05-01"), kind: "launch", participants: ["Kellford"], place: nil),
                          status: .proposed, created: Timestamp(secondsSince1970: 1_900_000_000))
        let index = claim.record(evidence("Courier", published: "2031-03-01", asserts: .proposed, quote: "The service starts on May 1.", recordedAt: 1_900_000_000))
        claim.changeStatus(to: .proposed, at: Timestamp(secondsSince1970: 1_900_000_000), because: "recorded", evidence: index)
        return claim
    }

    func adding(_ item: Evidence, to claim: Claim) -> Claim {
        var copy = claim
        copy.record(item)
        return copy
    }

    @Test func evidenceFromBothSidesIsUnitedInPublicationOrder() throws {
        let later = evidence("Radio", published: "2031-03-10", asserts: .confirmed, quote: "Confirmed for May 1.", recordedAt: 1_900_100_000)
        let earlier = evidence("Wire", published: "2031-03-05", asserts: .proposed, quote: "Still planned.", recordedAt: 1_900_200_000)
        guard case .merged(let merged, _) = ClaimFileMerge.merge(base: base, ours: adding(later, to: base), theirs: adding(earlier, to: base), evaluator: evaluator) else {
            Issue.record("expected a merge"); return
        }
        #expect(merged.evidence.map(\.source.name) == ["Courier", "Wire", "Radio"])
        #expect(merged.status == .confirmed)
    }

    /// The same article read in both clones (recorded at different times) counts once.
    @Test func sameReportOnBothSidesCountsOnce() throws {
        let ours = evidence("Radio", published: "2031-03-10", asserts: .confirmed, quote: "Confirmed for May 1.", recordedAt: 1_900_100_000)
        var theirs = ours
        theirs.recordedAt = Timestamp(secondsSince1970: 1_900_300_000)
        theirs.recordedBy = "night job"
        guard case .merged(let merged, _) = ClaimFileMerge.merge(base: base, ours: adding(ours, to: base), theirs: adding(theirs, to: base), evaluator: evaluator) else {
            Issue.record("expected a merge"); return
        }
        #expect(merged.evidence.count == 2)
    }

    /// Both sides created the file (git passes an empty ancestor): what they share is the base.
    @Test func bothSidesCreatingTheClaimMerge() throws {
        let extra = evidence("Wire", published: "2031-03-05", asserts: .confirmed, quote: "Confirmed.", recordedAt: 1_900_200_000)
        guard case .merged(let merged, _) = ClaimFileMerge.merge(base: nil, ours: base, theirs: adding(extra, to: base), evaluator: evaluator) else {
            Issue.record("expected a merge"); return
        }
        #expect(merged.evidence.count == 2)
        #expect(merged.status == .confirmed)
    }

    @Test func differentManualStatusesConflictAndTheSameOneDoesNot() throws {
        var ours = base, theirs = base
        ours.changeStatus(to: .cancelled, at: Timestamp(secondsSince1970: 1_900_500_000), because: "editor", by: "Ann")
        theirs.changeStatus(to: .confirmed, at: Timestamp(secondsSince1970: 1_900_600_000), because: "editor", by: "Ben")
        guard case .conflict(let reason) = ClaimFileMerge.merge(base: base, ours: ours, theirs: theirs, evaluator: evaluator) else {
            Issue.record("expected a conflict"); return
        }
        #expect(reason.hasPrefix("both sides set the status by hand: ours 'cancelled' (Ann"))
        // A status set by hand on one side holds against the other side's evidence.
        let report = evidence("Radio", published: "2031-03-10", asserts: .postponed, quote: "Delayed.", recordedAt: 1_900_700_000)
        guard case .merged(let merged, _) = ClaimFileMerge.merge(base: base, ours: ours, theirs: adding(report, to: base), evaluator: evaluator) else {
            Issue.record("expected a merge"); return
        }
        #expect(merged.status == .cancelled)
        #expect(merged.evidence.count == 2)
    }
}
