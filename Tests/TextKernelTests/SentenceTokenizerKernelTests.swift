import Testing
@testable import TextKernel

/// Where the tokenizer puts token boundaries, and what it copies in from the word table.
@Suite struct SentenceTokenizerKernelTests {
    static func tokens(_ text: String, words: FrozenWordTable<TokenWordInfo> = FrozenWordTable(WordTable(missing: .unknown)))
        -> (tokens: [(text: String, kind: Token.Kind, token: Token)], summary: SentenceTokenizer.Summary) {
        let storage = TokenStorage(capacity: 2)  // small, so it has to grow
        return TextBytes.withBytes(of: text) { bytes in
            let (tokens, summary) = SentenceTokenizer.tokenize(bytes, from: 0, to: bytes.count, words: words, into: storage)
            return (tokens.map { (bytes.string($0.start..<$0.end), $0.kind, $0) }, summary)
        }
    }

    @Test func splitsWordsNumbersAndMarks() {
        let found = Self.tokens("The U.S. didn’t sign; 3.5% of 1,200 jets (Boeing's) — “soon”.").tokens
        #expect(found.map(\.text) == ["The", "U.S", "didn’t", "sign", ";", "3.5", "%", "of", "1,200", "jets", "(", "Boeing", ")",
                                      "—", "“", "soon", "”", "."])
        #expect(found.map(\.kind) == [.word, .word, .word, .word, .punctuation, .number, .punctuation, .word, .number, .word,
                                      .punctuation, .word, .punctuation, .punctuation, .punctuation, .word, .punctuation, .punctuation])
        #expect(found[0].token.isCapitalized && !found[3].token.isCapitalized)
        #expect(found[11].token.isPossessive)
        #expect(found[4].token.mark == UInt8(ascii: ";") && found[13].token.mark == 0)
    }

    /// `’` inside a word is keyed as `'`, and case is folded, so the lexicon's spelling finds it.
    @Test func keysWordsAsTheLexiconSpellsThem() {
        let found = Self.tokens("Didn’t DIDN'T abcdefghijklmnopqrstuvwxyz").tokens
        #expect(found[0].token.hash == WordKey.of("didn't"))
        #expect(found[1].token.hash == WordKey.of("didn't"))
        #expect(found[2].token.hash == WordKey.of("abcdefghijklmnopqrstuvwxyz"))
    }

    /// Known words get their entry's id, roles and event kind; the summary or-s every word's roles and flags.
    @Test func copiesTheWordTableEntry() {
        var words = WordTable(missing: TokenWordInfo.unknown)
        words.insert(TokenWordInfo(id: 0, roleBits: 0b01, eventKind: 3, flags: 2), forKey: WordKey.of("summit"))
        words.insert(TokenWordInfo(id: 1, roleBits: 0b10, eventKind: -1, flags: 1), forKey: WordKey.of("postponed"))
        let (found, summary) = Self.tokens("The Summit was postponed.", words: FrozenWordTable(words))
        #expect(found[1].token.wordID == 0 && found[1].token.roleBits == 0b01 && found[1].token.eventKind == 3)
        #expect(found[3].token.wordID == 1 && found[3].token.roleBits == 0b10)
        #expect(found[0].token.wordID == -1 && found[0].token.eventKind == -1)
        #expect(summary.roleBits == 0b11 && summary.flags == 3)
    }

    @Test func splitsSentences() {
        let text = "Mr. Price met Gen. Smith on Jan. 10. Talks resume in 3.5 weeks! Then?\nA headline\n\nNext paragraph."
        let spans = TextBytes.withBytes(of: text) { bytes in
            SentenceSplitter.sentences(in: bytes).map { (bytes.string($0.start..<$0.end), $0.paragraph) }
        }
        #expect(spans.map(\.0) == ["Mr. Price met Gen. Smith on Jan. 10.", "Talks resume in 3.5 weeks!", "Then?", "A headline",
                                   "Next paragraph."])
        #expect(spans.map(\.1) == [0, 0, 0, 1, 2])
    }
}
