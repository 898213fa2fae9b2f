import Testing
@testable import ClaimText

/// A verb that only says when an event begins ("begins", "opens", "will start") reports the event
/// named as its subject, not a start or an opening of its own.
@Suite struct AspectualVerbTests {
    @Test(arguments: [
        ("The dock workers' strike will begin on Monday, the union said.", "strike"),
        ("Its planned 24-hour national strike will start on Monday.", "strike"),
        ("The fraud trial opens on Monday in the regional court.", "trial"),
        ("Talks between the two utilities begin on Monday in Oslo.", "talks"),
        ("Three rounds of negotiations will resume on Monday in Geneva.", "talks"),
    ])
    func theSubjectNamesTheEvent(sentence: String, kind: String) throws {
        let found = claims(in: sentence, published: "2022-03-02", dates: [("Monday", "2022-03-07")])
        let claim = try #require(found.first { $0.eventDate == "2022-03-07" })
        #expect(claim.kind == kind)
    }

    @Test func aVerbGivenItsSubjectsKindPassesItOn() throws {
        let sentence = "The walkout, first set to begin on Monday, will now start on March 14."
        let found = claims(in: sentence, published: "2022-03-02",
                           dates: [("Monday", "2022-03-07"), ("March 14", "2022-03-14")])
        let later = try #require(found.first { $0.eventDate == "2022-03-14" })
        #expect(later.kind == "strike")
    }

    @Test func theNounStartStaysAStartWithoutASubject() throws {
        let claim = try #require(onlyClaim(in: "The school year will start on Monday.", published: "2022-03-02",
                                           dates: [("Monday", "2022-03-07")]))
        #expect(claim.kind == "start")
    }
}

/// A run of capitals that ends in a company's word names the company by its own words, not a person by surname.
@Suite struct CompanyNameTests {
    @Test(arguments: [
        ("Tavener Robotics will deliver the first units on Monday.", "Tavener"),
        ("Morrow Valley Systems Inc will deliver the first units on Monday.", "Morrow Valley"),
        ("Pellam Aerospace Ltd will deliver the first units on Monday.", "Pellam"),
    ])
    func theCompanyGoesByItsOwnWords(sentence: String, name: String) throws {
        let claim = try #require(onlyClaim(in: sentence, published: "2022-03-02", dates: [("Monday", "2022-03-07")]))
        #expect(claim.participants == [name])
    }
}
