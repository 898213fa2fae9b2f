import Testing
@testable import TextKernel

/// `ShortTextCache` against the strings it stands for.
@Suite struct ShortTextCacheTests {
    static let text = "The Kremlin said talks with Lavrov will take place; the Kremlin, Ukraine’s envoy and NATO agreed."

    /// Every run of the text, looked up twice (made, then found), gives `String(decoding:)`; near the
    /// end of the bytes the key is read byte by byte, elsewhere with two loads.
    @Test func givesTheDecodedString() {
        var cache = ShortTextCache()
        let bytes = Array(ShortTextCacheTests.text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for _ in 0..<2 {
                for start in 0..<buffer.count {
                    for end in start...min(buffer.count, start + 20) {
                        let expected = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
                        #expect(cache.text(TextBytes(buffer), start..<end) == expected)
                    }
                }
            }
        }
    }

    /// Runs that differ only past their first eight bytes, or only in length, have different keys.
    @Test func keysTellRunsApart() {
        let bytes = Array("scheduled forscheduled fox".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(ShortTextCache.key(buffer, 0..<13) != ShortTextCache.key(buffer, 13..<26))
            #expect(ShortTextCache.key(buffer, 0..<9) != ShortTextCache.key(buffer, 0..<10))
            #expect(ShortTextCache.key(buffer, 0..<13) == ShortTextCache.key(buffer, 0..<13))
        }
    }

    /// A cache serves the `make` it is given: a maker that lowercases gives lowercase from the cache too.
    @Test func servesItsOwnMaker() {
        var cache = ShortTextCache()
        let bytes = Array("The Kremlin".utf8)
        TextBytes.withBytes(of: bytes) { text in
            for _ in 0..<2 {
                #expect(cache.text(text, 0..<text.count, making: { $0.string.lowercased() }) == "the kremlin")
            }
        }
    }

    /// Runs that differ only in case are different strings; the cache holds many runs, and keeps
    /// giving the right ones after it has been emptied for being full.
    @Test func keepsCaseAndSurvivesEmptying() {
        var cache = ShortTextCache()
        let words = (0..<600).map { "w\($0)" } + ["Will", "will", "WILL"]
        let text = words.joined(separator: " ")
        TextBytes.withBytes(of: text) { bytes in
            for _ in 0..<2 {
                var start = 0
                for word in words {
                    let range = start..<start + word.utf8.count
                    #expect(cache.text(bytes, range) == word)
                    start = range.upperBound + 1
                }
            }
        }
    }
}
