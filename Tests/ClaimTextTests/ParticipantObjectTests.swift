import ClaimCore
import Testing
import ClaimText

/// Participants are the actors of an event, not the things it is done with.
@Suite struct ParticipantObjectTests {
    @Test(arguments: [
        ("Vantor will launch its Corvid-2 rocket on March 14.", ["Vantor"]),
        ("Quillon will ship the Fold 3 to buyers on March 14.", ["Quillon"]),
        ("Brenna will release its Solace app on March 14.", ["Brenna"]),
    ])
    func aModelOrAnOwnedThingIsNoParticipant(sentence: String, participants: [String]) throws {
        let claim = try #require(claims(in: sentence, published: "2022-03-01", dates: [("March 14", "2022-03-14")]).first)
        #expect(claim.participants == participants)
    }

    @Test(arguments: [
        ("Vantor will open the company's Horizon conference on March 14.", "Horizon"),
        ("Kestrel will host the group's Aurora summit on March 14.", "Aurora"),
    ])
    func aNameAnOwnerGivesItsEventIsNoParticipant(sentence: String, name: String) throws {
        let found = claims(in: sentence, published: "2022-03-01", dates: [("March 14", "2022-03-14")])
        let claim = try #require(found.first)
        #expect(!claim.participants.contains(name))
    }

    @Test(arguments: [
        ("Oakridge Dairy shareholders will vote on the sale on March 14.", "Oakridge"),
        ("Tallis Capital will hold a meeting with the board on March 14.", "Tallis"),
        ("Arcadia Mobile will launch its new phone on March 14.", "Arcadia"),
    ])
    func aCompanyGoesByItsOwnNameNotItsTradeAsASurname(sentence: String, name: String) throws {
        let claim = try #require(claims(in: sentence, published: "2022-03-01", dates: [("March 14", "2022-03-14")]).first)
        #expect(claim.participants == [name])
    }

    @Test func aNameAfterAPossessiveNameStillTakesPart() throws {
        let claim = try #require(claims(
            in: "Dorvania's Supreme Court will rule on the appeal on March 14.", published: "2022-03-01",
            dates: [("March 14", "2022-03-14")]).first)
        #expect(claim.participants.contains("Dorvania"))
    }
}

/// A sentence's first word is capitalized whatever it is: described by a preposition, it is a common noun.
@Suite struct SentenceInitialWordTests {
    @Test(arguments: [
        "Spectators from nine countries will watch Halvard meet the champion on March 14.",
        "Attendance at the fair will be counted when Halvard opens it on March 14.",
    ])
    func aFirstWordFollowedByAPrepositionIsNoParticipant(sentence: String) throws {
        let claim = try #require(claims(in: sentence, published: "2022-03-01", dates: [("March 14", "2022-03-14")]).first)
        #expect(!claim.participants.contains("Spectators") && !claim.participants.contains("Attendance"))
        #expect(claim.participants.contains("Halvard"))
    }

    @Test func aNameFirstInItsSentenceStillTakesPart() throws {
        let claim = try #require(claims(
            in: "Halvard will meet the champion on March 14.", published: "2022-03-01", dates: [("March 14", "2022-03-14")]).first)
        #expect(claim.participants == ["Halvard"])
    }
}

/// A press release's dateline and a time's zone name no participant.
@Suite struct DatelineAndZoneTests {
    @Test func aPressReleaseDatelineAndATimeZoneAreNoParticipants() throws {
        let text = "AUSTIN, Texas, March 2, 2022 – Korvel will hold its investor day on March 14 at 9 a.m. CT."
        let claim = try #require(claims(in: text, published: "2022-03-02",
                                        dates: [("March 2, 2022", "2022-03-02"), ("March 14 at 9 a.m.", "2022-03-14T09:00")]).first)
        #expect(!claim.participants.contains("Texas"))
        #expect(!claim.participants.contains("CT"))
        #expect(claim.participants.contains("Korvel"))
    }
}
