import Testing
@testable import ClaimText
import TextKernel

/// The dateless filter reads sentences 64 bytes at a time and keys only the runs of letters that a
/// table lets through; it must answer as the plain definition (every run keyed) for every sentence,
/// since the claim finder never reads a sentence it rejects.
@Suite struct DatelessClaimFilterTests {
    static let filter = ClaimLexicon(cues: CueRule.defaults).datelessFilter

    /// Every word of the default cue phrases, plus the date anaphors: the anchors and pair words are among them.
    static let cueWords: [String] = {
        var words = Set(EventWords.dateAnaphors)
        for rule in CueRule.defaults { words.formUnion(CueRule.words(of: rule.phrase).filter { $0 != "…" }) }
        return words.sorted()
    }()

    @Test func findsEveryCueWordAtEveryOffsetInEveryCase() {
        for word in DatelessClaimFilterTests.cueWords {
            for spelling in [word, word.prefix(1).uppercased() + word.dropFirst(), word.uppercased()] {
                for offset in 0..<70 {
                    let before = String(repeating: "x", count: offset % 3) + String(repeating: " ", count: max(0, offset - offset % 3))
                    expectSameAnswer(before + spelling)                  // at the sentence end
                    expectSameAnswer(before + spelling + " sat.")       // inside
                    expectSameAnswer(before + spelling + "ly went")     // a longer word
                    expectSameAnswer(String(repeating: "b", count: offset) + spelling + " x")  // glued to a long run
                }
            }
        }
    }

    @Test func findsPairsAcrossWhiteSpaceAndPossessives() {
        let pairs = ["is to", "was  to", "Were\tto", "set to", "due to", "is set", "are due", "may take", "no such",
                     "it's to", "Iran’s set to", "plan's due to"]
        for pair in pairs {
            for offset in 0..<70 {
                let padding = String(repeating: "a ", count: offset / 2) + String(repeating: "z", count: offset % 2)
                expectSameAnswer(padding + " " + pair + " go")
                expectSameAnswer(padding + pair)
            }
        }
    }

    @Test func agreesOnOrdinarySentencesAndAllTheirSlices() {
        let texts = [
            "The minister visited the new hospital on a rainy afternoon, officials said.",
            "Talks between the two delegations were postponed until further notice!",
            "“We don’t expect anything,” she said — and the meeting was called off, again.",
            "Résumé: naïve café owners met 3.5 times; U.S. firms plan to expand.",
            "Nothing here of note at all, but a very long word: internationalization and counterrevolutionaries.",
        ]
        for text in texts {
            let bytes = Array(text.utf8)
            for start in 0..<bytes.count {
                for end in stride(from: start, through: bytes.count, by: 7) {
                    expectSameAnswer(bytes, from: start, to: end)
                }
                expectSameAnswer(bytes, from: start, to: bytes.count)
            }
        }
    }

    @Test func rejectsSentencesWithoutAnchorsAndAcceptsThoseWithThem() {
        #expect(!mayHoldClaim("The minister visited the new hospital on a rainy afternoon."))
        #expect(mayHoldClaim("The visit was postponed."))
        #expect(mayHoldClaim("THE VISIT WAS CANCELLED"))
        #expect(mayHoldClaim("The summit is to begin soon."))
        #expect(!mayHoldClaim("The summit, to begin soon."))
        #expect(!mayHoldClaim("Postponedness is not a word."))
    }

    private func mayHoldClaim(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return TextBytes.withBytes(of: bytes) { DatelessClaimFilterTests.filter.mayHoldClaim($0, from: 0, to: $0.count) }
    }

    private func expectSameAnswer(_ text: String) {
        let bytes = Array(text.utf8)
        expectSameAnswer(bytes, from: 0, to: bytes.count)
    }

    private func expectSameAnswer(_ bytes: [UInt8], from start: Int, to end: Int) {
        TextBytes.withBytes(of: bytes) { buffer in
            let fast = DatelessClaimFilterTests.filter.mayHoldClaim(buffer, from: start, to: end)
            let plain = DatelessClaimFilterTests.filter.mayHoldClaimCheckingEveryRun(buffer, from: start, to: end)
            #expect(fast == plain, "\(buffer.string(start..<end))")
        }
    }
}
