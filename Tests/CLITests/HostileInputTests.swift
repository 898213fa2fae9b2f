import Foundation
import Testing

/// Input written to break the tool: each gets a clear message and an exit code, in bounded time,
/// and nothing leaves the ledger or turns into a link.
@Suite struct HostileInputTests {
    func workspace() throws -> CLIHarness {
        let cli = try CLIHarness()
        try cli.run(["init"])
        return cli
    }

    @Test func idsAndStatementsStayInsideTheLedger() throws {
        let cli = try workspace()
        defer { cli.remove() }
        // (An argument cannot hold a NUL byte: the system cuts it there.)
        for id in ["../evil", "/etc/passwd", "a/b", "UPPER", "dot.dot", String(repeating: "a", count: 10_000)] {
            let result = try cli.run(["add", "Summit", "--id", id, "--event-date", "2030-01-01", "--source", "W", "--quote", "q"])
            #expect(result.status == 64, "\(id)")
            #expect(result.stderr.contains("invalid id"), "\(id)")
        }
        // A statement full of path syntax and control characters, and one of 10,000 characters.
        let sneaky = try cli.run(["add", "Summit\u{1} in ../../etc/passwd", "--event-date", "2030-01-02", "--source", "W", "--quote", "q"])
        #expect(sneaky.status == 0)
        let long = try cli.run(["add", String(repeating: "Harbour summit ", count: 700), "--event-date", "2030-01-03", "--source", "W", "--quote", "q"])
        #expect(long.status == 0)
        let names = try cli.fileNames(in: "claims").filter { $0.hasSuffix(".yaml") }
        #expect(names.count == 2)
        #expect(names.allSatisfy { $0.count <= 125 && !$0.contains("/") && $0.allSatisfy { $0.isASCII && !$0.isUppercase } })
        #expect(try cli.run(["check"]).status == 0)
        #expect(try cli.claimFiles().contains { $0.contains(#"statement: "Summit\x01 in ../../etc/passwd""#) })
    }

    /// A `javascript:` or `data:` URL in a source is text in every report, never a link.
    @Test func scriptURLsAreNeverLinks() throws {
        let cli = try workspace()
        defer { cli.remove() }
        for (index, url) in ["javascript:alert(1)", "JaVaScRiPt:alert(2)", " javascript:alert(3)", "data:text/html,<script>x</script>"].enumerated() {
            #expect(try cli.run(["add", "Harbour vote \(index)", "--event-date", "2030-02-0\(index + 1)", "--source", "Wire",
                                 "--url", url, "--quote", "A vote is planned."]).status == 0)
        }
        let html = try cli.run(["report", "--format", "html", "--as-of", "2030-01-15"]).stdout
        let markdown = try cli.run(["report", "--format", "markdown", "--as-of", "2030-01-15"]).stdout
        for scheme in ["javascript:", "data:"] {
            #expect(!html.lowercased().contains("href=\"\(scheme)"))
            #expect(!html.lowercased().contains("href=\" \(scheme)"))
            #expect(!markdown.lowercased().contains("](\(scheme)"))
            #expect(!markdown.lowercased().contains("]( \(scheme)"))
        }
        #expect(!html.contains("<script>x</script>"))
    }

    /// ClaimReview JSON nested 10,000 deep is refused with a message, not a crash.
    @Test func deeplyNestedReviewsAreRefused() throws {
        let cli = try workspace()
        defer { cli.remove() }
        try cli.write(String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000), to: "deep.json")
        let result = try cli.run(["import", "deep.json"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: 'deep.json' is not valid JSON"))
        #expect(try cli.claimFiles().isEmpty)
    }

    /// A 200 MB article on one line (NUL bytes, a sparse file) is refused by its size before it is
    /// read, naming the file and the limit; the run's other articles are still read.
    @Test func oversizedOneLineArticleIsRefusedByItsSize() throws {
        let cli = try workspace()
        defer { cli.remove() }
        let huge = cli.directory.appendingPathComponent("huge.txt").path
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: huge))
        try handle.truncate(atOffset: 200 << 20)
        try handle.close()
        try cli.write("---\npublished: 2031-03-01\n---\nThe harbour council will vote on March 12.\n", to: "vote.md")
        let clock = ContinuousClock()
        let start = clock.now
        let result = try cli.run(["extract", "--format", "jsonl", "huge.txt", "vote.md"])
        #expect(clock.now - start < .seconds(20))
        #expect(result.status == 1)
        #expect(result.stderr.contains("huge.txt: error: is 200.0 MB, over the limit of 64 MB"), "\(result.stderr)")
        #expect(result.stdout.contains("2031-03-12"))
    }

    /// Tens of thousands of dates in one article are read in about the time of any article that size.
    @Test func articleWithTensOfThousandsOfDatesIsRead() throws {
        let cli = try workspace()
        defer { cli.remove() }
        let body = (0..<30_000).map { "Talks on January \($0 % 28 + 1)." }.joined(separator: " ")
        try cli.write("---\npublished: 2031-01-01\n---\n" + body + "\n", to: "dates.md")
        let clock = ContinuousClock()
        let start = clock.now
        let result = try cli.run(["extract", "--format", "jsonl", "dates.md"])
        #expect(result.status == 0)
        #expect(clock.now - start < .seconds(60), "a quadratic pass would take minutes here")
        #expect(result.stdout.components(separatedBy: "\"type\":\"DATE\"").count > 30_000)
    }

    /// Unclosed tags, 100,000 nested elements and two million entity references: read, bounded.
    @Test func hostileHTMLIsReadInBoundedTime() throws {
        let cli = try workspace()
        defer { cli.remove() }
        let page = "<html><body><p>" + String(repeating: "&amp;", count: 2_000_000) + "</p>" + String(repeating: "<div>", count: 100_000)
            + "<p>The harbour summit will be held on May 4, the council said on Monday."
        try cli.write(page, to: "bomb.html")
        let clock = ContinuousClock()
        let start = clock.now
        let result = try cli.run(["extract", "--format", "jsonl", "--published", "2031-04-01", "bomb.html"])
        #expect(clock.now - start < .seconds(60))
        #expect(result.status == 0 || result.status == 1)
        #expect(!result.stderr.contains("Fatal error"))
    }
}
