import ClaimCore
import Testing
import ClaimText

/// Attribution, event details, date choice, statements, coreference and offsets.
@Suite struct ClaimDetailTests {
    @Test(arguments: [
        ("The White House said that the summit is scheduled for March 3.", "the White House"),
        ("The summit is scheduled for March 3, according to Reuters.", "Reuters"),
        ("The summit should take place on March 3, Lavrov said earlier.", "Lavrov"),
        ("State Department spokesman Ned Price later confirmed the summit on March 3.", "State Department spokesman Ned Price"),
        ("As reported by the representative of the Foreign Ministry Olga Petrova, the summit on March 3 is being considered.",
         "the representative of the Foreign Ministry Olga Petrova"),
        ("Secretary General Anna Berg, who chairs the council, suggested a summit on March 3.", "Secretary General Anna Berg"),
    ])
    func findsWhoSaysIt(sentence: String, speaker: String) throws {
        let claim = try #require(onlyClaim(in: sentence, published: "2022-02-20", dates: [("March 3", "2022-03-03")]))
        #expect(claim.saidBy == speaker)
    }

    @Test func speakerNamedByPronounIsTheLastPersonWhoSpoke() {
        let text = "Foreign Minister Anna Berg said the summit is scheduled for March 14. "
            + "The talks will take place in Oslo on March 20, she said. He later added that a vote on March 30 is unlikely."
        let found = claims(in: text, published: "2022-03-01",
                           dates: [("March 14", "2022-03-14"), ("March 20", "2022-03-20"), ("March 30", "2022-03-30")])
        #expect(found.map(\.saidBy) == ["Foreign Minister Anna Berg", "Foreign Minister Anna Berg", "Foreign Minister Anna Berg"])
    }

    @Test(arguments: [
        // An institution is not "she".
        "The White House said the summit is scheduled for March 14. The talks will take place on March 20, she said.",
        // Nobody named before.
        "The summit is scheduled for March 14. The talks will take place on March 20, she said.",
    ])
    func pronounSpeakerWithoutAPersonBeforeIsUnknown(text: String) throws {
        let found = claims(in: text, published: "2022-03-01", dates: [("March 14", "2022-03-14"), ("March 20", "2022-03-20")])
        let second = try #require(found.first { $0.eventDate == "2022-03-20" })
        #expect(second.saidBy == nil)
    }

    @Test func findsParticipantsPlaceAndKind() throws {
        let claim = try #require(onlyClaim(in: "Putin and Biden met in Geneva in June.", dates: [("June", "2021-06")]))
        #expect(claim.kind == "meeting")
        #expect(claim.participants == ["Putin", "Biden"])
        #expect(claim.place == "Geneva")
        #expect(claim.status == .happened)
        #expect(claim.statement == "Putin and Biden meet in Geneva")
    }

