import ClaimConfig
import ClaimCore
import Testing
@testable import ClaimRules

/// Builds claims whose evidence asserts statuses, and replays them through the built-in rules.
struct Trail {
    var claim: Claim

    init(date: String = "2022-01-10") {
        let created = Timestamp("2021-12-28T10:00:00Z")!
        claim = Claim(id: ClaimID("talks")!, statement: "Security talks", event: Event(date: EventDate(date)),
                      status: .proposed, created: created)
    }

    @discardableResult
    mutating func add(_ voice: String, _ status: StatusID, published: String, eventDate: String? = nil) -> Trail {
        claim.record(Evidence(source: Source(name: "Wire", published: EventDate(published)), saidBy: voice, asserts: status,
                              recordedBy: "test", recordedAt: Timestamp("2022-02-01T00:00:00Z")!,
                              eventDate: eventDate.flatMap(EventDate.init)))
        if claim.history.isEmpty {
            claim.changeStatus(to: status, at: claim.created, because: "first report", rule: "first_report", evidence: 0)
        }
        return self
    }
}

func builtInRules(parties: String? = nil) throws -> [ConfiguredRule] {
    try BuiltInRules.all.map { type in
        var settings = ConfigNode.emptyMapping(at: SourceLocation(file: "config.yaml", line: 1, column: 1))
        if type == OtherPartyConfirmsRule.self, let parties {
            let location = SourceLocation(file: "config.yaml", line: 1, column: 1)
            let members = parties.split(separator: ";").map { group -> ConfigNode.Entry in
                let parts = group.split(separator: ":")
                let names = parts[1].split(separator: ",").map { ConfigNode.scalar(String($0), at: location) }
                return ConfigNode.Entry(key: String(parts[0]), keyLocation: location, value: ConfigNode(.sequence(names), at: location))
            }
            settings = ConfigNode(.mapping([ConfigNode.Entry(key: "parties", keyLocation: location,
                                                             value: ConfigNode(.mapping(members), at: location))]), at: location)
        }
        return ConfiguredRule(id: type.descriptor.id, rule: try type.init(settings: settings))
    }
}

@Suite struct StatusEvaluatorTests {
    let parties = "United States:White House,State Department;Russia:Foreign Ministry,Kremlin"

