import ClaimCore
@testable import ClaimText
import Testing

/// A dateless sentence in the present perfect reports an event that has just taken place: read only
/// where past events are recorded (`TextAnalyzer.readsRecentPast`, set by `ingest.record_past_events`).
@Suite struct RecentPastTests {
    static func findings(_ text: String, readsRecentPast: Bool = true) -> [FoundClaim] {
        var analyzer = TextAnalyzer()
        analyzer.readsRecentPast = readsRecentPast
        return analyzer.analyze(text, published: CalendarDay("2024-03-02"), dates: []).claims
    }

    @Test func thePresentPerfectOfAnEventReportsItWithoutADate() throws {
        let sentences = [
            "Velmont Shipyards and Ardena Marine have unexpectedly won a contract to build twelve patrol boats for the coast guard.",
            "The regional carrier has finally signed a deal with the pilots' union after months of talks.",
        ]
        for sentence in sentences {
            let found = Self.findings(sentence)
            let claim = try #require(found.first, "no finding in: \(sentence)")
            #expect(claim.eventDate == nil)
            #expect(claim.reportsRecentPast)
            #expect(claim.status == StatusVocabulary.standard.primaryStatus(for: .occurrence))
            #expect(claim.cue.hasPrefix("ha"))
        }
    }

    @Test func withoutTheSettingOrWithoutAPerfectEventNothingIsRead() {
        let won = "Velmont Shipyards and Ardena Marine have won a contract to build twelve patrol boats."
        #expect(Self.findings(won, readsRecentPast: false).isEmpty)
        for sentence in [
            "Velmont Shipyards has not won a contract to build patrol boats.",
            "Velmont Shipyards would have won the contract to build patrol boats.",
            "The minister has said the contract for patrol boats is fair.",
            "Velmont Shipyards has been a rival for the contract for years.",
            "Velmont Shipyards has built patrol boats for the navy.",
        ] {
            #expect(Self.findings(sentence).allSatisfy { !$0.reportsRecentPast }, "read a recent event in: \(sentence)")
        }
    }
}
