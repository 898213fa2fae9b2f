import ClaimCore
import Testing
import ClaimText

/// How a sentence tells that an event moved, and whose date the new one is: former plans
/// ("originally scheduled for"), "now" plans, "no earlier than", the moved event against a verb of
/// the reason given, and a later predicate's modal that says nothing of a finished event.
@Suite struct RescheduleReadingTests {
    @Test(arguments: [
        ("The hearing, originally scheduled for May 4, will now take place on May 18.", "May 4", "2022-05-04"),
        ("Test flights, previously planned for March, should now start in June.", "March", "2022-03"),
        ("The concert tour, initially set for April 9, opens on April 30 instead.", "April 9", "2022-04-09"),
    ])
    func aFormerPlanNamesTheOldDateAndTheEventMoved(sentence: String, oldPhrase: String, oldValue: String) throws {
        let new: (String, String) = sentence.contains("May 18") ? ("May 18", "2022-05-18")
            : sentence.contains("June") ? ("June", "2022-06") : ("April 30", "2022-04-30")
        let found = claims(in: sentence, published: "2022-02-01", dates: [(oldPhrase, oldValue), new])
        let claim = try #require(found.first)
        #expect(found.count == 1)
        #expect(claim.eventDate == new.1)
        #expect(claim.status == .postponed)
    }

    @Test func theDayOfAnOldTimeIsOldToo() throws {
        let found = claims(
            in: "The final vote, scheduled for 4 p.m. on Thursday, has been pushed back to Saturday.",
            published: "2022-05-12",
            dates: [("4 p.m.", "2022-05-12T16:00"), ("Thursday", "2022-05-12"), ("Saturday", "2022-05-14")])
        #expect(found.map(\.eventDate) == ["2022-05-14"])
        #expect(found.first?.status == .postponed)
    }

    @Test func laterThanFirstPlannedIsAYardstickNotAPlan() throws {
        let claim = try #require(onlyClaim(
            in: "The ferry docked on Sunday, two days later than first planned.",
            published: "2022-05-10", dates: [("Sunday", "2022-05-08")]))
        #expect(claim.status == .happened)
    }

    @Test func asOriginallyScheduledIsAYardstickNotAMove() throws {
        let claim = try #require(onlyClaim(
            in: "The referendum went ahead on Sunday as originally scheduled.",
            published: "2022-05-10", dates: [("Sunday", "2022-05-08")]))
        #expect(claim.status != .postponed)
    }

    @Test(arguments: [
        "The launch will now take place on March 9.",
        "The ferry is now expected to dock on March 9.",
        "Crews will try again no earlier than March 9.",
        "The vote is now scheduled for March 9.",
    ])
    func aNewPlanForTheEventIsAMove(sentence: String) throws {
        let claim = try #require(onlyClaim(in: sentence, published: "2022-03-01", dates: [("March 9", "2022-03-09")]))
        #expect(claim.status == .postponed)
    }

    @Test func theNewDateIsTheMovedEventsNotTheReasons() throws {
        let claim = try #require(claims(
            in: "The final vote on the budget has been delayed by a week, to May 17, after a coalition partner asked for time to negotiate.",
            published: "2022-05-05", dates: [("May 17", "2022-05-17")]).first)
        #expect(claim.eventDate == "2022-05-17")
        #expect(claim.kind == "vote")
        #expect(claim.status == .postponed)
    }

    @Test(arguments: ["pushes back", "puts off"])
    func presentTenseMovesAreMoves(verb: String) throws {
        let claim = try #require(claims(
            in: "Council \(verb) the budget vote to June 14", published: "2022-05-20", dates: [("June 14", "2022-06-14")]).first)
        #expect(claim.status == .postponed)
        #expect(claim.cue == verb)
    }

    @Test func aModalOfALaterPredicateLeavesAFinishedEventFinished() throws {
        let claim = try #require(claims(
            in: "Nurses returned to the wards on Tuesday as planned and will help clear the backlog.",
            published: "2022-09-08", dates: [("Tuesday", "2022-09-06")]).first)
        #expect(claim.eventDate == "2022-09-06")
        #expect(claim.status == .happened)
    }

    @Test func aModalOfItsOwnPredicateStillSpeaks() throws {
        let claim = try #require(claims(
            in: "Nurses will return to the wards on Tuesday.",
            published: "2022-09-01", dates: [("Tuesday", "2022-09-06")]).first)
        #expect(claim.status == .proposed)
    }
}

