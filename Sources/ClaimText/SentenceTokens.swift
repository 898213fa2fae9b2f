/// One token of a sentence: a word, a number, or a punctuation mark.
///
/// Fields are ordered widest first so the struct packs tightly (40 bytes): every sentence's tokens are
/// written and read several times, so a smaller stride is fewer cache lines per sentence.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punctuation }

    /// UTF-8 byte offsets in the analysed text, end exclusive.
    var start: Int
    var end: Int
    /// Hash of the lowercased word (ASCII letters folded, `’` read as `'`); zero for punctuation.
    var hash: UInt64
    /// The word's entry in the lexicon, or -1.
    var wordID: Int32 = -1
    /// The entry's roles and event kind (-1 for none), copied in when the word is looked up: the finder
    /// asks for them many times per token, and a field read costs less than a table lookup each time.
    var roles: WordRole = []
    var eventKind: Int16 = -1
    var kind: Kind
    /// Starts with an upper-case ASCII letter.
    var isCapitalized: Bool
    /// The word was followed by a possessive `'s`, which is not part of the token.
    var isPossessive: Bool = false
    /// For punctuation: the ASCII byte, or 0 for a non-ASCII mark (quotes, dashes).
    var mark: UInt8 = 0
    /// What the claim finder has found the token to be part of, set as it reads the sentence. Kept in
    /// the token (a spare byte of its 40), rather than in per-sentence `[Bool]` arrays cleared, filled
    /// and copied for every sentence read.
    var marks: TokenMarks = []

    init(start: Int, end: Int, kind: Kind, hash: UInt64, isCapitalized: Bool, mark: UInt8 = 0) {
        self.start = start
        self.end = end
        self.hash = hash
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.mark = mark
    }
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

/// Memory for one sentence's tokens, reused from sentence to sentence and grown when a sentence needs
/// more. The finder reads the tokens through an `UnsafeBufferPointer` into it: as an `Array`, every
/// one of the many reads per token would be bounds-checked in release builds, and every token
/// appended would check the array's uniqueness and capacity. (Debug builds, which the tests use, still check
/// every read against the buffer's bounds.)
final class TokenStorage {
    private(set) var base: UnsafeMutablePointer<Token>
    private(set) var capacity: Int

    init(capacity: Int = 256) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// Room for at least `count` tokens. What was stored before may be lost: it is scratch space.
    @inline(__always) func reserve(_ count: Int) {
        guard count > capacity else { return }
        base.deallocate()
        capacity = max(count, capacity * 2)
        base = .allocate(capacity: capacity)
    }
}

/// The hash of a word's normalized bytes (ASCII letters lowercased, `’` read as `'`), the key of every
/// lexicon lookup.
///
/// The bytes are taken eight at a time, as a little-endian integer (the last group, if shorter, padded
/// with zeros), and each group is mixed in with one xor and one multiply. FNV-1a takes a multiply per
/// byte, a chain of dependent multiplies as long as the word; here a plain word of letters is hashed
/// from one or two loads (`hash(ofLetters:count:)`), and the tokenizer's slow path adds bytes one at
/// a time (`append`): both make the same groups, so the same hash. The last step folds the high half,
/// which the multiplies mix well, into the low bits that the tables index with.
struct WordHasher {
    private var state: UInt64 = 0xcbf29ce484222325
    /// Bytes not yet mixed in, in the low `pendingBits` bits.
    var pending: UInt64 = 0
    var pendingBits: UInt64 = 0

    @inline(__always) mutating func append(_ byte: UInt8) {
        pending |= UInt64(byte) &<< pendingBits
        pendingBits &+= 8
        if pendingBits == 64 {
            mix(pending)
            pending = 0
            pendingBits = 0
        }
    }

    /// Mixes in a whole group of eight bytes; nothing may be pending.
    @inline(__always) mutating func mix(_ group: UInt64) {
        state = (state ^ group) &* 0x9E37_79B9_7F4A_7C15
    }

    @inline(__always) var value: UInt64 {
        let h = pendingBits == 0 ? state : (state ^ pending) &* 0x9E37_79B9_7F4A_7C15
        return h ^ h &>> 32
    }

