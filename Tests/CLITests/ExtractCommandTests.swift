import Foundation
import Testing

/// `claims extract` end to end: the JSON Lines contract, offsets into the file as given, and bad
/// input that is reported and skipped while the other documents are still read.
@Suite struct ExtractCommandTests {
    static let article = """
        ---
        title: "Ministers to meet"
        published: 2021-12-28
        source: Example Wire
        url: https://wire.example/ministers
        ---
        The ministry said the foreign ministers of France and Germany will meet in Paris on January 14.

        Markets were quiet.
        """

    func makeWorkspace() throws -> CLIHarness {
        let cli = try CLIHarness()
        try cli.run(["init"])
        return cli
    }

    @Test func jsonLinesFollowTheContractWithFileOffsets() throws {
        let cli = try makeWorkspace()
        defer { cli.remove() }
        try cli.write(Self.article, to: "ministers.md")
        let result = try cli.run(["extract", "--format", "jsonl", "ministers.md"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(Array(record.keys).sorted() == ["claims", "dates", "file", "item", "published", "source", "title", "url"])
        #expect(record["file"] as? String == "ministers.md")
        #expect(record["published"] as? String == "2021-12-28")
        #expect(record["source"] as? String == "Example Wire")
        let bytes = Array(Self.article.utf8)
        let date = try #require((record["dates"] as? [[String: Any]])?.first)
        let start = try #require(date["start"] as? Int), end = try #require(date["end"] as? Int)
        // Offsets are UTF-8 bytes into the file as given, front matter included.
        #expect(String(decoding: bytes[start..<end], as: UTF8.self) == "January 14")
        #expect(date["value"] as? String == "2022-01-14")
        #expect(date["type"] as? String == "DATE")
        let claim = try #require((record["claims"] as? [[String: Any]])?.first)
        #expect(claim["event_date"] as? String == "2022-01-14")
        #expect(claim["status"] as? String == "proposed")
        #expect(claim["participants"] as? [String] == ["France", "Germany"])
        #expect(claim["place"] as? String == "Paris")
        let sentence = try #require(claim["sentence"] as? [String: Int])
        #expect(String(decoding: bytes[sentence["start"]!..<sentence["end"]!], as: UTF8.self)
                == "The ministry said the foreign ministers of France and Germany will meet in Paris on January 14.")
    }

    /// `--with-text` shows what each document was read as: for a page, the article without its menu.
    @Test func withTextAddsTheDocumentsText() throws {
        let cli = try makeWorkspace()
        defer { cli.remove() }
        try cli.write("""
            <html><head><title>Talks</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><p>Envoys from Norland and Southia will meet in Kellford on March 4.</p><p>Both sides hope for progress.</p></article>
            </body></html>
            """, to: "talks.html")
        let result = try cli.run(["extract", "--format", "jsonl", "--with-text", "--published", "2023-02-20", "talks.html"])
        #expect(result.status == 0, "\(result.stderr)")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(record["text"] as? String == "Envoys from Norland and Southia will meet in Kellford on March 4.\n\nBoth sides hope for progress.")
        let plain = try cli.run(["extract", "--format", "jsonl", "--published", "2023-02-20", "talks.html"])
        #expect(!plain.stdout.contains("\"text\":\"Envoys"), "the text is only written when asked for")
        #expect(try cli.run(["extract", "--with-text", "talks.html"]).status == 64)
    }

    @Test func quotesAndDateTextsAreTheFilesTextAtTheirOffsets() throws {
        let cli = try makeWorkspace()
        defer { cli.remove() }
        // A byte order mark, CRLF lines and front matter move the body away from the file's start;
        // non-ASCII letters, curly quotes, a dash and characters JSON escapes test the copying.
        let article = "\u{FEFF}---\r\ntitle: Café talks\r\n---\r\n"
            + "The ministry’s spokesman said the talks in Genève are scheduled for January 14 — \"as planned\", a\\b\tnote.\r\n"
            + "\r\nMarkets were quiet.\r\n"
        try cli.write(article, to: "talks.md")
        let result = try cli.run(["extract", "--format", "jsonl", "--published", "2021-12-28", "talks.md"])
        #expect(result.status == 0)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let bytes = Array(article.utf8)
        func text(_ start: Int?, _ end: Int?) throws -> String {
            String(decoding: bytes[try #require(start)..<(try #require(end))], as: UTF8.self)
        }
        let dates = try #require(record["dates"] as? [[String: Any]])
        #expect(try dates.map { try text($0["start"] as? Int, $0["end"] as? Int) } == ["January 14"])
        #expect(dates.map { $0["text"] as? String } == ["January 14"])
        let claims = try #require(record["claims"] as? [[String: Any]])
        try #require(!claims.isEmpty)
        for claim in claims {
            let sentence = try #require(claim["sentence"] as? [String: Int])
            let quote = try text(sentence["start"], sentence["end"])
            #expect(quote.hasPrefix("The ministry’s spokesman") && quote.hasSuffix("a\\b\tnote."))
            #expect(claim["quote"] as? String == quote)
        }
    }

    @Test func brokenInputsAreReportedAndSkippedAndTheRestIsRead() throws {
        let cli = try makeWorkspace()
        defer { cli.remove() }
        try cli.write(Self.article, to: "good.md")
        try cli.write("", to: "empty.txt")
        try Data([0x54, 0x68, 0xFF, 0xFE, 0x20, 0x61]).write(to: cli.directory.appendingPathComponent("latin.txt"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]).write(to: cli.directory.appendingPathComponent("program.txt"))
        let result = try cli.run(["extract", "--format", "jsonl", "empty.txt", "good.md", "latin.txt", "program.txt", "missing.md"])
        #expect(result.status == 1)
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stdout.contains("\"file\":\"good.md\""))
        let problems = result.stderr.split(separator: "\n").map(String.init)
        #expect(problems.contains("missing.md: error: no such file or folder"))
        #expect(problems.contains { $0.hasPrefix("empty.txt: error: ") })
        #expect(problems.contains { $0.hasPrefix("latin.txt: error: is not valid UTF-8 text") })
        #expect(problems.contains { $0.hasPrefix("program.txt: error: ") })
    }

    @Test func filesOverTheSizeLimitAreSkippedWithTheSettingNamed() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.write("version: 1\nextractors:\n  - id: plain_text\nextraction:\n  max_file_megabytes: 1\n", to: "config.yaml")
        try cli.write(String(repeating: "Talks are planned. ", count: 120_000), to: "big.txt")
        let result = try cli.run(["extract", "--format", "jsonl", "big.txt"])
        #expect(result.status == 1)
        #expect(result.stderr == "big.txt: error: is 2.2 MB, over the limit of 1 MB set by 'extraction.max_file_megabytes'; skipped\n")
    }

    @Test func publishedOverridesAndStandardInputWorks() throws {
        let cli = try makeWorkspace()
        defer { cli.remove() }
        let text = "The summit of the two leaders is scheduled for March 3.\n"
        let result = try cli.run(["extract", "--format", "jsonl", "--published", "2023-02-20", "-"], stdin: text)
        #expect(result.status == 0, "\(result.stderr)")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(record["file"] as? String == "-")
        #expect(record["published"] as? String == "2023-02-20")
        #expect((record["dates"] as? [[String: Any]])?.first?["value"] as? String == "2023-03-03")
    }

    @Test func aDocumentWithoutADateIsReportedAndStillReadForAbsoluteDates() throws {
        let cli = try makeWorkspace()
        defer { cli.remove() }
        try cli.write("The vote is scheduled for May 16, 2024, and the count follows tomorrow.\n", to: "undated.txt")
        let result = try cli.run(["extract", "--format", "jsonl", "undated.txt"])
        #expect(result.stderr.contains("undated.txt: warning: has no publication date; relative dates cannot be resolved"))
        let record = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let values = (record["dates"] as? [[String: Any]])?.compactMap { $0["value"] as? String }
        #expect(values?.first == "2024-05-16")
    }
}
