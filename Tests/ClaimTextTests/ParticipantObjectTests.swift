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

    @Test func aNameAfterAPossessiveNameStillTakesPart() throws {
        let claim = try #require(claims(
            in: "Dorvania's Supreme Court will rule on the appeal on March 14.", published: "2022-03-01",
            dates: [("March 14", "2022-03-14")]).first)
        #expect(claim.participants.contains("Dorvania"))
    }
}
