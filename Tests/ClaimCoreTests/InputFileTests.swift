import Foundation
import Testing
@testable import ClaimCore

@Suite struct InputFileTests {
    @Test(arguments: [
        ("news/talks.md", "md"), ("news/TALKS.TXT", "txt"), ("talks.tar.gz", "gz"), ("news.d/talks", ""),
        (".hidden", ""), ("news/.hidden", ""), ("news/talks.md/", "md"), ("talks.", ""), ("-", ""), ("", ""),
        ("nouvelles/réunion.Txt", "txt"), ("news/talks.mé", "mé"),
        ("news/talks.\u{301}md", ""),  // the accent joins the dot: no "." Character, no extension
    ])
    func fileExtensionIsTheLowercasedEndOfTheLastComponent(path: String, expected: String) {
        #expect(InputFile(path: path, bytes: []).fileExtension == expected)
    }

    /// Decoding validates through `UTF8Span` where it exists, `String(validating:)` elsewhere:
    /// both must take and refuse the same bytes and make the same text.
    @Test(arguments: [
        Array("Переговоры 10 января — 会談 🇷🇺 “set” e\u{301}".utf8), [], Array("ascii only".utf8),
        [0xC0, 0x80], [0x41, 0xED, 0xA0, 0x80], [0x41, 0xF4, 0x90, 0x80, 0x80], [0x41, 0xE2, 0x82],
        [0x41, 0x42, 0xE2, 0x82, 0x28], [0x80], [0xF0, 0x9F, 0x87], [0xEF, 0xBF, 0xBD], [0xF8, 0x88, 0x80, 0x80, 0x80],
    ] as [[UInt8]])
    func bothValidationsAgree(bytes: [UInt8]) {
        for start in [0, min(1, bytes.count)] {
            let slice = bytes[start...]
            let expected = String(validating: slice, as: UTF8.self)
            #expect(InputFile.validatedText(slice) == expected)
            if #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *) {
                #expect(InputFile.spanValidatedText(slice) == expected)
                #expect(InputFile.spanValidatedText(slice).map { Array($0.utf8) } == expected.map { Array($0.utf8) })
            }
        }
    }

    @Test func readsAWholeFileAndRefusesOneOverTheLimit() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("file-bytes-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = String(repeating: "Talks are set for May 3 in Genève.\n", count: 2_000)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        guard case .bytes(let bytes) = FileBytes.read(atPath: path) else {
            Issue.record("expected the file's bytes")
            return
        }
        #expect(bytes == Array(text.utf8))
        guard case .tooLarge(let size) = FileBytes.read(atPath: path, limit: 100) else {
            Issue.record("expected the file to be over the limit")
            return
        }
        #expect(size == text.utf8.count)
        guard case .failed = FileBytes.read(atPath: path + ".missing") else {
            Issue.record("expected a missing file to fail")
            return
        }
    }
}