    /// The hash of the `count` (1…15) ASCII letters at `pointer`, lowercased, where sixteen bytes can
    /// be read: the groups `append` would make, from one or two loads. A word of fewer than eight
    /// letters, most words, takes one branch and one multiply.
    @inline(__always) static func hash(ofLetters pointer: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        var hasher = WordHasher()
        // `| 0x20` lowercases a letter; the bytes after the letters are cleared.
        let first = UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self)) | 0x2020_2020_2020_2020
        if count < 8 {
            hasher.mix(first & lowBytes(count))
            return hasher.value
        }
        hasher.mix(first)
        if count > 8 {
            let second = UInt64(littleEndian: UnsafeRawPointer(pointer + 8).loadUnaligned(as: UInt64.self)) | 0x2020_2020_2020_2020
            hasher.mix(second & lowBytes(count &- 8))
        }
        return hasher.value
    }

    /// A mask of the low `count` (0…7) bytes of a word.
    @inline(__always) private static func lowBytes(_ count: Int) -> UInt64 {
        1 &<< UInt64(truncatingIfNeeded: count &* 8) &- 1
    }
}

/// Splits a sentence into tokens over its bytes; reuses one buffer across sentences.
enum SentenceTokenizer {
    /// The hash a lexicon entry is stored under; must agree with `tokenize` for the same word.
    static func hash(of word: String) -> UInt64 {
        var hasher = WordHasher()
        for byte in word.utf8 { hasher.append(lowerASCII(byte)) }
        return hasher.value
    }

    @inline(__always) static func lowerASCII(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }

    /// What the finder needs to know about a sentence before doing any claim work.
    struct Summary {
        /// Some word starts a cue phrase.
        var hasCueStart = false
        /// Some word names an event or may point back to one ("the proposal").
        var hasEventWord = false
        /// Every role some word of the sentence has: a pass that looks for a role the sentence lacks
        /// (a speech verb, "that date", "the presidents") is skipped.
        var roles: WordRole = []
    }

