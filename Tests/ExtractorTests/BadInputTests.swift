import ClaimCore
import FeedExtractor
import HTMLExtractor
import JSONLinesExtractor
import Testing
import TextExtractor

/// The checks every extractor makes before reading, with the same message whichever reads the file.
@Suite struct BadInputTests {
    static let extensions = ["txt", "html", "rss", "jsonl"]

    func extractor(for fileExtension: String) throws -> any Extractor {
        switch fileExtension {
        case "txt": try TextExtractor(settings: noSettings)
        case "html": try HTMLExtractor(settings: noSettings)
        case "rss": try FeedExtractor(settings: noSettings)
        default: try JSONLinesExtractor(settings: noSettings)
        }
    }

    func problems(_ bytes: [UInt8], _ fileExtension: String) async throws -> [String] {
        let file = InputFile(path: "input.\(fileExtension)", bytes: bytes)
        let result = try await extractor(for: fileExtension).extract(request(file))
        #expect(result.documents.isEmpty)
        return result.problems.map(\.description)
    }

    @Test(arguments: extensions)
    func emptyFile(fileExtension: String) async throws {
        #expect(try await problems([], fileExtension) == ["input.\(fileExtension): error: is empty"])
    }

    @Test(arguments: extensions)
    func binaryFile(fileExtension: String) async throws {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]
        #expect(try await problems(bytes, fileExtension) == ["input.\(fileExtension): error: looks like a binary file (NUL byte at offset 8)"])
    }

    /// Plain text and JSON Lines are UTF-8 by definition; feeds and pages say their encoding and are
    /// converted (see `FeedsInTheWildTests`).
    @Test(arguments: ["txt", "jsonl"])
    func utf16Text(fileExtension: String) async throws {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x54, 0x00, 0x61, 0x00]
        #expect(try await problems(bytes, fileExtension) == ["input.\(fileExtension): error: expected UTF-8 text, found UTF-16"])
    }

    @Test(arguments: ["txt", "html", "rss"])
    func invalidUTF8(fileExtension: String) async throws {
        let bytes = Array("<p>Caf".utf8) + [0xE9] + Array(" on Monday</p>".utf8)
        #expect(try await problems(bytes, fileExtension) == ["input.\(fileExtension): error: is not valid UTF-8 text (invalid byte at offset 6)"])
    }

    @Test(arguments: [
        ([0xC0, 0x80], 0),                // overlong NUL
        ([0x41, 0xED, 0xA0, 0x80], 1),    // a UTF-16 surrogate
        ([0x41, 0xF4, 0x90, 0x80, 0x80], 1),  // past U+10FFFF
        ([0x41, 0xE2, 0x82], 1),          // cut off at the end
        ([0x41, 0x42, 0xE2, 0x82, 0x28], 2),  // bad last continuation
        ([0x80], 0),                      // a stray continuation byte
    ] as [([UInt8], Int)])
    func invalidUTF8IsFoundAtTheRightByte(bytes: [UInt8], offset: Int) {
        #expect(firstInvalidUTF8Offset(in: bytes[...]) == offset)
        // Decoding validates with the standard library first; it must refuse the same bytes.
        #expect(String(validating: bytes, as: UTF8.self) == nil)
    }

    @Test func validUTF8PassesTheCheck() {
        let text = "Переговоры 10 января — 会談 🇷🇺"
        #expect(firstInvalidUTF8Offset(in: Array(text.utf8)[...]) == nil)
    }

    @Test func whitespaceOnlyTextHasNoText() async throws {
        #expect(try await problems(Array(" \n\t\n".utf8), "txt") == ["input.txt: error: has no text"])
        // Blank is judged from the first non-ASCII-blank byte when it is ASCII, Character by
        // Character otherwise: Unicode spaces are blank, a combining mark on a space too.
        #expect(try await problems(Array(" \u{A0}\u{2003}\u{3000}\r\n\u{B}\u{C}".utf8), "txt") == ["input.txt: error: has no text"])
        #expect(try await problems(Array("\n \u{301}\n".utf8), "txt") == ["input.txt: error: has no text"])
        for text in ["\n\u{A0}é", " \u{1}", "\t\u{1F}x", " \u{2003}Talks"] {
            let result = try await extractor(for: "txt").extract(request(InputFile(path: "input.txt", bytes: Array(text.utf8))))
            #expect(result.documents.map(\.text) == [text])
        }
    }

    @Test func largeFileIsReadInOnePass() async throws {
        // 20 MB of prose: the checks and the text extractor stay linear.
        let paragraph = Array("The summit was scheduled for January 10, officials said on Monday.\n\n".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20 * 1024 * 1024)
        while bytes.count < 20 * 1024 * 1024 { bytes += paragraph }
        let clock = ContinuousClock()
        let start = clock.now
        let result = try await TextExtractor(settings: noSettings).extract(request(InputFile(path: "big.txt", bytes: bytes), published: CalendarDay("2022-01-01")))
        #expect(result.documents.first?.text.utf8.count == bytes.count)
        #expect(clock.now - start < .seconds(30))
    }
}
