import Foundation
import Testing

/// What a status means is its role, not its id: a newsroom that renames every status and adds one of
/// its own tells the same story, command by command, as the default vocabulary does.
@Suite struct StatusRolesTests {
    /// Default id → (new id, new label). The new words appear in none of the articles, so mapping
    /// them back in the output cannot touch a quote.
    static let renamed: [(old: String, oldLabel: String, new: String, newLabel: String)] = [
        ("proposed", "proposed", "floated", "floated"),
        ("confirmed", "confirmed", "locked_in", "locked in"),
        ("very_unlikely", "very unlikely", "long_shot", "long shot"),
        ("denied", "denied", "rebuffed", "rebuffed"),
        ("postponed", "postponed", "pushed_out", "pushed out"),
        ("cancelled", "cancelled", "axed", "axed"),
        ("happened", "happened", "took_place", "over and done"),
    ]

    static let parties = """
              parties:
                United States: [White House, State Department, Washington, Biden]
                Russia: [Foreign Ministry, Kremlin, Moscow, Putin, Lavrov]
                NATO: [NATO, Stoltenberg]
                Norland: [Norland]
                Southia: [Southian, Southia]

        """

    static func fixture(_ name: String) throws -> String {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return folder.appendingPathComponent(name).path
    }

    /// `claims init`'s starter configuration with parties to tell the sides apart.
    static func defaultWorkspace() throws -> (CLIHarness, config: String) {
        let cli = try CLIHarness()
        #expect(try cli.run(["init"]).status == 0)
        let starter = try cli.read("config.yaml")
        #expect(starter.contains("      parties: {}\n"))
        let config = starter.replacingOccurrences(of: "      parties: {}\n", with: parties)
        try cli.write(config, to: "config.yaml")
        return (cli, config)
    }

    /// The same configuration with every status renamed (its key, label, conflicts, cue list and ratings) and
    /// `rumoured`, a second `plan` status, listed after the first.
    static func renamedWorkspace(from config: String) throws -> CLIHarness {
        var lines: [String] = []
        for line in config.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            var line = line
            for status in renamed {
                if line.hasPrefix("  \(status.old): ") {
                    line = "  \(status.new): " + line.dropFirst(status.old.count + 4)
                    line = line.replacingOccurrences(of: "label: \"\(status.oldLabel)\"", with: "label: \"\(status.newLabel)\"")
                }
                // `ratings:` lists ratings under status ids, and numeric thresholds name them.
                if line.hasPrefix("    \(status.old): [") { line = "    \(status.new): " + line.dropFirst(status.old.count + 6) }
                line = line.replacingOccurrences(of: "status: \(status.old) }", with: "status: \(status.new) }")
            }
            if let open = line.range(of: "conflicts_with: [") {
                let close = line.range(of: "]", range: open.upperBound..<line.endIndex)!
                let ids = line[open.upperBound..<close.lowerBound].components(separatedBy: ", ").map { id in
                    renamed.first { $0.old == id }?.new ?? id
                }
                line.replaceSubrange(open.upperBound..<close.lowerBound, with: ids.joined(separator: ", "))
            }
            lines.append(line)
            if line.hasPrefix("  floated: { label") {
                lines.append("  rumoured: { label: \"rumoured\", role: plan, open: true, conflicts_with: [rebuffed, axed] }")
            }
            if line.hasPrefix("  floated: [") { lines.append("  rumoured: [\"rumoured to\"]") }
        }
        let text = lines.joined(separator: "\n")
        for status in renamed { #expect(text.contains("  \(status.new): {"), "\(status.new) is missing") }
        #expect(!text.contains("  happened:"))
        let cli = try CLIHarness()
        try cli.write(text, to: "config.yaml")
        try FileManager.default.createDirectory(at: cli.directory.appendingPathComponent("claims"), withIntermediateDirectories: true)
        return cli
    }

