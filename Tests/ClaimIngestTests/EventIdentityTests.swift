import ClaimCore
import ClaimText
import Testing
@testable import ClaimIngest

/// Identity across articles in a ledger large enough to tell rare words and specific names from
/// common ones: an aircraft maker whose name is in most claims.
@Suite struct EventIdentityTests {
    static func claim(_ id: String, _ statement: String, _ date: String?, kind: String?, _ participants: [String],
                      place: String? = nil) -> Claim {
        ClaimMatcherTests.claim(id, statement, date, kind: kind, participants, place: place)
    }

    /// Routine reports that make the maker's name and the words of its trade common.
    static let routine: [Claim] = (1...18).map { n in
        let month = String(format: "%02d", (n - 1) % 12 + 1)
        return claim("routine-\(n)", "Halvard Air reports first airliner orders and deliveries for its region \(n) plant",
                     "2029-\(month)-15", kind: "report", ["Halvard Air"])
    }

    static let ledger = ClaimMatcher(claims: routine + [
        claim("k9-delivery", "First deliveries of the Kestrel K9 airliner to Norrsky Airways will be delayed until October 2031",
              "2031-10", kind: "delivery", ["Halvard Air", "Kestrel K9"]),
        claim("porto-factory", "Halvard Air opens its new wing factory in Porto", "2031-10-20", kind: "opening", ["Halvard Air"],
              place: "Porto"),
        claim("freighter", "Halvard Air hands over its first Condor C4 freighter to Caldera Cargo", "2031-11", kind: "delivery",
              ["Halvard Air", "Caldera Cargo"]),
        claim("k9-flight", "The Kestrel K9 makes its maiden flight from Brask", "2030-03-14", kind: "flight", ["Kestrel K9"]),
        claim("holt-illness", "Mira Holt was treated for bone cancer in 2016 and returned to the stage a year later", "2016",
              kind: nil, ["Mira Holt"]),
    ], threshold: 0.5, vocabulary: .standard)

    static func best(_ statement: String, _ date: String?, kind: String?, _ participants: [String],
                     published: String? = nil) -> String? {
        ClaimMatcherTests.best(in: ledger, statement, date, kind: kind, participants, published: published)
    }

    // MARK: A product delay told in three reports

