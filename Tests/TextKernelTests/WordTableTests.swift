import Testing
@testable import TextKernel

/// The one word table and the one word-key scheme every lexicon of the analysis is built on.
@Suite struct WordTableTests {
    @Test func findsWhatWasInsertedAndNothingElse() {
        var table = WordTable(missing: -1)
        for (index, word) in ["postponed", "will", "summit", "talks"].enumerated() {
            let inserted1 = table.insert(index, forKey: WordKey.of(word))
            #expect(inserted1)
        }
        #expect(table[WordKey.of("summit")] == 2)
        #expect(table.value(forKey: WordKey.of("talks")) == 3)
        #expect(table[WordKey.of("meeting")] == -1)
        #expect(table.value(forKey: WordKey.of("meeting")) == nil)
        #expect(!table.contains(WordKey.of("postpone")))
        #expect(table.count == 4)
    }

    /// The first value stored under a key stays; `updateValue` replaces it.
    @Test func firstInsertWinsUpdateReplaces() {
        var table = WordTable(missing: "")
        let inserted2 = table.insert("month", forKey: WordKey.of("may"))
        #expect(inserted2)
        let inserted3 = table.insert("modal", forKey: WordKey.of("May"))
        #expect(!inserted3)
        #expect(table[WordKey.of("MAY")] == "month")
        table.updateValue("modal", forKey: WordKey.of("may"))
        #expect(table[WordKey.of("may")] == "modal")
        #expect(table.count == 1)
    }

    /// Key 0 marks an empty slot: it is never stored and never found.
    @Test func zeroIsNeverAKey() {
        var table = WordTable(missing: false)
        let inserted4 = table.insert(true, forKey: 0)
        #expect(!inserted4)
        table.updateValue(true, forKey: 0)
        #expect(!table.contains(0))
        #expect(table[0] == false)
        #expect(table.count == 0)
    }

    /// Keys that land in the same slot (the table indexes with bits 7 and up) are all found, by linear probing.
    @Test func collidingKeysAreAllFound() {
        var table = WordTable(missing: 0)
        let keys: [UInt64] = (1...20).map { UInt64($0) }  // all below 128: the same first slot
        for key in keys { table.insert(Int(key) * 10, forKey: key) }
        for key in keys { #expect(table[key] == Int(key) * 10) }
        #expect(!table.contains(21))
    }

    /// The table grows as it fills, keeping every entry; a copy is not changed by changes to the original.
    @Test func growsAndKeepsValueSemantics() {
        var table = WordTable(missing: -1)
        let words = (0..<5000).map { "word\($0)" }
        for (index, word) in words.enumerated() { table.insert(index, forKey: WordKey.of(word)) }
        let copy = table
        table.updateValue(-7, forKey: WordKey.of("word0"))
        #expect(table.count == words.count)
        for (index, word) in words.enumerated() where index > 0 { #expect(table[WordKey.of(word)] == index) }
        #expect(table[WordKey.of("word0")] == -7)
        #expect(copy[WordKey.of("word0")] == 0)
        table.removeAll()
        #expect(table.count == 0 && !table.contains(WordKey.of("word1")))
        #expect(copy.count == words.count)
        #expect(Set(copy.entries.map(\.value)) == Set(0..<words.count))
    }

    /// ASCII letters are folded, nothing else is: digits, punctuation and non-ASCII bytes keep their value.
    @Test func keysFoldASCIICaseOnly() {
        #expect(WordKey.of("Postponed") == WordKey.of("postponed"))
        #expect(WordKey.of("U.S.") == WordKey.of("u.s."))
        #expect(WordKey.of("Q3") == WordKey.of("q3"))
        #expect(WordKey.of("Élysée") != WordKey.of("élysée"))  // non-ASCII case is not folded
        #expect(WordKey.of("didn't") != WordKey.of("didnt"))
        #expect(WordKey.of("abcdefgh") != WordKey.of("abcdefg"))
        #expect(WordKey.of("abcdefghi") != WordKey.of("abcdefgh"))
    }

    /// The packed groups a scanner loads give the same key as the word's bytes one at a time.
    @Test func groupsGiveTheSameKeyAsBytes() {
        for word in ["a", "may", "tomorrow", "thanksgiving", "abcdefghijklmnop"] {
            let bytes = Array(word.utf8)
            var low: UInt64 = 0, high: UInt64 = 0
            for (index, byte) in bytes.enumerated() {
                if index < 8 { low |= UInt64(byte) << (8 * UInt64(index)) } else { high |= UInt64(byte) << (8 * UInt64(index - 8)) }
            }
            #expect(WordKey.ofGroups(low, high) == WordKey.of(word), "\(word)")
        }
    }

    @Test func wordSetsHoldTheirWordsInAnyCase() {
        let set = WordHashSet(["the", "a", "an"])
        #expect(set.contains(WordKey.of("The")))
        #expect(set.contains(WordKey.of("AN")))
        #expect(!set.contains(WordKey.of("and")))
        #expect(!set.contains(0))
    }

    /// A word-length filter never rules out one of its words, and rules out words of other lengths.
    @Test func lengthFilterKeepsItsWords() {
        let words = ["may", "tomorrow", "scheduled", "will"]
        let filter = WordLengthFilter(words: words)
        for word in words + ["MAY", "Tomorrow"] {
            let bytes = Array(word.utf8)
            var low: UInt64 = 0
            for (index, byte) in bytes.prefix(8).enumerated() { low |= UInt64(byte | 0x20) << (8 * UInt64(index)) }
            #expect(filter.mayContain(WordLengthFilter.key(low, length: bytes.count), length: bytes.count), "\(word)")
        }
        let may = UInt64(UInt8(ascii: "m")) | UInt64(UInt8(ascii: "a")) << 8 | UInt64(UInt8(ascii: "y")) << 16
        #expect(!filter.mayContain(WordLengthFilter.key(may, length: 3), length: 4))
    }
}