    /// The story: a claim added by hand, the reference articles and the cases, articles written for
    /// this test, a status set by hand; then every report and export. One output per step.
    static func tellTheStory(_ cli: CLIHarness, status: (String) -> String) throws -> [(step: String, output: String)] {
        var outputs: [(String, String)] = []
        func run(_ arguments: [String]) throws {
            let result = try cli.run(arguments)
            #expect(result.status == 0, "\(arguments.joined(separator: " ")): \(result.stderr)")
            outputs.append((arguments.joined(separator: " "), result.stdout + result.stderr))
        }
        try run(["add", "Norland and Southia sign a fisheries accord", "--event-date", "2023-09-28", "--kind", "signing",
                 "--participant", "Norland", "--participant", "Southia", "--source", "Harbour Gazette",
                 "--published", "2023-08-30", "--said-by", "the Norland government",
                 "--quote", "The accord is to be signed on September 28"])
        let articles = [
            "reference/2021-12-28-talks-announced.md", "reference/2022-01-05-moscow-confirms.md",
            "reference/2022-01-10-talks-held.md", "reference/2022-01-12-council-met.md",
            "cases/summit-announced.md", "cases/summit-called-off.md", "cases/vote-announced.md", "cases/vote-postponed.md",
            "cases/launch-announced.md", "cases/launch-doubted.md",
            "roles/2023-09-01-harbour-week.md", "roles/2023-09-05-southia-confirms.md", "roles/2023-09-13-talks-held.md",
        ]
        for article in articles { try run(["ingest", try fixture(article)]) }
        let id = outputs[0].1.trimmingCharacters(in: .whitespacesAndNewlines)
        try run(["update", id, "--status", status("confirmed"),
                 "--source", "Southia Today", "--published", "2023-09-06", "--said-by", "the Southian foreign ministry",
                 "--quote", "We will sign the accord", "--note", "Southia confirmed the signing"])
        for day in ["2022-01-05", "2022-02-01", "2023-09-14", "2023-10-10"] {
            for format in ["text", "markdown", "json", "html"] { try run(["report", "--as-of", day, "--format", format]) }
        }
        try run(["list", "--format", "json", "--as-of", "2023-10-10"])
        for format in ["claimreview", "csv", "jsonl"] { try run(["export", "--format", format]) }
        for (index, file) in try cli.claimFiles().enumerated() { outputs.append(("claim file \(index)", file)) }
        return outputs
    }

    /// The renamed output in the default names, every time of day made the same (the two runs record
    /// at different seconds), and runs of spaces made one (text columns are as wide as the labels).
    static func normalized(_ text: String, mapBack: Bool) -> String {
        var text = text
        if mapBack {
            for status in renamed {
                for (new, old) in [(status.new, status.old), (status.newLabel, status.oldLabel)] {
                    text = text.replacingOccurrences(of: "\\b\(new)\\b", with: old, options: .regularExpression)
                }
            }
        }
        return text.replacingOccurrences(of: #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z"#, with: "<time>", options: .regularExpression)
            .replacingOccurrences(of: " {2,}", with: " ", options: .regularExpression)
    }

    @Test func renamedStatusesTellTheSameStory() throws {
        let (standard, config) = try Self.defaultWorkspace()
        defer { standard.remove() }
        let renamedCLI = try Self.renamedWorkspace(from: config)
        defer { renamedCLI.remove() }
        #expect(try renamedCLI.run(["check"]).status == 0)

        let expected = try Self.tellTheStory(standard) { $0 }
        let actual = try Self.tellTheStory(renamedCLI) { old in Self.renamed.first { $0.old == old }!.new }
        #expect(actual.count == expected.count)
        for (want, got) in zip(expected, actual) {
            #expect(Self.normalized(got.output, mapBack: true) == Self.normalized(want.output, mapBack: false), "\(want.step)")
        }

        // The story passes through every role under the default names.
        let list = try #require(expected.first { $0.step.hasPrefix("list") }?.output)
        let claims = try #require((try JSONSerialization.jsonObject(with: Data(list.utf8)) as? [String: Any])?["claims"] as? [[String: Any]])
        let statuses = Set(claims.flatMap { ($0["history"] as? [[String: Any]] ?? []).compactMap { $0["to"] as? String } })
        #expect(statuses.isSuperset(of: ["proposed", "confirmed", "very_unlikely", "denied", "postponed", "cancelled", "happened"]),
                "\(statuses.sorted())")
    }

    /// `rumoured` is a plan like `floated`: a confirmation from another side moves it to the
    /// confirmation status, and its ClaimReview rating is a plan's.
    @Test func anAddedStatusActsByItsRole() throws {
        let (standard, config) = try Self.defaultWorkspace()
        standard.remove()
        let cli = try Self.renamedWorkspace(from: config)
        defer { cli.remove() }
        let added = try cli.run(["add", "Southia holds a naval parade in Valmont", "--event-date", "2023-11-02", "--kind", "ceremony",
                                 "--participant", "Southia", "--status", "rumoured", "--source", "Norland Radio",
                                 "--published", "2023-10-01", "--said-by", "Norland Radio", "--quote", "A parade is rumoured"])
        #expect(added.status == 0, "\(added.stderr)")
        let review = try cli.run(["export", "--format", "claimreview"])
        let rating = try #require(((try JSONSerialization.jsonObject(with: Data(review.stdout.utf8)) as? [[String: Any]])?.first)?["reviewRating"] as? [String: Any])
        #expect(rating["alternateName"] as? String == "rumoured")
        #expect(rating["ratingValue"] as? Int == 3)

        try cli.write("""
            ---
            title: "Navy confirms the parade"
            published: 2023-10-20
            source: Southia Today
            ---
            The navy of Southia confirmed the parade ceremony in Valmont on November 2, 2023.
            """, to: "parade.md")
        let ingested = try cli.run(["ingest", "parade.md"])
        #expect(ingested.status == 0, "\(ingested.stderr)")
        #expect(ingested.stdout.contains("rumoured → locked in"), "\(ingested.stdout)")
    }
}
