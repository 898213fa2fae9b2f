import Foundation
import Testing

/// The Swift route (docs/swift-extractors.md): `claims-newsroom`, built from Plugins/examples/swift-newsroom,
/// is the whole command line with an in-process extractor of its own beside the built-ins.
@Suite struct SwiftExtractorRouteTests {
    @Test func ownExecutableRunsItsOwnExtractorBesideTheBuiltIns() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.write("""
            version: 1
            extractors:
              - id: daybook
              - id: plain_text
            """, to: "config.yaml")
        try cli.write("""
            ## 2022-01-05
            - The port authority will open the new ferry terminal on January 20.
            - Talks on the harbour dredging contract were postponed until February.
            not an entry

            """, to: "planning.daybook")
        try cli.write("The council will vote on the ferry timetable on January 25.\n", to: "council.txt")

        let plugins = try cli.run(["plugins"], program: "claims-newsroom")
        #expect(plugins.status == 0)
        #expect(plugins.stdout.contains("daybook  Newsroom daybook: reads the newsroom's .daybook files"))
        #expect(try cli.run(["plugins"]).stdout.contains("daybook") == false)

        let result = try cli.run(["extract", "--format", "jsonl", "planning.daybook", "council.txt"], program: "claims-newsroom")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].contains(#""item":"line 2","title":null,"published":"2022-01-05""#))
        #expect(lines[0].contains(#""event_date":"2022-01-20""#))
        // Offsets point into the daybook: the entry's text starts at 16, after the heading's line and "- ".
        #expect(lines[0].contains(#""start":71,"end":81,"text":"January 20""#))
        #expect(lines[0].contains(#""sentence":{"start":16,"end":82}"#))
        #expect(lines[2].contains(#""file":"council.txt""#))

        // The stock `claims` does not know the id.
        let stock = try cli.run(["extract", "planning.daybook"])
        #expect(stock.status == 2)
        #expect(stock.stderr.hasPrefix("config.yaml:3:9: error: unknown extractor 'daybook'"))
    }
}