/// A country's institution acts for the country.
@Suite struct InstitutionParticipantTests {
    @Test(arguments: ["parliament", "army", "court"])
    func anAdjectiveOfAnUnlistedCountryBeforeAnInstitutionActs(institution: String) throws {
        let claim = try #require(claims(
            in: "The Brevanian \(institution) will hold its final vote on the plan on March 3.",
            published: "2022-02-20", dates: [("March 3", "2022-03-03")]).first)
        #expect(claim.participants == ["Brevanian"])
    }
}

/// An event's own verbs and tense, read past the words that only look like them.
@Suite struct EventVerbReadingTests {
    @Test func aRelativeClauseVerbDatesTheEventBeforeIt() throws {
        let found = claims(
            in: "Three days of talks between the union and the ministry that began on Monday ended without agreement.",
            published: "2022-03-10", dates: [("Three days", "P3D"), ("Monday", "2022-03-07")])
        let claim = try #require(found.first)
        #expect(claim.kind == "talks")
        #expect(claim.eventDate == "2022-03-07")
        #expect(claim.status == .happened)
    }

    @Test func aTimeExpressionIsNoFutureTense() throws {
        let text = "The mayor took the stage at noon on Monday to open the fair, and spent the next two hours on housing."
        let found = claims(in: text, published: "2022-03-07",
                           dates: [("Monday", "2022-03-07"), ("the next two hours", "PT2H")])
        let claim = try #require(found.first { $0.eventDate == "2022-03-07" })
        #expect(claim.status == .happened)
    }

    @Test func aReturnIsAnArrival() throws {
        let planned = try #require(claims(in: "Pupils return to school on August 28.", published: "2022-08-10",
                                          dates: [("August 28", "2022-08-28")]).first)
        #expect(planned.kind == "arrival")
        #expect(planned.status == .proposed)
        let done = try #require(claims(in: "Pupils returned to school on Monday as planned.", published: "2022-08-31",
                                       dates: [("Monday", "2022-08-29")]).first)
        #expect(done.kind == "arrival")
        #expect(done.status == .happened)
    }
}

/// Dates written in two parts.
@Suite struct TwoPartDateTests {
    @Test func aWeekdayBeforeAFullDateIsThatDate() throws {
        let found = claims(in: "The board will meet on Wednesday, 8 May 2024, in Perth.", published: "2024-04-10",
                           dates: [("Wednesday", "2024-04-10"), ("8 May 2024", "2024-05-08")])
        #expect(found.map(\.eventDate) == ["2024-05-08"])
    }
}

/// The publication speaking of its own coverage.
@Suite struct OwnCoverageTests {
    @Test(arguments: [
        "22:10 – We will be back with live updates on Saturday.",
        "Our full review of the phone follows on Saturday.",
    ])
    func theWritersOwnPlansAreNoClaim(sentence: String) {
        #expect(claims(in: sentence, published: "2022-05-13", dates: [("Saturday", "2022-05-14")]).isEmpty)
    }

    @Test func aQuotedWeStillSpeaksOfTheNews() throws {
        let claim = try #require(claims(in: "\"We will sign the treaty on Saturday,\" the minister said.",
                                        published: "2022-05-13", dates: [("Saturday", "2022-05-14")]).first)
        #expect(claim.kind == "signing")
    }

    @Test func aNamedEventOfOurOwnIsStillAnEvent() throws {
        let claim = try #require(claims(in: "Our union will strike on Saturday.", published: "2022-05-13",
                                        dates: [("Saturday", "2022-05-14")]).first)
        #expect(claim.kind == "strike")
    }
}
