import Testing
@testable import ClaimText

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
                        #expect(cache.text(buffer, start..<end) == expected)
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

    /// A cache serves the `make` it is given: speakers' names keep "the" lowercased from the cache.
    @Test func servesItsOwnMaker() {
        var cache = ShortTextCache()
        let bytes = Array("The Kremlin".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for _ in 0..<2 {
                #expect(cache.text(buffer, 0..<buffer.count, making: ClaimFinder.speakerName(of:)) == "the Kremlin")
            }
        }
    }
}
