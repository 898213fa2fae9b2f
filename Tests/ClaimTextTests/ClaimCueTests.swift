import ClaimCore
import Testing
import ClaimText

/// Each default cue family, negation and hedges, on sentences written for these tests.
@Suite struct ClaimCueTests {
    @Test(arguments: [
        ("The summit is scheduled for March 3.", "is scheduled", StatusID.proposed),
        ("Talks were scheduled for March 3.", "scheduled for", .proposed),
        ("Paris proposed a meeting on March 3.", "proposed", .proposed),
        ("The minister suggested holding the talks on March 3.", "suggested", .proposed),
        ("Officials are planning a visit on March 3.", "planning", .proposed),
        ("Both sides confirmed the talks on March 3.", "confirmed", .confirmed),
        ("The two governments agreed to hold the summit on March 3.", "agreed", .confirmed),
        ("Diplomats called a summit on March 3 very unlikely.", "very unlikely", .veryUnlikely),
        ("The palace ruled out a visit on March 3.", "ruled out", .veryUnlikely),
        ("The ministry denied that a meeting on March 3 was planned.", "denied", .denied),
        ("The council postponed the vote on March 3.", "postponed", .postponed),
        ("Organizers called off the rally on March 3.", "called off", .cancelled),
        ("The festival on March 3 has been cancelled.", "cancelled", .cancelled),
    ])
    func defaultCueSetsStatus(sentence: String, cue: String, status: StatusID) throws {
        let claim = try #require(onlyClaim(in: sentence, published: "2022-02-20", dates: [("March 3", "2022-03-03")]))
        #expect(claim.status == status)
        #expect(claim.cue == cue)
        #expect(claim.eventDate == "2022-03-03")
    }

    @Test func heldTalksAboutAPastDateHappened() throws {
        let claim = try #require(onlyClaim(in: "The presidents held talks on December 7.", dates: [("December 7", "2021-12-07")]))
        #expect(claim.status == .happened)
        #expect(claim.cue == "held talks")
        #expect(claim.kind == "talks")
    }

    @Test func pastEventVerbWithPastDateHappened() throws {
        let claim = try #require(onlyClaim(in: "The agency launched the probe on Tuesday.", dates: [("Tuesday", "2021-12-21")]))
        #expect(claim.status == .happened)
        #expect(claim.kind == "launch")
    }

    @Test func willWithFutureDateIsProposed() throws {
        let claim = try #require(onlyClaim(in: "The delegations will meet on January 10.", dates: [("January 10", "2022-01-10")]))
        #expect(claim.status == .proposed)
        #expect(claim.cue == "will")
        #expect(claim.kind == "meeting")
    }

    @Test func didNotRuleOutIsProposedNotVeryUnlikely() throws {
        let claim = try #require(onlyClaim(
            in: "The chancellor did not rule out a meeting with the premier in February.", dates: [("February", "2022-02")]))
        #expect(claim.status == .proposed)
        #expect(claim.cue == "did not rule out")
    }

    @Test func didNotDenyIsProposedNotDenied() throws {
        let claim = try #require(onlyClaim(
            in: "The governor did not deny the possibility of a visit in March.", dates: [("March", "2022-03")]))
        #expect(claim.status == .proposed)
        #expect(claim.cue == "did not deny")
    }

    @Test func noAgreementDoesNotConfirm() throws {
        let claim = try #require(onlyClaim(
            in: "No agreement has been reached yet, but Madrid considers February 2 a possible date for the talks.",
            dates: [("February 2", "2022-02-02")]))
        #expect(claim.status == .proposed)
    }

    @Test func willNotMakesItVeryUnlikely() throws {
        let claim = try #require(onlyClaim(in: "The king will not attend the summit on May 5.", published: "2022-04-01",
                                           dates: [("May 5", "2022-05-05")]))
        #expect(claim.status == .veryUnlikely)
    }

    @Test func hedgedConfirmationIsOnlyProposed() throws {
        let claim = try #require(onlyClaim(in: "The union may agree to a vote on March 3.", published: "2022-02-20",
                                           dates: [("March 3", "2022-03-03")]))
        #expect(claim.status == .proposed)
    }

    @Test func postponementTakesTheNewDate() throws {
        let claim = try #require(onlyClaim(
            in: "The parliament vote was postponed from March 3 to April 7.", published: "2022-02-20",
            dates: [("March 3", "2022-03-03"), ("April 7", "2022-04-07")]))
        #expect(claim.status == .postponed)
        #expect(claim.eventDate == "2022-04-07")
    }

    @Test func strongestCueWins() throws {
        let claim = try #require(onlyClaim(
            in: "The summit, first proposed by Rome, was cancelled on Friday.", dates: [("Friday", "2021-12-24")]))
        #expect(claim.status == .cancelled)
    }

    @Test func sentenceWithoutEventOrCueGivesNoClaim() {
        #expect(claims(in: "The capital is calm and sunny on Monday.", dates: [("Monday", "2021-12-27")]).isEmpty)
        #expect(claims(in: "The weather was cold and grey.").isEmpty)
    }

    @Test func weakCueWithoutDateGivesNoClaim() {
        #expect(claims(in: "The ministers will meet again.").isEmpty)
    }

    @Test func strongCueWithoutDateStillGivesAClaim() throws {
        let claim = try #require(onlyClaim(in: "The ministry denied reports of a summit."))
        #expect(claim.status == .denied)
        #expect(claim.eventDate == nil)
        #expect(claim.kind == "summit")
    }

    @Test func customCueRulesReplaceTheDefaults() throws {
        let rules = [CueRule(phrase: "pencilled in for", status: .proposed), CueRule(phrase: "scrubbed", status: .cancelled)]
        let found = claims(in: "The launch is pencilled in for May 2. The landing was scrubbed.", published: "2022-04-01",
                           dates: [("May 2", "2022-05-02")], cues: rules)
        #expect(found.map(\.status) == [.proposed, .cancelled])
        #expect(found.map(\.cue) == ["pencilled in for", "scrubbed"])
    }

    @Test func cuePhrasesWithAGapMatchWordsBetween() throws {
        let claim = try #require(onlyClaim(
            in: "Ankara considers the second week of May as a possible date for the talks.", published: "2022-04-01",
            dates: [("the second week of May", "2022-05")]))
        #expect(claim.status == .proposed)
        #expect(claim.cue.hasPrefix("considers"))
        #expect(claim.cue.hasSuffix("possible date"))
    }
}