    @Test func confirmationFromTheProposingSideAloneIsNotEnough() throws {
        var trail = Trail()
        trail.add("the White House", .proposed, published: "2021-12-28")
        trail.add("the Russian Foreign Ministry", .proposed, published: "2021-12-28")
        trail.add("State Department spokesman", .confirmed, published: "2021-12-28")
        let evaluator = StatusEvaluator(rules: try builtInRules(parties: parties), vocabulary: .standard)
        let evaluation = evaluator.evaluate(trail.claim)
        #expect(evaluation.status == .proposed)
        #expect(evaluation.kept.contains {
            $0.rule == "other_party_confirms" && $0.reason == "only United States, which proposed it, confirms it; waiting for another side"
        })

        trail.add("the Russian Foreign Ministry", .confirmed, published: "2022-01-05")
        let confirmed = evaluator.evaluate(trail.claim)
        #expect(confirmed.status == .confirmed)
        #expect(confirmed.steps.last?.rule == "other_party_confirms")
        #expect(confirmed.steps.last?.evidenceIndex == 3)
    }

    @Test func aSingleSideMayConfirmItsOwnPlan() throws {
        var trail = Trail()
        trail.add("the company", .proposed, published: "2022-01-02")
        trail.add("the company", .confirmed, published: "2022-01-05")
        #expect(StatusEvaluator(rules: try builtInRules(), vocabulary: .standard).evaluate(trail.claim).status == .confirmed)
    }

    @Test func happenedNeedsAReportFromOnOrAfterTheEventDate() throws {
        var trail = Trail()
        trail.add("the White House", .proposed, published: "2021-12-28")
        trail.add("a blogger", .happened, published: "2022-01-03")
        let evaluator = StatusEvaluator(rules: try builtInRules(), vocabulary: .standard)
        #expect(evaluator.evaluate(trail.claim).status == .proposed)
        trail.add("Example Wire", .happened, published: "2022-01-10")
        let evaluation = evaluator.evaluate(trail.claim)
        #expect(evaluation.status == .happened)
        #expect(evaluation.steps.last?.rule == "happened_report")
    }

    @Test func postponementMovesTheDateAndKeepsTheOldOne() throws {
        var trail = Trail()
        trail.add("the ministry", .proposed, published: "2021-12-28")
        trail.add("the ministry", .postponed, published: "2022-01-06", eventDate: "2022-01-17")
        let evaluation = StatusEvaluator(rules: try builtInRules(), vocabulary: .standard).evaluate(trail.claim)
        #expect(evaluation.status == .postponed)
        #expect(evaluation.date == EventDate("2022-01-17"))
        #expect(evaluation.steps.last?.reason == "the ministry reports it moved from 2022-01-10 to 2022-01-17")
    }

    @Test func aNewDayToldWithoutADelayWordMovesTheEvent() throws {
        // "The ferry's maiden crossing, now set for January 14" after a plan for January 10.
        var trail = Trail()
        trail.add("the operator", .proposed, published: "2021-12-28", eventDate: "2022-01-10")
        trail.add("the operator", .proposed, published: "2022-01-05", eventDate: "2022-01-14")
        let evaluator = StatusEvaluator(rules: try builtInRules(), vocabulary: .standard)
        var evaluation = evaluator.evaluate(trail.claim)
        #expect(evaluation.date == EventDate("2022-01-14"))
        #expect(evaluation.status == .postponed)
        // A later article recalling the old day ("had been due on January 10") does not move it back.
        trail.add("a newspaper", .proposed, published: "2022-01-06", eventDate: "2022-01-10")
        evaluation = evaluator.evaluate(trail.claim)
        #expect(evaluation.date == EventDate("2022-01-14"))
        // Nor with an hour on that day ("had been due to sail at 9 a.m. on the 10th").
        trail.add("a newspaper", .proposed, published: "2022-01-07", eventDate: "2022-01-10T09:00")
        evaluation = evaluator.evaluate(trail.claim)
        #expect(evaluation.date == EventDate("2022-01-14"))
        // "Docked on Saturday", a day later still: it happened then.
        trail.add("Example Wire", .happened, published: "2022-01-15", eventDate: "2022-01-15")
        evaluation = evaluator.evaluate(trail.claim)
        #expect(evaluation.status == .happened)
        #expect(evaluation.date == EventDate("2022-01-15"))
        #expect(evaluation.steps.filter { $0.newDate != nil }.count == 2)
    }

    @Test func anEventBroughtForwardKeepsItsStatus() throws {
        var trail = Trail()
        trail.add("the bank", .confirmed, published: "2021-12-28", eventDate: "2022-01-10")
        trail.add("the bank", .proposed, published: "2022-01-03", eventDate: "2022-01-06")
        let evaluation = StatusEvaluator(rules: try builtInRules(), vocabulary: .standard).evaluate(trail.claim)
        #expect(evaluation.date == EventDate("2022-01-06"))
        #expect(evaluation.status == .confirmed)
    }

    @Test func aYearOrAMoveByYearsIsAnotherEventNotAMove() {
        #expect(EventDate("2022-01-10")!.mayHaveMoved(to: EventDate("2022-01-14")!))
        #expect(EventDate("2022-01")!.mayHaveMoved(to: EventDate("2022-02-03")!))
        #expect(!EventDate("2022-01")!.mayHaveMoved(to: EventDate("2022-01-20")!))
        #expect(!EventDate("2022")!.mayHaveMoved(to: EventDate("2022-05-03")!))
        #expect(!EventDate("2022-01-10")!.mayHaveMoved(to: EventDate("2024-01-10")!))
        #expect(!EventDate("2022-01-10")!.mayHaveMoved(to: EventDate("2022-02")!))
    }

    @Test func closedClaimsStayClosedAndCancelledMeansCancelled() throws {
        var trail = Trail()
        trail.add("the palace", .proposed, published: "2021-12-28")
        trail.add("the palace", .cancelled, published: "2022-01-03")
        trail.add("a columnist", .proposed, published: "2022-01-04")
        let evaluation = StatusEvaluator(rules: try builtInRules(), vocabulary: .standard).evaluate(trail.claim)
        #expect(evaluation.status == .cancelled)
        #expect(evaluation.kept.last?.rule == "closed_stays_closed")
    }

    @Test func restatedPlansDoNotUndoAConfirmation() throws {
        var trail = Trail()
        trail.add("the company", .proposed, published: "2022-01-02")
        trail.add("the company", .confirmed, published: "2022-01-03")
        trail.add("a newspaper", .proposed, published: "2022-01-04")
        let evaluation = StatusEvaluator(rules: try builtInRules(), vocabulary: .standard).evaluate(trail.claim)
        #expect(evaluation.status == .confirmed)
    }

    @Test func evidenceIsReplayedByPublicationDateAndAsOfCutsItOff() throws {
        var trail = Trail()
        trail.add("the ministry", .proposed, published: "2021-12-28")
        trail.add("the envoy", .veryUnlikely, published: "2022-01-08")
        trail.add("the ministry", .denied, published: "2022-01-05")  // recorded later, published earlier
        let evaluator = StatusEvaluator(rules: try builtInRules(), vocabulary: .standard)
        #expect(evaluator.evaluate(trail.claim).status == .veryUnlikely)
        #expect(evaluator.evaluate(trail.claim, asOf: CalendarDay("2022-01-06")).status == .denied)
        #expect(evaluator.evaluate(trail.claim, asOf: CalendarDay("2022-01-01")).status == .proposed)
    }

    @Test(arguments: BuiltInRules.all.map { $0.descriptor } + BuiltInRules.kinds.map { $0.descriptor })
    func descriptorsHaveStableSnakeCaseIDs(descriptor: RuleDescriptor) {
        #expect(descriptor.id.allSatisfy { $0.isLowercase || $0 == "_" })
        #expect(!descriptor.summary.isEmpty && !descriptor.summary.hasSuffix("."))
        let all = BuiltInRules.all.map { $0.descriptor.id } + BuiltInRules.kinds.map { $0.descriptor.id }
        #expect(all.filter { $0 == descriptor.id }.count == 1)
    }

    @Test func unknownSettingIsRefusedWithASuggestion() {
        let location = SourceLocation(file: "config.yaml", line: 7, column: 7)
        let settings = ConfigNode(.mapping([ConfigNode.Entry(key: "partys", keyLocation: location,
                                                            value: ConfigNode(.mapping([]), at: location))]), at: location)
        #expect(throws: Diagnostic(.error, at: location, "unknown setting 'partys' for rule 'other_party_confirms'",
                                      notes: ["did you mean 'parties'?"])) {
            try OtherPartyConfirmsRule(settings: settings)
        }
    }
}

@Suite struct PartiesInTheEventTests {
    @Test func aPartyTakingPartMustConfirmEvenBeforeItHasSpoken() throws {
        var trail = Trail()
        trail.claim.event.participants = ["Russia", "United States"]
        trail.add("the White House", .proposed, published: "2021-12-28")
        trail.add("State Department spokesman", .confirmed, published: "2021-12-28")
        let evaluator = StatusEvaluator(
            rules: try builtInRules(parties: "United States:White House,State Department;Russia:Foreign Ministry"),
            vocabulary: .standard)
        #expect(evaluator.evaluate(trail.claim).status == .proposed)
    }
}