    @Test func aLaterReportOfTheDelayFindsItsClaimWhateverKindAndActorsTheFinderGuessed() {
        // The finder read "launch customer" as the kind and took actors from another sentence.
        #expect(Self.best("Deliveries to Norrsky Airways, the launch customer for the jet, will begin only in October", "2031-10",
                          kind: "launch", ["Lisbon"]) == "k9-delivery")
        // The delivery itself, named to the day.
        #expect(Self.best("The first Kestrel K9 was handed to Norrsky Airways today", "2031-10-14", kind: "delivery",
                          ["Halvard Air"]) == "k9-delivery")
    }

    @Test func anotherEventOfTheSameCompanyInTheSameMonthStaysApart() {
        // Same maker, same month, same kind, another customer.
        #expect(Self.best("Halvard Air delivers an airliner to Tern Airlines", "2031-10-02", kind: "delivery",
                          ["Halvard Air", "Tern Airlines"]) == nil)
        // Same month, another sort of event, whatever words it shares.
        #expect(Self.best("Halvard Air holds its shareholder meeting in Porto", "2031-10", kind: "meeting", ["Halvard Air"]) == nil)
        // The freighter is its own event.
        #expect(Self.best("Caldera Cargo receives its first Condor C4 freighter", "2031-11-05", kind: "delivery",
                          ["Caldera Cargo"]) == "freighter")
    }

    @Test func anotherModelIsAnotherThing() {
        #expect(Self.best("The Kestrel K9 made its maiden flight from Brask", "2030-03-14", kind: "flight",
                          ["Kestrel K9"]) == "k9-flight")
        #expect(Self.best("The Kestrel K7 made its maiden flight from Brask", "2030-03-14", kind: "flight",
                          ["Kestrel K7"]) == nil)
    }

    // MARK: Only a year in common

    @Test func wordsOnlyOneEventUsesAndItsPersonMakeTheSameYearOneEvent() {
        #expect(Self.best("Mira Holt, who has lived with bone cancer since 2016, cancelled her tour", "2016", kind: nil,
                          ["Mira Holt"]) == "holt-illness")
        // The same person and year in other words is another event.
        #expect(Self.best("Mira Holt recorded a live album in 2016", "2016", kind: nil, ["Mira Holt"]) == nil)
        // The same words about someone else are not her illness.
        #expect(Self.best("Piet Andersson was treated for bone cancer in 2016", "2016", kind: nil, ["Piet Andersson"]) == nil)
    }

    @Test func aSmallLedgerKnowsNoRareWords() {
        var use = WordUse()
        use.add(["pancreatic", "cancer"])
        #expect(use.distinctive(among: ["pancreatic", "cancer"]).isEmpty)
        #expect(use.specificNames(among: ["holt"]).isEmpty)
        for n in 1..<WordUse.minimumClaims { use.add(["routine", "word\(n)"]) }
        #expect(use.distinctive(among: ["pancreatic", "cancer", "routine"]) == ["pancreatic", "cancer"])
        #expect(use.specificNames(among: ["routine", "holt"]) == ["holt"])
    }

    // MARK: Reading names and kinds in words

    @Test func namesAreCapitalizedWordsBeyondTheSentenceStartModelsAndInnerCapitals() {
        #expect(ClaimMatcher.nameWords("Deliveries to Norrsky Airways are due in October.") == ["norrsky", "airways"])
        #expect(ClaimMatcher.nameWords("Tern Airlines says the K9 flies. The eTicket works.") == ["tern", "airlines", "k9", "eticket"])
        #expect(ClaimMatcher.nameWords("The plane flew on Monday.").isEmpty)
    }

    @Test func aKindIsNamedByWordsOfItsStem() {
        #expect(ClaimMatcher.names(kind: "delivery", in: ["deliveries", "due"]))
        #expect(ClaimMatcher.names(kind: "launch", in: ["launched"]))
        #expect(!ClaimMatcher.names(kind: "election", in: ["elected"]))
        #expect(!ClaimMatcher.names(kind: "delivery", in: ["launch", "customer"]))
    }

    // MARK: One article's findings

    @Test func aPhaseAndAnotherKindOnOtherDatesInOneSentenceAreTwoEvents() {
        // "The studio was started in 1998, and launched its streaming service in 2011."
        #expect(!ClaimMatcher.mayBeOneEvent("start", EventDate("1998"), "launch", EventDate("2011")))
        #expect(ClaimMatcher.mayBeOneEvent("start", EventDate("2011-05"), "launch", EventDate("2011-05-02")))
        // "The vote, set for June 10, was postponed to June 17": one event.
        #expect(ClaimMatcher.mayBeOneEvent("vote", EventDate("2024-06-10"), "vote", EventDate("2024-06-17")))
    }

    @Test func undatedFindingsComeAfterTheArticlesDatedOnes() {
        let findings = [
            FoundClaim(statement: "The delays", eventDate: nil, kind: nil, status: .postponed, cue: "delays", quote: "The delays",
                       sentence: 0..<10),
            FoundClaim(statement: "Deliveries slip to October", eventDate: "2031-10", kind: "delivery", status: .postponed,
                       cue: "slip", quote: "Deliveries slip to October", sentence: 11..<40),
        ]
        #expect(IngestSession.datedFirst(findings).map(\.statement) == ["Deliveries slip to October", "The delays"])
    }

    @Test func aMatchOnWordsAloneIsAMention() throws {
        let guessed = EventDescription(statement: "Deliveries to Norrsky Airways, the launch customer for the jet, will begin only in October",
                                       date: EventDate("2031-10"), kind: "launch", participants: ["Lisbon"], place: nil,
                                       status: .proposed)
        #expect(try #require(Self.ledger.best(for: guessed)).score.isMention)
        let read = EventDescription(statement: "The first Kestrel K9 was handed to Norrsky Airways today",
                                    date: EventDate("2031-10-14"), kind: "delivery", participants: ["Kestrel K9"], place: nil,
                                    status: .happened)
        #expect(try !#require(Self.ledger.best(for: read)).score.isMention)
        var undated = read
        undated.date = nil
        #expect(try #require(Self.ledger.best(for: undated)).score.isMention)
    }

    @Test func aMentionAssertsNoStatus() {
        let evidence = Evidence(source: Source(name: "example-wire"), quote: "The delays are over", asserts: .happened,
                                cue: "are over", recordedBy: "plain_text", recordedAt: ClaimMatcherTests.created)
        let mention = IngestSession.mention(of: evidence)
        #expect(mention.asserts == nil && mention.cue == nil && mention.quote == evidence.quote)
    }

    // MARK: The event's own kind outranks shared words

    @Test func aMatchOnTheEventsOwnKindOutranksAMentionThatSharesMoreWords() throws {
        let strike = Self.claim("rosters-strike", "Norrsky pilots strike over the Kestrel K9 rosters", "2031-05-12",
                                kind: "strike", ["Norrsky Pilots Union"])
        let talks = Self.claim("union-talks", "Norrsky Pilots Union and Halvard Air hold talks", "2031-05-12",
                               kind: "talks", ["Norrsky Pilots Union", "Halvard Air"])
        // "Talks that began on Monday" in a story about the strike: the talks' own report.
        let finding = EventDescription(
            statement: "Talks between the Norrsky pilots and Halvard Air over the Kestrel K9 rosters strike began on Monday",
            date: EventDate("2031-05-12"), kind: "talks", participants: ["Norrsky Pilots Union"], place: nil,
            status: .happened, published: CalendarDay("2031-05-15"))
        let both = ClaimMatcher(claims: Self.routine + [strike, talks], threshold: 0.5, vocabulary: .standard)
        let strikeOnly = ClaimMatcher(claims: Self.routine + [strike], threshold: 0.5, vocabulary: .standard)
        let talksOnly = ClaimMatcher(claims: Self.routine + [talks], threshold: 0.5, vocabulary: .standard)
        let onStrike = try #require(strikeOnly.best(for: finding))
        let onTalks = try #require(talksOnly.best(for: finding))
        // Alone, the strike takes the report as a mention, on more points than the talks get.
        #expect(onStrike.isMatch && onStrike.score.isMention)
        #expect(onTalks.isMatch && !onTalks.score.isMention)
        #expect(onStrike.score.total > onTalks.score.total)
        // Together, the talks keep their own report.
        #expect(both.best(for: finding)?.claim.id.rawValue == "union-talks")
    }
}
