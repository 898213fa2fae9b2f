import TextKernel

/// What the finder's lexicon and the finder itself say about a token, over the kernel's raw bits.
extension Token {
    /// The roles of the word's lexicon entry (`WordRole`).
    var roles: WordRole {
        get { WordRole(rawValue: roleBits) }
        set { roleBits = newValue.rawValue }
    }

    /// What the claim finder has found the token to be part of.
    var marks: TokenMarks {
        get { TokenMarks(rawValue: markBits) }
        set { markBits = newValue.rawValue }
    }
}

extension SentenceTokenizer {
    /// Tokenizes `bytes[start..<end]` into `storage`, looking every word up in `lexicon`.
    static func tokenize(_ bytes: TextBytes, from start: Int, to end: Int, lexicon: ClaimLexicon,
                         into storage: TokenStorage) -> (tokens: TokenList, summary: Summary) {
        tokenize(bytes, from: start, to: end, words: lexicon.words, into: storage)
    }
}

extension SentenceTokenizer.Summary {
    /// Some word starts a cue phrase.
    var hasCueStart: Bool { flags & ClaimLexicon.startsCue != 0 }
    /// Some word names an event or may point back to one ("the proposal").
    var hasEventWord: Bool { flags & ClaimLexicon.namesEvent != 0 }
    /// Every role some word of the sentence has: a pass that looks for a role the sentence lacks
    /// (a speech verb, "that date", "the presidents") is skipped.
    var roles: WordRole { WordRole(rawValue: roleBits) }
}

/// What a token is part of, as the claim finder learns it.
struct TokenMarks: OptionSet, Sendable {
    let rawValue: UInt8
    /// A date expression: not an event, a cue or a name ("May 5" is not the modal "may").
    static let date = TokenMarks(rawValue: 1 << 0)
    /// A cue phrase ("postponed", "scheduled for"): it says how the event stands, it is not the event.
    static let cue = TokenMarks(rawValue: 1 << 1)
    /// An attribution ("the White House said"): the speaker, not a participant or a topic.
    static let attribution = TokenMarks(rawValue: 1 << 2)

    /// Tokens that cannot be an event's verb.
    static let notVerb: TokenMarks = [.date, .cue]
    /// Tokens that cannot be a participant, a place or part of a topic.
    static let notName: TokenMarks = [.date, .attribution]
}
