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
