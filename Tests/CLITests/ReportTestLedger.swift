import Foundation
import Testing

/// A small ledger built by hand in a temporary directory, the same for every report and export test:
/// talks proposed then confirmed, a meeting two sources disagree on, and a vote whose statement
/// carries markup and CSV-hostile characters.
enum ReportTestLedger {
    static let talks = "security-talks"
    static let meeting = "leaders-meet"
    static let vote = "budget-vote"
    static let hostileStatement = #"Budget <script>alert("x")</script> vote | *final*, "maybe""#

    static func make(publisher: Bool = false) throws -> CLIHarness {
        let cli = try CLIHarness()
        try cli.run(["init"])
        if publisher {
            var config = try cli.read("config.yaml")
            config += "\npublisher:\n  name: Example Checks\n  url: https://checks.example/claims\n"
            try cli.write(config, to: "config.yaml")
        }
        try expectSuccess(cli.run([
            "add", "Russia and the United States hold security talks", "--event-date", "2022-01-10", "--id", talks,
            "--kind", "talks", "--participant", "Russia", "--participant", "United States",
            "--source", "Example Wire", "--url", "https://wire.example/talks", "--published", "2021-12-28",
            "--said-by", "the White House", "--quote", "The talks are scheduled for January 10",
        ]))
        try expectSuccess(cli.run([
            "update", talks, "--status", "confirmed", "--source", "Moscow Daily", "--published", "2022-01-05",
            "--said-by", "the Russian Foreign Ministry", "--quote", "We confirm January 10", "--note", "Moscow confirmed the date",
        ]))
        try expectSuccess(cli.run([
            "add", "Leaders meet in person", "--event-date", "2022-01", "--id", meeting,
            "--source", "Wire A", "--said-by", "the President", "--published", "2021-12-28", "--quote", "We will see",
        ]))
        try expectSuccess(cli.run([
            "update", meeting, "--status", "very_unlikely", "--source", "Wire B", "--said-by", "the State Department",
            "--published", "2021-12-29", "--quote", "A meeting is very unlikely",
        ]))
        try expectSuccess(cli.run([
            "add", hostileStatement, "--event-date", "2022-03-01", "--id", vote, "--kind", "vote",
            "--source", "City Ledger", "--published", "2021-12-20", "--said-by", "Speaker Ann Lee",
            "--quote", "Line one,\nline \"two\"",
        ]))
        return cli
    }

    static func expectSuccess(_ result: CLIHarness.Result, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(result.status == 0, "\(result.stderr)", sourceLocation: sourceLocation)
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}
