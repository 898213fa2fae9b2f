import ClaimCore
import Testing
@testable import ClaimText

/// Classes of news language the finder must read right on stories it was not tuned on: the report's
/// date against the event's, the scope of cues, an event's own verbs, one claim per event, and who
/// takes part. Sentences written for these tests.
@Suite struct ClaimReadingTests {
    // MARK: - The report's date is not the event's

    @Test(arguments: [
        "The space agency said on Monday that the launch had been postponed to no earlier than March 22.",
        "The space agency said Monday the launch had been postponed to no earlier than March 22.",
        "The space agency told reporters on Monday that the launch had been postponed to no earlier than March 22.",
        "The launch has been postponed to no earlier than March 22, the space agency said in a statement on Monday.",
    ])
    func dateOnTheReportingVerbDatesTheReport(sentence: String) throws {
        let claim = try #require(onlyClaim(in: sentence, published: "2023-03-14",
                                           dates: [("Monday", "2023-03-13"), ("March 22", "2023-03-22")]))
        #expect(claim.eventDate == "2023-03-22")
        #expect(claim.kind == "launch")
        #expect(claim.status == .postponed)
    }

    @Test func cancellationReportedOnAnotherDayKeepsTheMeetingsDate() throws {
        let claim = try #require(onlyClaim(
            in: "The foreign minister said on Tuesday that she had cancelled the meeting planned for April 24.",
            published: "2023-04-12", dates: [("Tuesday", "2023-04-11"), ("April 24", "2023-04-24")]))
        #expect(claim.eventDate == "2023-04-24")
        #expect(claim.status == .cancelled)
    }

    @Test func denialOnADayDoesNotDateTheDeniedTalks() throws {
        let claim = try #require(onlyClaim(
            in: "The ministry rejected on Thursday any suggestion that it had agreed to talks with its neighbour on May 9.",
            published: "2023-05-05", dates: [("Thursday", "2023-05-04"), ("May 9", "2023-05-09")]))
        #expect(claim.eventDate == "2023-05-09")
        #expect(claim.status == .denied)
    }

    @Test func reportOnlyDatedBySpeechMakesNoClaimForTheReportedEvent() {
        let found = claims(in: "Officials said on Wednesday that the talks would go ahead as planned.",
                           published: "2023-06-08", dates: [("Wednesday", "2023-06-07")])
        #expect(found.allSatisfy { $0.eventDate != "2023-06-07" || $0.kind != "talks" })
    }

    @Test func anAnnouncementIsDatedByItsOwnDay() throws {
        let claim = try #require(onlyClaim(
            in: "The carmaker announced on Friday that it would build a second plant.",
            published: "2023-06-10", dates: [("Friday", "2023-06-09")]))
        #expect(claim.kind == "announcement")
        #expect(claim.eventDate == "2023-06-09")
        #expect(claim.status == .happened)
    }

    @Test func dayOfAnAgreementIsNotTheDayOfTheSummitAgreed() throws {
        let claim = try #require(onlyClaim(
            in: "The two prime ministers agreed on Tuesday to hold a summit on June 20.",
            published: "2023-05-16", dates: [("Tuesday", "2023-05-16"), ("June 20", "2023-06-20")]))
        #expect(claim.eventDate == "2023-06-20")
        #expect(claim.kind == "summit")
    }

    @Test func agreementInPrincipleOnADayGivesTheSummitNoDate() throws {
        let claim = try #require(onlyClaim(
            in: "The two prime ministers agreed in principle on Tuesday to hold a summit, officials said.",
            published: "2023-05-16", dates: [("Tuesday", "2023-05-16")]))
        #expect(claim.eventDate == nil)
        #expect(claim.status == .proposed)
    }

    @Test func aTimeAfterWhichItHappenedIsStillItsDay() throws {
        let text = "The research ship docked at the main wharf shortly after 9 a.m. on Wednesday."
        let time = expression("9 a.m. on Wednesday", value: "2023-03-08T09:00", type: .time, in: text)
        let found = TextAnalyzer().analyze(text, published: CalendarDay("2023-03-08"), dates: [time]).claims
        #expect(found.first?.eventDate == "2023-03-08T09:00")
    }

    @Test func theDateAnEventWasMovedFromMakesNoClaim() throws {
        let claim = try #require(onlyClaim(
            in: "The carmaker has pushed back first deliveries to October 11 from September 27 after a supplier fell behind.",
            published: "2023-09-15", dates: [("October 11", "2023-10-11"), ("September 27", "2023-09-27")]))
        #expect(claim.eventDate == "2023-10-11")
        #expect(claim.status == .postponed)
    }

    @Test func dayOfAPostponementYieldsToTheNewDate() throws {
        let claim = try #require(onlyClaim(
            in: "The royal visit to the islands, postponed in May, will now take place in November.",
            published: "2023-07-04", dates: [("May", "2023-05"), ("November", "2023-11")]))
        #expect(claim.eventDate == "2023-11")
    }

    @Test func postponedToADayIsTheNewDateNotTheAct() throws {
        let claim = try #require(onlyClaim(in: "The vote was postponed to March 22.",
                                           published: "2023-03-14", dates: [("March 22", "2023-03-22")]))
        #expect(claim.eventDate == "2023-03-22")
        #expect(claim.status == .postponed)
    }

    @Test func liveReportTimeStampIsTheReportsTime() throws {
        let text = "16:40 – Organisers confirm that the closing ceremony will not take place tonight."
        let stamp = expression("16:40", value: "2023-08-12T16:40", type: .time, in: text)
        let tonight = expression("tonight", value: "2023-08-12TNI", type: .time, in: text)
        let found = TextAnalyzer().analyze(text, published: CalendarDay("2023-08-12"), dates: [stamp, tonight]).claims
        let claim = try #require(found.count == 1 ? found[0] : nil)
        #expect(claim.eventDate == "2023-08-12TNI")
        #expect(claim.status == .cancelled)
    }

    @Test func thePlannedDayOfAPostponedEventIsTheOldOne() throws {
        let claim = try #require(onlyClaim(
            in: "The final session, scheduled for Friday evening, has been pushed back to Saturday afternoon.",
            published: "2023-11-17", dates: [("Friday evening", "2023-11-17TEV"), ("Saturday afternoon", "2023-11-18TAF")]))
        #expect(claim.eventDate == "2023-11-18TAF")
        #expect(claim.status == .postponed)
    }

    @Test func aYearNamingAThingIsNotTheEventsDate() throws {
        let claim = try #require(onlyClaim(
            in: "The treasurer will present the draft 2025 budget to the assembly on October 3.",
            published: "2024-09-02", dates: [("2025", "2025"), ("October 3", "2024-10-03")]))
        #expect(claim.eventDate == "2024-10-03")
    }

    // MARK: - Scope of cues: negation, hedges, conditions

    @Test func negationInsideQuotesStillNegates() throws {
        let claim = try #require(onlyClaim(
            in: "A spokesman said such a visit was \"certainly not\" planned for May 2.",
            published: "2023-04-20", dates: [("May 2", "2023-05-02")]))
        #expect(claim.status != .proposed)
        #expect(claim.status != .confirmed)
    }

    @Test func agreementInPrincipleIsOnlyAProposal() throws {
        let claim = try #require(onlyClaim(
            in: "The two governments agreed in principle to hold a summit on June 9.",
            published: "2023-05-20", dates: [("June 9", "2023-06-09")]))
        #expect(claim.status == .proposed)
    }

    @Test func notTakingPlaceBeforeADayIsADelayNotACancellation() throws {
        let claim = try #require(onlyClaim(
            in: "The ballot on the new charter has been put off again and will not take place before March.",
            published: "2023-01-10", dates: [("March", "2023-03")]))
        #expect(claim.status == .postponed)
    }

    @Test func aPlanWordDescribingAThingIsNoPlan() throws {
        let claim = try #require(onlyClaim(in: "The probe reached its planned orbit on Sunday.",
                                           published: "2023-06-06", dates: [("Sunday", "2023-06-04")]))
        #expect(claim.status == .happened)
    }

    @Test func conditionalAgreementIsOnlyAProposal() throws {
        let claim = try #require(onlyClaim(
            in: "The union agreed to talks on July 3 on the condition that the lockout ends first.",
            published: "2023-06-20", dates: [("July 3", "2023-07-03")]))
        #expect(claim.status == .proposed)
    }

    @Test func aReportThatItHappenedOutweighsTheDelaysBefore() throws {
        let claim = try #require(onlyClaim(
            in: "The summit, postponed twice because of the floods, took place on Monday in the capital.",
            published: "2023-09-12", dates: [("Monday", "2023-09-11")]))
        #expect(claim.status == .happened)
    }

    @Test(arguments: ["as planned", "as scheduled", "later than expected"])
    func aPlanAsTheYardstickOfWhatHappenedIsNoPlan(phrase: String) throws {
        let claim = try #require(onlyClaim(in: "The ferry service resumed on Monday \(phrase).",
                                           published: "2023-04-12", dates: [("Monday", "2023-04-10")]))
        #expect(claim.status == .happened)
    }

    // MARK: - An event's own verbs

    @Test func occurrenceVerbNamesAndSettlesItsEvent() throws {
        let claim = try #require(onlyClaim(in: "The heavy rocket lifted off from the coastal pad on Sunday.",
                                           published: "2023-03-20", dates: [("Sunday", "2023-03-19")]))
        #expect(claim.kind == "launch")
        #expect(claim.status == .happened)
    }

    @Test func occurrenceVerbReportsTheNamedEventNotOneOfItsOwn() throws {
        let claim = try #require(onlyClaim(in: "The fraud trial opened on Monday after a two-week delay.",
                                           published: "2023-03-21", dates: [("Monday", "2023-03-20")]))
        #expect(claim.kind == "trial")
        #expect(claim.status == .happened)
    }

    @Test func occurrenceVerbBeforeAnotherEventIsItsOwn() throws {
        let found = claims(in: "Lawmakers voted on Tuesday to delay the referendum by a month, to June 25.",
                           published: "2023-05-17", dates: [("Tuesday", "2023-05-16"), ("June 25", "2023-06-25")])
        #expect(found.contains { $0.eventDate == "2023-06-25" && $0.kind == "vote" })
        #expect(found.contains { $0.eventDate == "2023-05-16" && $0.kind == "vote" && $0.status == .happened })
    }

    @Test func swornInIsAnInauguration() throws {
        let claim = try #require(onlyClaim(in: "The new governor was sworn in on Tuesday despite the planned protests.",
                                           published: "2023-01-11", dates: [("Tuesday", "2023-01-10")]))
        #expect(claim.kind == "ceremony")
        #expect(claim.status == .happened)
    }

    @Test func anotherKindsVerbDoesNotSettleTheEvent() throws {
        // "landed" is a flight's verb: it says nothing of the vote planned for the same day.
        let claim = try #require(onlyClaim(in: "Lawmakers plan a vote on Friday, when the delegation landed.",
                                           published: "2023-02-01", dates: [("Friday", "2023-02-03")]))
        #expect(claim.kind == "vote")
        #expect(claim.status == .proposed)
    }

    @Test func truceComingIntoForceHappened() throws {
        let claim = try #require(onlyClaim(in: "The truce between the two militias came into force at dawn on Friday.",
                                           published: "2023-07-08", dates: [("Friday", "2023-07-07")]))
        #expect(claim.kind == "ceasefire")
        #expect(claim.status == .happened)
    }

    @Test func usersAddVerbsForAKind() throws {
        let text = "The research vessel set sail from the harbour on Tuesday."
        let analyzer = TextAnalyzer(eventVerbs: EventVerbRule.defaults + [EventVerbRule(phrase: "set sail", kind: "voyage")])
        let found = analyzer.analyze(text, published: CalendarDay("2023-02-08"),
                                     dates: [expression("Tuesday", value: "2023-02-07", in: text)]).claims
        let claim = try #require(found.count == 1 ? found[0] : nil)
        #expect(claim.kind == "voyage")
        #expect(claim.status == .happened)
    }

    @Test func progressiveWithAComingDayIsAPlan() throws {
        let claim = try #require(onlyClaim(in: "A second freighter is also sailing to the islands on Monday.",
                                           published: "2023-03-16", dates: [("Monday", "2023-03-20")]))
        #expect(claim.eventDate == "2023-03-20")
        #expect(claim.status == .proposed)
    }

    @Test func occurrenceVerbAloneMakesNoDatelessClaim() {
        #expect(claims(in: "The rocket lifted off without trouble.", published: "2023-03-20").isEmpty)
    }

    // MARK: - One claim per event

    @Test func headlineRepeatedInTheBodyMakesOneClaim() throws {
        let text = "Harbour bridge to open on May 5\n\nThe city's new harbour bridge will open to traffic on May 5, the mayor's office said."
        let headline = expression("May 5", value: "2023-05-05", in: text)
        let bodyStart = Array(text.utf8).count - Array("May 5, the mayor's office said.".utf8).count
        let body = TemporalExpression(start: bodyStart, end: bodyStart + 5, text: "May 5", type: .date, value: "2023-05-05")
        let found = TextAnalyzer().analyze(text, published: CalendarDay("2023-04-20"), dates: [headline, body]).claims
        #expect(found.count == 1)
        #expect(found.first?.quote.hasPrefix("The city's") == true)
    }

    // MARK: - Who and what

    @Test func datelineIsNoParticipant() throws {
        let claim = try #require(onlyClaim(
            in: "PORT ELLIS (Example Wire) – Corran Aero Systems will deliver the first aircraft on June 30.",
            published: "2023-06-01", dates: [("June 30", "2023-06-30")]))
        #expect(!claim.participants.contains("ELLIS"))
        #expect(!claim.participants.contains("PORT"))
        #expect(!claim.participants.contains("Example Wire"))
        // "Systems" is a common word: the company goes by its own words.
        #expect(claim.participants.contains("Corran Aero"))
    }

    @Test func delegationsFromACountryNameASide() throws {
        let claim = try #require(onlyClaim(
            in: "Delegations from Norvania and Estmark met for six hours in Lisbon on Thursday.",
            published: "2023-04-14", dates: [("Thursday", "2023-04-13")]))
        #expect(claim.participants.contains("Norvania"))
        #expect(claim.place == "Lisbon")
    }

    @Test func aLabelInCapitalsIsNoEvent() {
        let found = claims(in: "FOR IMMEDIATE RELEASE – Tickets for the summer fair are on sale from June 2.",
                           published: "2023-05-10", dates: [("June 2", "2023-06-02")])
        #expect(found.allSatisfy { $0.kind != "release" })
    }

    @Test func commonWordStartingASentenceIsNoParticipant() throws {
        let claim = try #require(onlyClaim(in: "Prosecutors expect the hearing to open on June 3.",
                                           published: "2023-05-20", dates: [("June 3", "2023-06-03")]))
        #expect(!claim.participants.contains("Prosecutors"))
    }

    @Test func placeKeepsAllItsWords() throws {
        let claim = try #require(onlyClaim(in: "Negotiators will meet in Port Ellis on June 3.",
                                           published: "2023-05-20", dates: [("June 3", "2023-06-03")]))
        #expect(claim.place == "Port Ellis")
        #expect(!claim.participants.contains("Ellis"))
    }

    @Test func statementCarriesNoDateThatGoesStale() throws {
        let claim = try #require(onlyClaim(in: "Russia and Ukraine will hold talks on grain exports on January 14.",
                                           published: "2022-01-03", dates: [("January 14", "2022-01-14")]))
        #expect(claim.eventDate == "2022-01-14")
        #expect(!claim.statement.contains("2022"))
    }

    @Test func statementWithoutAKindIsTheSentencesOwnWords() throws {
        let claim = try #require(onlyClaim(in: "Marlow Foods will close its Kessing plant on March 31.",
                                           published: "2023-02-01", dates: [("March 31", "2023-03-31")]))
        #expect(!claim.statement.contains(":"))
    }
}
