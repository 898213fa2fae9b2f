import Testing
@testable import ClaimText
import TextKernel

@Suite struct SentenceSplitterTests {
    @Test func splitsAtPeriodsFollowedByCapitals() {
        #expect(sentences(of: "The vote was moved. Officials gave no reason! Why? Nobody knows.").map(\.text) == [
            "The vote was moved.", "Officials gave no reason!", "Why?", "Nobody knows.",
        ])
    }

    @Test func keepsAbbreviationsInitialsAndDecimalsInsideSentences() {
        let text = "Mr. Price met Dr. Ruiz on Jan. 10 in the U.S. capital. Growth was 3.5 percent, J. Smith said. Next."
        #expect(sentences(of: text).map(\.text) == [
            "Mr. Price met Dr. Ruiz on Jan. 10 in the U.S. capital.", "Growth was 3.5 percent, J. Smith said.", "Next.",
        ])
    }

    @Test func endsAtClosingQuotes() {
        let text = "He said: “We will see.” The talks begin on Monday."
        #expect(sentences(of: text).map(\.text) == ["He said: “We will see.”", "The talks begin on Monday."])
    }

    @Test func treatsEachLineAsAParagraph() {
        let text = "Headline without a period\n\nFirst paragraph. Still first.\nSecond paragraph"
        let found = sentences(of: text)
        #expect(found.map(\.text) == ["Headline without a period", "First paragraph.", "Still first.", "Second paragraph"])
        #expect(found.map(\.paragraph) == [0, 1, 1, 2])
    }

    @Test func doesNotSplitBeforeLowercaseWords() {
        #expect(sentences(of: "The ministry said no. talks were off. Then it changed.").map(\.text) == [
            "The ministry said no. talks were off.", "Then it changed.",
        ])
    }
}
