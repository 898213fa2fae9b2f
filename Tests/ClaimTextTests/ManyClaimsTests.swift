import ClaimCore
@testable import ClaimText
import Foundation
import Testing

/// A document with thousands of claims (a generated file, a hostile one) costs time in proportion to
/// its size: references look back over a bounded number of earlier claims, not over all of them.
@Suite struct ManyClaimsTests {
    func seconds(claims count: Int) -> (Double, Int) {
        let text = (0..<count).map { "Talks are set for March \($0 % 28 + 1)." }.joined(separator: " ")
        let clock = ContinuousClock()
        let start = clock.now
        let found = TextAnalyzer().analyze(text, published: CalendarDay("2030-01-02")).claims.count
        let elapsed = clock.now - start
        return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, found)
    }

    @Test func timeGrowsWithTheDocumentNotItsSquare() {
        _ = seconds(claims: 500)  // warm up the lexicons
        let (small, smallCount) = seconds(claims: 4_000)
        let (large, largeCount) = seconds(claims: 16_000)
        #expect(smallCount == 4_000 && largeCount == 16_000)
        // Four times the claims: about four times the time; a quadratic scan would take sixteen.
        #expect(large < small * 9, "4,000 claims: \(small) s; 16,000 claims: \(large) s")
    }
}

/// A program that opens its workspace again and again (a server, a fuzzer, a newsroom's own tool on the
/// Swift route) makes an analyser each time; the lexicon under it, whose tables live as long as the
/// process, is made once per configuration, not once per analyser (found by the claimreview fuzz target).
@Suite struct SharedLexiconTests {
    @Test func analysersOfOneConfigurationShareTheirLexicon() {
        let cues = [CueRule(phrase: "is set for", status: .proposed)]
        let first = ClaimLexicon.shared(cues: cues, eventVerbs: [], vocabulary: .standard)
        let second = ClaimLexicon.shared(cues: cues, eventVerbs: [], vocabulary: .standard)
        let other = ClaimLexicon.shared(cues: cues + [CueRule(phrase: "called off", status: .cancelled)], eventVerbs: [], vocabulary: .standard)
        #expect(first === second)
        #expect(first !== other)
    }
}