    @Test func eventAfterADateHasNoDayOfItsOwn() throws {
        let claim = try #require(onlyClaim(
            in: "Moscow and Kyiv will hold talks on grain exports after Christmas, the ministry said.",
            published: "2022-12-15", dates: [("Christmas", "2022-12-25")]))
        #expect(claim.eventDate == nil)
        #expect(claim.dateExpression?.value == "2022-12-25")
        #expect(claim.statement == "Russia and Ukraine hold talks on grain exports after 2022-12-25")
        #expect(claim.status == .proposed)
    }

    @Test func eventOnADateKeepsItsDay() throws {
        let claim = try #require(onlyClaim(
            in: "Moscow and Kyiv will hold talks on grain exports on Christmas, the ministry said.",
            published: "2022-12-15", dates: [("Christmas", "2022-12-25")]))
        #expect(claim.eventDate == "2022-12-25")
        #expect(claim.statement == "Russia and Ukraine hold talks on grain exports")
    }

    @Test func laterMentionDoesNotTakeADayFromAnAfterDate() throws {
        let text = "Moscow and Kyiv will hold talks on grain exports after Christmas, the ministry said. "
            + "Kyiv confirmed the talks with Moscow."
        let found = claims(in: text, published: "2022-12-15", dates: [("Christmas", "2022-12-25")])
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.eventDate == nil })
    }

    @Test func namesCountriesAndAlliancesCanonically() throws {
        let claim = try #require(onlyClaim(
            in: "Talks between Moscow and the U.S. on arms control are scheduled for January 10.",
            dates: [("January 10", "2022-01-10")]))
        #expect(claim.participants == ["Russia", "United States"])
        #expect(claim.statement == "Russia and the United States hold talks on arms control")
    }

    @Test func speakerIsNotAParticipant() throws {
        let claim = try #require(onlyClaim(
            in: "The Kremlin said that a vote in Belarus is planned for March.", dates: [("March", "2022-03")]))
        #expect(claim.saidBy == "the Kremlin")
        #expect(claim.place == "Belarus")
        #expect(claim.participants.isEmpty)
    }

    @Test func titlesAreDroppedFromPeople() throws {
        let claim = try #require(onlyClaim(
            in: "US President Joe Biden will visit Warsaw on January 20.", dates: [("January 20", "2022-01-20")]))
        #expect(claim.participants == ["Biden", "Poland"])
        #expect(claim.kind == "visit")
    }

    @Test func councilMeetingIsItsOwnKind() throws {
        let claim = try #require(onlyClaim(
            in: "A meeting of the Russia–NATO Council may take place on January 12.", dates: [("January 12", "2022-01-12")]))
        #expect(claim.kind == "council meeting")
        #expect(claim.participants == ["Russia", "NATO"])
        #expect(claim.cue == "may take place")
    }

    @Test func eachEventTakesItsNearestDate() throws {
        let found = claims(
            in: "The ministry announced on Monday that the election will be held on April 3.", published: "2022-01-05",
            dates: [("Monday", "2022-01-03"), ("April 3", "2022-04-03")])
        #expect(found.map(\.kind) == ["announcement", "election"])
        #expect(found.map(\.eventDate) == ["2022-01-03", "2022-04-03"])
        #expect(found.map(\.status) == [.happened, .proposed])
    }

    @Test func preciseDateWinsOverTheYearItRefines() throws {
        let claim = try #require(onlyClaim(
            in: "The leaders met in June this year.", dates: [("June", "2021-06"), ("this year", "2021")]))
        #expect(claim.eventDate == "2021-06")
        #expect(claim.dateExpression?.text == "June")
    }

    @Test func durationsAndUndatedValuesAreNotEventDates() throws {
        var text = "The hearing lasted three hours on Friday."
        let duration = expression("three hours", value: "PT3H", type: .duration, in: text)
        let friday = expression("Friday", value: "2021-12-24", in: text)
        let found = TextAnalyzer().analyze(text, published: CalendarDay("2021-12-28"), dates: [duration, friday]).claims
        #expect(found.map(\.eventDate) == ["2021-12-24"])
        text = "The hearing is coming soon."
        let soon = expression("soon", value: "FUTURE_REF", in: text)
        #expect(TextAnalyzer().analyze(text, published: nil, dates: [soon]).claims.isEmpty)
    }

    @Test func prospectRefersBackToThePreviousClaim() throws {
        let text = """
        The chancellor hopes to meet the premier in February. The ministry called such a prospect unlikely.
        """
        let found = claims(in: text, dates: [("February", "2022-02")])
        try #require(found.count == 2)
        #expect(found[1].status == .veryUnlikely)
        #expect(found[1].eventDate == "2022-02")
        #expect(found[1].kind == "meeting")
    }

    @Test func thatDateAndTheMeetingReferBack() throws {
        let text = """
        Negotiations between Serbia and Moldova should take place in January. The office said the meeting is \
        scheduled for January 10. An envoy later confirmed that both countries were planning a meeting on that date.
        """
        let found = claims(in: text, dates: [("January", "2022-01"), ("January 10", "2022-01-10")])
        try #require(found.count == 3)
        #expect(found.map(\.eventDate) == ["2022-01", "2022-01-10", "2022-01-10"])
        #expect(found.map(\.kind) == ["talks", "talks", "talks"])
        #expect(found.map(\.status) == [.proposed, .proposed, .confirmed])
        #expect(found[1].participants == ["Serbia", "Moldova"])
    }

    @Test func dutchDatelessMentionTakesTheDateOfTheSameEvent() throws {
        let text = """
        Rutte hopes for a meeting with Scholz in March. Rutte did not rule out a personal meeting with Scholz.
        """
        let found = claims(in: text, dates: [("March", "2022-03")])
        try #require(found.count == 2)
        #expect(found[1].eventDate == "2022-03")
        #expect(found[1].status == .proposed)
    }

    @Test func reportsSentenceOffsetsInUTF8Bytes() throws {
        let text = "Москва — столица. «Переговоры» прошли. The Zürich summit is scheduled for May 4 “at noon”."
        let claim = try #require(onlyClaim(in: text, published: "2022-04-01", dates: [("May 4", "2022-05-04")]))
        let bytes = Array(text.utf8)
        let quote = String(decoding: bytes[claim.sentence], as: UTF8.self)
        #expect(quote == "The Zürich summit is scheduled for May 4 “at noon”.")
        #expect(claim.quote == quote)
        #expect(claim.sentence.lowerBound == "Москва — столица. «Переговоры» прошли. ".utf8.count)
        #expect(claim.sentence.upperBound == bytes.count)
    }

    /// The analyser keeps a claim's quote as a range of the analysed text; a claim built by hand keeps
    /// it as a string. Either way the claim is the same value.
    @Test func claimsWithTheSameQuoteAreEqualHoweverItIsKept() throws {
        let text = "Markets were calm. The summit is scheduled for May 4 in Vienna."
        let found = try #require(onlyClaim(in: text, published: "2022-04-01", dates: [("May 4", "2022-05-04")]))
        let byHand = FoundClaim(
            statement: found.statement, eventDate: found.eventDate, dateExpression: found.dateExpression, kind: found.kind,
            participants: found.participants, place: found.place, saidBy: found.saidBy, status: found.status, cue: found.cue,
            quote: "The summit is scheduled for May 4 in Vienna.", sentence: found.sentence)
        #expect(found.quote == byHand.quote)
        #expect(found == byHand)
        #expect(Set([found, byHand]).count == 1)
        var otherQuote = byHand
        otherQuote = FoundClaim(
            statement: found.statement, eventDate: found.eventDate, dateExpression: found.dateExpression, kind: found.kind,
            participants: found.participants, place: found.place, saidBy: found.saidBy, status: found.status, cue: found.cue,
            quote: "The summit is scheduled for May 4.", sentence: found.sentence)
        #expect(found != otherQuote)
    }

    @Test func analyzesWithTheTemporalTagger() throws {
        let analysis = TextAnalyzer().analyze(
            "Officials confirmed that the summit will take place on March 3, 2022 in Vienna.", published: CalendarDay("2022-02-01"))
        let claim = try #require(analysis.claims.first)
        #expect(!analysis.dates.isEmpty)
        #expect(claim.eventDate == "2022-03-03")
        #expect(claim.status == .confirmed)
        #expect(claim.place == "Vienna")
    }
}
