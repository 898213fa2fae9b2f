import Testing
@testable import ClaimText
import TextKernel

/// The tokenizer hashes most words eight letters at a time and the rest byte by byte, while the
/// lexicon is built with `SentenceTokenizer.hash(of:)`: a word must hash the same either way, whatever
/// its length, case and bytes, and wherever it sits in the sentence and in the text.
@Suite struct SentenceTokenizerTests {
    static let lexicon = ClaimLexicon(cues: CueRule.defaults)

    /// The tokens of `bytes[start..<end]`: their text and hash.
    static func tokens(_ bytes: [UInt8], from start: Int, to end: Int)
        -> [(text: String, hash: UInt64, possessive: Bool, capitalized: Bool)] {
        let storage = TokenStorage()
        return TextBytes.withBytes(of: bytes) { buffer in
            let (tokens, _) = SentenceTokenizer.tokenize(buffer, from: start, to: end, lexicon: lexicon, into: storage)
            return tokens.map { (String(decoding: bytes[$0.start..<$0.end], as: UTF8.self), $0.hash, $0.isPossessive, $0.isCapitalized) }
        }
    }

    /// How the lexicon spells a word: ASCII letters lowercased, `’` as `'`.
    static func normalized(_ word: String) -> String {
        String(decoding: word.replacingOccurrences(of: "’", with: "'").utf8.map(SentenceTokenizer.lowerASCII), as: UTF8.self)
    }

    /// Words of 1 to 20 bytes: mixed case, digits, non-ASCII letters, inner apostrophes and dots.
    static let words: [String] = {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var words: [String] = []
        var seed: UInt64 = 12345
        for length in 1...20 {
            for _ in 0..<6 {
                var word = ""
                for _ in 0..<length {
                    seed = seed &* 6364136223846793005 &+ 1442695040888963407
                    word.append(letters[Int(seed >> 33) % letters.count])
                }
                words.append(word)
            }
        }
        return words + ["didn't", "DIDN’T", "we’ll", "O'Neill", "rock'n'roll", "café", "Zürich",
                        "naïveté", "Ångström", "G20", "B2B", "covid19", "abcdefgh", "ABCDEFGHabcdefgh", "abcdefg’t",
                        "internationalization", "counterrevolutionaries", "Москва", "中国", "abcdefghé", "abcdefgh'ij"]
    }()

    @Test func hashesEveryWordAsTheLexiconDoes() throws {
        for word in SentenceTokenizerTests.words {
            let expected = SentenceTokenizer.hash(of: SentenceTokenizerTests.normalized(word))
            for padding in 0..<9 {
                let before = String(repeating: " ", count: padding)
                // At the end of the text (where sixteen bytes cannot be read at once), inside a sentence,
                // before punctuation, and where the sentence ends before the text does (the letters after
                // it are not read into the word).
                let rest = String(repeating: " ", count: 20), letters = String(repeating: "xyz", count: 7)
                for (text, endTrim) in [(before + word, 0), (before + word + " next", 0), (before + word + ", then.", 0),
                                        (before + word + letters, 21), (before + word + " next" + rest, 20),
                                        (before + word + ", then" + rest, 20), (before + word + "." + letters, 21),
                                        (before + word + ". Next" + rest, 20), (before + word + "'s" + rest, 20)] {
                    let bytes = Array(text.utf8)
                    let tokens = SentenceTokenizerTests.tokens(bytes, from: 0, to: bytes.count - endTrim)
                    let first = try #require(tokens.first)
                    #expect(first.text == word, "\(text)")
                    #expect(first.hash == expected, "\(text)")
                    #expect(first.capitalized == (word.first!.isUppercase && word.first!.isASCII), "\(text)")
                }
            }
        }
    }

    @Test func hashesAGroupOfEightLikeAnyOtherBytes() {
        // The same normalized bytes, whether the tokenizer reads them in one load or one at a time.
        #expect(SentenceTokenizer.hash(of: "Abcdefgh") == SentenceTokenizer.hash(of: "abcdefgh"))
        #expect(SentenceTokenizer.hash(of: "abcdefgh") != SentenceTokenizer.hash(of: "abcdefg"))
        #expect(SentenceTokenizer.hash(of: "abcdefghi") != SentenceTokenizer.hash(of: "abcdefgh"))
        var hashes = Set<UInt64>()
        for word in SentenceTokenizerTests.words { hashes.insert(SentenceTokenizer.hash(of: SentenceTokenizerTests.normalized(word))) }
        #expect(hashes.count == Set(SentenceTokenizerTests.words.map(SentenceTokenizerTests.normalized)).count)
        #expect(!hashes.contains(0))
    }

    @Test(arguments: [0, 20]) func splitsWordsNumbersAndMarks(textAfter: Int) {
        // Read near the text's end, and with text after the sentence.
        let text = "The U.S. and Iran’s envoys didn't meet on 3.5 or 1,200 days—“again”, officials said."
        let bytes = Array(text.utf8) + Array(repeating: UInt8(ascii: "x"), count: textAfter)
        let tokens = SentenceTokenizerTests.tokens(bytes, from: 0, to: bytes.count - textAfter)
        #expect(tokens.map(\.text) == ["The", "U.S", "and", "Iran", "envoys", "didn't", "meet", "on", "3.5", "or", "1,200",
                                       "days", "—", "“", "again", "”", ",", "officials", "said", "."])
        #expect(tokens.map(\.possessive) == tokens.map { $0.text == "Iran" })
        for token in tokens where token.text.first!.isLetter {
            #expect(token.hash == SentenceTokenizer.hash(of: SentenceTokenizerTests.normalized(token.text)))
        }
    }
}