    /// Two tables of 256 bytes, one after the other, so that the tokenizer's loop keeps one pointer
    /// for both (it has no register to spare for a second); a raw pointer (allocated once, never freed,
    /// never written after) keeps the bounds check out of that loop.
    ///
    /// First, for each byte, the byte a word hashes it as (ASCII letters lowercased), or 0 when the
    /// byte is not a plain word byte: ASCII letters and digits, and every non-ASCII byte except 0xE2
    /// (the lead byte of `’`, dashes and quotes, which need a closer look). One load replaces five
    /// comparisons in the loop that every byte of every sentence goes through.
    ///
    /// Then, at `plainWordEnds + byte`, 1 when the byte ends a word that runs up to it with nothing
    /// more to look at: not a word byte, and not `'`, `.` or 0xE2, which may join a word or be part of
    /// "U.S." and `'s`.
    private nonisolated(unsafe) static let wordBytes: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 512)
        for value in 0..<256 {
            let b = UInt8(value)
            if b >= 65 && b <= 90 {
                table[value] = b | 0x20
            } else if b >= 97 && b <= 122 || b >= 48 && b <= 57 || b >= 0x80 && b != 0xE2 {
                table[value] = b
            } else {
                table[value] = 0
            }
        }
        for value in 0..<256 {
            let b = UInt8(value)
            table[plainWordEnds + value] =
                table[value] == 0 && b != UInt8(ascii: "'") && b != UInt8(ascii: ".") && b != 0xE2 ? 1 : 0
        }
        return UnsafePointer(table)
    }()

    /// Where the second table of `wordBytes` starts.
    private static let plainWordEnds = 256

    /// Tokenizes `bytes[start..<end]` into `storage` (what it held before is overwritten) and looks
    /// every word up in the lexicon on the way, so the sentence is read once. The tokens returned live
    /// in `storage` until the next call.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, lexicon: ClaimLexicon,
                         into storage: TokenStorage) -> (tokens: UnsafeMutableBufferPointer<Token>, summary: Summary) {
        // Every token takes at least one byte, so the sentence's length bounds their number: room is
        // made once, and each token is a plain store (an `Array` append checks uniqueness and capacity
        // for every token).
        storage.reserve(end - start)
        let tokens = storage.base
        var free = tokens  // where the next token goes
        let table = wordBytes  // read once: each access to a static is a call
        let words = lexicon.wordTable
        // Every word's roles and flags, or-ed together and read into the summary once, at the end.
        var summaryBits: UInt64 = 0  // `WordSlot.summaryBits`
        var i = start
        while i < end {
            let b = bytes[i]
            if b <= 0x20 { i &+= 1; continue }
            var token: Token
            var next: Int
            if let word = plainWord(bytes, at: i, to: end, first: b, table: table) {
                // Nearly every word: ASCII letters, then white space or punctuation that needs no closer look.
                let hash = WordHasher.hash(ofLetters: bytes.baseAddress.unsafelyUnwrapped + i, count: word.end &- i)
                token = Token(start: i, end: word.end, kind: .word, hash: hash, isCapitalized: b &- 65 < 26)
                next = word.next
            } else if table[Int(b)] != 0 && (b >= 0xC3 || b < 0x80) {  // a letter, a digit or a non-ASCII letter
                token = b >= 48 && b <= 57 ? scanWord(bytes, from: i, to: end, startsWithDigit: true)
                                           : scanLetterWord(bytes, from: i, to: end, table: table)
                next = nextIndex(bytes, after: token, end: end)
            } else {
                // Punctuation: one ASCII byte, or one non-ASCII character (quotes, dashes, ellipsis).
                var length = 1
                if b >= 0xC0 { length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2 }
                let stop = min(end, i + length)
                free.initialize(to: Token(start: i, end: stop, kind: .punctuation, hash: 0, isCapitalized: false,
                                          mark: b < 0x80 ? b : 0))
                free += 1
                i = stop
                continue
            }
            if token.kind == .word {
                // An unknown word finds an empty slot: no entry, no roles, no event kind, no flags.
                let slot = words.slot(forHash: token.hash)
                token.wordID = slot.id
                token.roles = slot.info.roles
                token.eventKind = slot.info.eventKind
                summaryBits |= slot.summaryBits
            }
            free.initialize(to: token)
            free += 1
            i = next
        }
        let roles = WordRole(rawValue: UInt32(truncatingIfNeeded: summaryBits))
        let flags = UInt8(truncatingIfNeeded: summaryBits >> 32)
        let summary = Summary(hasCueStart: flags & ClaimLexicon.startsCue != 0, hasEventWord: flags & ClaimLexicon.namesEvent != 0,
                              roles: roles)
        return (UnsafeMutableBufferPointer(start: tokens, count: free - tokens), summary)
    }

    /// The end of the word at `i` when it is plain, and where the scan resumes after it: fewer than
    /// sixteen ASCII letters, ended by the sentence's end, by a byte of `plainWordEnds` (in `wordBytes`) or by the
    /// sentence's last period; else nil, and `scanLetterWord` reads it. The letters are found from a
    /// mask of sixteen bytes (`SentenceByteMasks.letters`), so near the text's end, where sixteen
    /// cannot be read, it is nil. A space after the word, the usual end, is tested first and skipped:
    /// the byte is already loaded, and the loop need not look at it again.
    @inline(__always)
    private static func plainWord(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, to end: Int, first: UInt8,
                                  table: UnsafePointer<UInt8>) -> (end: Int, next: Int)? {
        guard SentenceByteMasks.isLetter(first), i &+ 16 <= bytes.count else { return nil }
        // Sixteen bytes are there, so the buffer has memory: `unsafelyUnwrapped` spares the check for nil.
        let run = min((~SentenceByteMasks.letters(at: bytes.baseAddress.unsafelyUnwrapped + i)).trailingZeroBitCount, end &- i)
        guard run < 16 else { return nil }
        let stop = i &+ run
        guard stop < end else { return (stop, stop) }
        let after = bytes[stop]
        if after == 0x20 { return (stop, stop &+ 1) }
        return table[plainWordEnds &+ Int(after)] != 0 || after == UInt8(ascii: ".") && stop &+ 1 == end ? (stop, stop) : nil
    }

    /// `scanWord` for a word that starts with a letter: a tight loop over plain word bytes, leaving the
    /// inner apostrophes and the dots of "U.S." to the slower checks. (Number-only cases, "3.5" and
    /// "1,200", cannot arise once a letter has been read.)
    @inline(__always)
    private static func scanLetterWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                                       table: UnsafePointer<UInt8>) -> Token {
        var hasher = WordHasher()
        var i = start
        var possessive = false
        while i < end {
            let folded = table[Int(bytes[i])]
            if folded != 0 {
                hasher.append(folded)
                i &+= 1
                continue
            }
            guard case .joins(let width, let hashed) = innerMark(bytes, at: i, wordStart: start, end: end, possessive: &possessive)
            else { break }
            hasher.append(hashed)
            i += width
        }
        let first = bytes[start]
        var token = Token(start: start, end: i, kind: .word, hash: hasher.value, isCapitalized: first >= 65 && first <= 90)
        token.isPossessive = possessive
        return token
    }

    /// A word: ASCII letters and digits, non-ASCII letters, inner hyphens kept out, and inner
    /// apostrophes kept in ("didn't", "we’ll") except a possessive `'s`, which is dropped and flagged.
    private static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, startsWithDigit: Bool) -> Token {
        var hasher = WordHasher()
        var i = start
        var allDigits = true
        var possessive = false
        while i < end {
            let b = bytes[i]
            let isLetter = (b | 0x20) >= 97 && (b | 0x20) <= 122
            let isDigit = b >= 48 && b <= 57
            if isLetter || isDigit {
                if !isDigit { allDigits = false }
                hasher.append(lowerASCII(b))
                i += 1
            } else if b >= 0x80 && b != 0xE2 {
                allDigits = false
                hasher.append(b)
                i += 1
            } else if (b == UInt8(ascii: ".") || b == UInt8(ascii: ",")) && startsWithDigit && allDigits,
                      i + 1 < end, bytes[i + 1] >= 48, bytes[i + 1] <= 57 {
                hasher.append(b)  // "3.5", "1,200"
                i += 1
            } else if case .joins(let width, let hashed) = innerMark(bytes, at: i, wordStart: start, end: end, possessive: &possessive) {
                hasher.append(hashed)
                i += width
            } else {
                break
            }
        }
        let first = bytes[start]
        var token = Token(start: start, end: i, kind: allDigits ? .number : .word, hash: hasher.value,
                          isCapitalized: first >= 65 && first <= 90)
        token.isPossessive = possessive
        return token
    }

    /// What a byte other than a letter or digit does inside a word.
    private enum InnerMark {
        /// It belongs to the word: `width` bytes, hashed as `hashed`.
        case joins(width: Int, hashed: UInt8)
        /// It ends the word.
        case ends
    }

    /// An inner apostrophe (`'`, or `’` hashed as `'`: "didn't", "we’ll") or the dot of "U.S", "U.N"
    /// (single capitals joined by dots) joins the word; anything else ends it, and a possessive `'s`
    /// ends it with `possessive` set.
    @inline(__always)
    private static func innerMark(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, wordStart start: Int, end: Int,
                                  possessive: inout Bool) -> InnerMark {
        let b = bytes[i]
        if b == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99, i + 3 < end, isAlpha(bytes[i + 3]) {
            if isPossessiveS(bytes, at: i + 3, end: end) { possessive = true; return .ends }
            return .joins(width: 3, hashed: UInt8(ascii: "'"))
        }
        if b == UInt8(ascii: "'"), i + 1 < end, isAlpha(bytes[i + 1]) {
            if isPossessiveS(bytes, at: i + 1, end: end) { possessive = true; return .ends }
            return .joins(width: 1, hashed: b)
        }
        if b == UInt8(ascii: "."), i + 1 < end, isAlpha(bytes[i + 1]), i > start, bytes[i - 1] >= 65, bytes[i - 1] <= 90,
           i + 2 <= end, i + 2 == end || bytes[i + 2] == UInt8(ascii: ".") {
            return .joins(width: 1, hashed: b)
        }
        return .ends
    }

    /// Where scanning resumes after a word: past a possessive `'s`, or past the final period of "U.S.".
    @inline(__always)
    private static func nextIndex(_ bytes: UnsafeBufferPointer<UInt8>, after token: Token, end: Int) -> Int {
        var i = token.end
        let start = token.start
        if token.isPossessive {
            // Skip the apostrophe (1 or 3 bytes) and the "s".
            i += bytes[i] == UInt8(ascii: "'") ? 2 : 4
        } else if i < end, bytes[i] == UInt8(ascii: "."), i > start, bytes[i - 1] >= 65, bytes[i - 1] <= 90,
                  i - start >= 3, bytes[i - 2] == UInt8(ascii: ".") {
            // The final period of "U.S." belongs to the abbreviation, not the sentence.
            i += 1
        }
        return i
    }

    @inline(__always) private static func isAlpha(_ b: UInt8) -> Bool {
        (b | 0x20) >= 97 && (b | 0x20) <= 122 || b >= 0xC3 && b != 0xE2
    }

    @inline(__always) private static func isPossessiveS(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        (bytes[i] | 0x20) == UInt8(ascii: "s") && (i + 1 >= end || !isAlpha(bytes[i + 1]))
    }
}
