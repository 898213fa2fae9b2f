import ClaimCore
import Testing
@testable import ClaimText
import TextKernel

/// The finder's shortcuts against the plain definitions they replace.
@Suite struct ClaimFinderShortcutTests {
    static let sentence = "The talks, scheduled for Jan. 10–12 in Geneva, will go ahead on Monday, U.S. officials said… “Yes.”"

    /// Tokenizes `text` and hands its tokens and bytes to `body`.
    func withTokens(_ text: String, _ body: (TokenList, TextBytes) -> Void) {
        let lexicon = ClaimLexicon(cues: CueRule.defaults)
        let storage = TokenStorage()
        TextBytes.withBytes(of: text) { bytes in
            let (tokens, _) = SentenceTokenizer.tokenize(bytes, from: 0, to: bytes.count, lexicon: lexicon, into: storage)
            body(tokens, bytes)
        }
    }

    /// `tokenRange` halves its way to the first token; the scan it replaced read every token.
    @Test func tokenRangeMatchesAScan() {
        func scanned(from start: Int, to end: Int, in tokens: TokenList) -> (Int, Int)? {
            var first = -1, last = -1
            for i in tokens.indices {
                if tokens[i].end <= start { continue }
                if tokens[i].start >= end { break }
                if first < 0 { first = i }
                last = i
            }
            return first < 0 ? nil : (first, last)
        }
        withTokens(Self.sentence) { tokens, bytes in
            for start in 0...bytes.count {
                for end in start...(bytes.count + 1) {
                    let fast = ClaimFinder.tokenRange(from: start, to: end, in: tokens)
                    let slow = scanned(from: start, to: end, in: tokens)
                    #expect(fast?.0 == slow?.0 && fast?.1 == slow?.1, "bytes \(start)..<\(end)")
                }
            }
        }
        withTokens("") { tokens, _ in
            #expect(ClaimFinder.tokenRange(from: 0, to: 3, in: tokens) == nil)
        }
    }
}

extension ClaimFinderShortcutTests {
    /// The precedences written out as constants are the ones `precedence(of:)` gives their roles.
    @Test func postponedPrecedenceIsThePostponementsPrecedence() {
        #expect(CueMatcher.cancellationPrecedence == CueMatcher.precedence(of: .cancellation))
        #expect(CueMatcher.postponedPrecedence == CueMatcher.precedence(of: .postponement))
        #expect(CueMatcher.confirmationPrecedence == CueMatcher.precedence(of: .confirmation))
        #expect(CueMatcher.occurrencePrecedence == CueMatcher.precedence(of: .occurrence))
        #expect(CueMatcher.planPrecedence == CueMatcher.precedence(of: .plan))
    }
}
