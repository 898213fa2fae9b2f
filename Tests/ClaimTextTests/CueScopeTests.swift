import ClaimCore
import Testing
import ClaimText

/// Which event a cue speaks of: its object, its own clause, and a confirmation of a day that has gone.
@Suite struct CueScopeTests {
    @Test(arguments: [
        ("The assembly voted on Wednesday to put off the regional election by a month, to October 9.", "put off"),
        ("The league decided on Friday to postpone the final by a week, to May 30.", "postpone"),
    ])
    func aPostponementGovernsTheEventItTakesAsObject(sentence: String, cue: String) throws {
        let found = claims(in: sentence, published: "2022-08-10",
                           dates: [("Wednesday", "2022-08-10"), ("Friday", "2022-08-05"), ("October 9", "2022-10-09"), ("May 30", "2022-05-30")]
                               .filter { sentence.contains($0.0) })
        let event = try #require(found.first { $0.eventDate == "2022-10-09" || $0.eventDate == "2022-05-30" })
        #expect(event.status == .postponed)
        #expect(event.cue == cue)
    }

    @Test func aCueInAClauseOfItsOwnAfterTheEventSpeaksOfSomethingElse() throws {
        let claim = try #require(claims(
            in: "The ministers will meet on June 14 in Lisbon, after the airline said it could not fly the delegation on the 12th.",
            published: "2022-06-01", dates: [("June 14", "2022-06-14")]).first)
        #expect(claim.status == .proposed)
        #expect(claim.cue == "will")
    }

    @Test func aClauseAfterBeingStillSpeaksOfTheEvent() throws {
        let claim = try #require(claims(
            in: "The summit will open on June 14, after being postponed twice.",
            published: "2022-06-01", dates: [("June 14", "2022-06-14")]).first)
        #expect(claim.status == .postponed)
    }

    @Test func aPastConfirmationOfADayThatHasGoneReportsTheEvent() throws {
        let claim = try #require(claims(
            in: "Members approved the merger in Tuesday's vote by a wide margin.",
            published: "2022-06-09", dates: [("Tuesday", "2022-06-07")]).first)
        #expect(claim.status == .happened)
    }

    @Test func aConfirmationOfAComingDayStaysAConfirmation() throws {
        let claim = try #require(claims(
            in: "Both governments confirmed the summit on June 20.",
            published: "2022-06-09", dates: [("June 20", "2022-06-20")]).first)
        #expect(claim.status == .confirmed)
    }
}

/// A cue with an object of its own speaks of that object, not of an event named after a comma.
@Suite struct CueObjectTests {
    @Test func aRejectionOfAnotherThingLeavesTheEventAlone() throws {
        let claim = try #require(claims(
            in: "The tribunal rejected the union's complaint about the wording, opening the way for the strike to start on June 14.",
            published: "2022-06-01", dates: [("June 14", "2022-06-14")]).first)
        #expect(claim.status != .denied)
    }

    @Test func aRejectionOfTheEventItselfDeniesIt() throws {
        let claim = try #require(claims(
            in: "The ministry rejected the summit on June 14, calling it premature.",
            published: "2022-06-01", dates: [("June 14", "2022-06-14")]).first)
        #expect(claim.status == .denied)
    }
}

/// A date in the possessive dates the noun after it.
@Suite struct PossessiveDateTests {
    @Test func aPossessiveDateBeforeAThingDatesNoEvent() throws {
        let found = claims(
            in: "The harbour reopened on Friday, two weeks late because of last month's landslides.",
            published: "2022-06-10", dates: [("Friday", "2022-06-10"), ("last month", "2022-05")])
        #expect(found.contains { $0.eventDate == "2022-06-10" })
        #expect(!found.contains { $0.eventDate == "2022-05" })
    }

    @Test func aPossessiveDateBeforeAnEventDatesIt() throws {
        let found = claims(
            in: "Turnout in Sunday's referendum was low, officials said on Monday.",
            published: "2022-06-14", dates: [("Sunday", "2022-06-12"), ("Monday", "2022-06-13")])
        #expect(found.contains { $0.eventDate == "2022-06-12" })
    }
}
