import ClaimCore
import Testing
import ClaimText

/// A statement in the sentence's own words reads like a headline: no dateline, no date.
@Suite struct StatementWordingTests {
    @Test func aStatementInTheSentencesWordsLeavesOutTheDatelineAndTheDate() throws {
        let claim = try #require(claims(
            in: "GRANTHAM (Example News) – The new ring road will carry traffic from June 3, the county said.",
            published: "2022-05-01", dates: [("June 3", "2022-06-03")]).first)
        #expect(claim.kind == nil)
        #expect(claim.statement == "The new ring road will carry traffic")
    }
}
