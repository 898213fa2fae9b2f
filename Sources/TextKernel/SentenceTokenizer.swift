/// One token of a sentence: a word, a number, or a punctuation mark.
///
/// Fields are ordered widest first so the struct packs tightly (40 bytes): every sentence's tokens are
/// written and read several times, so a smaller stride is fewer cache lines per sentence.
@frozen public struct Token: Sendable {
    public enum Kind: UInt8, Sendable { case word, number, punctuation }

    /// UTF-8 byte offsets in the analysed text, end exclusive.
    public var start: Int
    public var end: Int
    /// The word's key (`WordKey`: ASCII letters folded, `’` read as `'`); zero for punctuation.
    public var hash: UInt64
    /// The word's entry in the lexicon, or -1.
    public var wordID: Int32 = -1
    /// The entry's role bits and event kind (-1 for none), copied in when the word is looked up: the
    /// finder asks for them many times per token, and a field read costs less than a table lookup each
    /// time. What the bits mean is the lexicon's business.
    public var roleBits: UInt32 = 0
    public var eventKind: Int16 = -1
    public var kind: Kind
    /// Starts with an upper-case ASCII letter.
    public var isCapitalized: Bool
    /// The word was followed by a possessive `'s`, which is not part of the token.
    public var isPossessive: Bool = false
    /// For punctuation: the ASCII byte, or 0 for a non-ASCII mark (quotes, dashes).
    public var mark: UInt8 = 0
    /// Bits a reader of the sentence sets as it learns what the token is part of, kept in the token
    /// (a spare byte of its 40) rather than in per-sentence arrays cleared, filled and copied for every
    /// sentence read.
    public var markBits: UInt8 = 0

    @inlinable
    public init(start: Int, end: Int, kind: Kind, hash: UInt64, isCapitalized: Bool, mark: UInt8 = 0) {
        self.start = start
        self.end = end
        self.hash = hash
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.mark = mark
    }
}

/// What the tokenizer copies into a token from a lexicon's entry for the word: the value type of the
/// lexicon's `WordTable`.
@frozen public struct TokenWordInfo: Sendable {
    /// The entry's index in the lexicon, or -1.
    public var id: Int32
    public var roleBits: UInt32
    public var eventKind: Int16
    /// Bits the sentence's summary collects (`SentenceTokenizer.Summary.flags`).
    public var flags: UInt8
    /// `roleBits` in the low 32 bits and `flags` above them: the tokenizer or-s every word's into one
    /// total for the sentence's summary, where two totals cost two loads and stores per word (the loop
    /// has no registers to spare for them).
    public var summaryBits: UInt64

    public init(id: Int32, roleBits: UInt32, eventKind: Int16, flags: UInt8) {
        self.id = id
        self.roleBits = roleBits
        self.eventKind = eventKind
        self.flags = flags
        summaryBits = UInt64(roleBits) | UInt64(flags) << 32
    }

    /// What an unknown word gets: no entry, no roles, no event kind, no flags.
    public static let unknown = TokenWordInfo(id: -1, roleBits: 0, eventKind: -1, flags: 0)
}

/// The tokens of one sentence, read and marked in place: they live in a `TokenStorage` until it
/// tokenizes the next sentence. Reading a token costs a load (bounds checked in debug builds only).
@frozen public struct TokenList: RandomAccessCollection {
    @usableFromInline let buffer: UnsafeMutableBufferPointer<Token>

    @inlinable init(_ buffer: UnsafeMutableBufferPointer<Token>) {
        self.buffer = buffer
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { buffer.count }
    @inlinable public var count: Int { buffer.count }

    /// The token at `position`; setting it (to mark it) changes the storage, not the list.
    @inlinable public subscript(position: Int) -> Token {
        @inline(__always) get { buffer[position] }
        @inline(__always) nonmutating set { buffer[position] = newValue }
    }
}

/// Memory for one sentence's tokens, reused from sentence to sentence and grown when a sentence needs
/// more. The finder reads the tokens through a `TokenList` into it: as an `Array`, every one of the
/// many reads per token would be bounds-checked in release builds, and every token appended would
/// check the array's uniqueness and capacity.
public final class TokenStorage {
    private(set) var base: UnsafeMutablePointer<Token>
    private(set) var capacity: Int

    public init(capacity: Int = 256) {
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

/// Splits a sentence into tokens over its bytes; reuses one buffer across sentences.
public enum SentenceTokenizer {
    /// The key a lexicon entry is stored under (`WordKey.of`); `tokenize` gives the same for the same word.
    @inlinable public static func hash(of word: String) -> UInt64 { WordKey.of(word) }

    /// The byte with ASCII letters folded to lower case, as words are keyed.
    @inlinable public static func lowerASCII(_ b: UInt8) -> UInt8 { WordKey.lowerASCII(b) }

    /// What a reader needs to know about a sentence before doing any work on it: every role bit and
    /// every flag (`TokenWordInfo`) some word of the sentence has, so a pass that looks for a word
    /// the sentence lacks is skipped.
    public struct Summary: Sendable {
        public var roleBits: UInt32
        public var flags: UInt8
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
    public static func tokenize(_ text: TextBytes, from start: Int, to end: Int, words lexicon: FrozenWordTable<TokenWordInfo>,
                                into storage: TokenStorage) -> (tokens: TokenList, summary: Summary) {
        let bytes = text.buffer
        // Every token takes at least one byte, so the sentence's length bounds their number: room is
        // made once, and each token is a plain store (an `Array` append checks uniqueness and capacity
        // for every token).
        storage.reserve(end - start)
        let tokens = storage.base
        var free = tokens  // where the next token goes
        let table = wordBytes  // read once: each access to a static is a call
        let words = lexicon.reader
        // Every word's roles and flags, or-ed together and read into the summary once, at the end.
        var summaryBits: UInt64 = 0  // `TokenWordInfo.summaryBits`
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
                let info = words.slot(forKey: token.hash).value
                token.wordID = info.id
                token.roleBits = info.roleBits
                token.eventKind = info.eventKind
                summaryBits |= info.summaryBits
            }
            free.initialize(to: token)
            free += 1
            i = next
        }
        let summary = Summary(roleBits: UInt32(truncatingIfNeeded: summaryBits), flags: UInt8(truncatingIfNeeded: summaryBits >> 32))
        return (TokenList(UnsafeMutableBufferPointer(start: tokens, count: free - tokens)), summary)
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
