import Foundation
import Testing

@Suite struct ConfigurationErrorsTests {
    @Test func malformedConfigurationStopsBeforeWritingAnything() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.write("""
            version: 1
            claims_directory: claims
            overdue:
              grace_days: soon
            """, to: "config.yaml")
        let result = try cli.run(["add", "A summit", "--event-date", "2022-06-01"])
        #expect(result.status == 2)
        #expect(result.stderr == "config.yaml:4:15: error: expected a whole number for 'overdue.grace_days', found a string\n")
        #expect(result.stdout == "")
        #expect(!FileManager.default.fileExists(atPath: cli.directory.appendingPathComponent("claims").path))
    }

    @Test func aRuleNeedsAStatusWithEachRoleItReads() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        let statuses = """
            version: 1
            statuses:
              floated: { role: plan, open: true }
              locked_in: { role: confirmation, open: true }

            """
        try cli.write(statuses, to: "config.yaml")
        let result = try cli.run(["report"])
        #expect(result.status == 2)
        #expect(result.stderr == """
            config.yaml:2:1: error: no status has the role 'occurrence', which rule 'happened_report' needs
            note: give a status 'role: occurrence', or switch the rule off under 'rules.disabled'
            config.yaml:2:1: error: no status has the role 'postponement', which rule 'reschedule' needs
            note: give a status 'role: postponement', or switch the rule off under 'rules.disabled'

            """)
        // Without the rules that read them, the roles are not needed.
        try cli.write(statuses + "rules: { disabled: [happened_report, reschedule] }\n", to: "config.yaml")
        let report = try cli.run(["report", "--as-of", "2022-01-01"])
        #expect(report.status == 0, "\(report.stderr)")
    }

    @Test func unknownExtractorNamesTheAvailableOnes() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.write("""
            version: 1
            extractors:
              - id: plain_txt
              - id: carrier_pigeon
            """, to: "config.yaml")
        let result = try cli.run(["report"])
        #expect(result.status == 2)
        #expect(result.stderr == """
            config.yaml:3:9: error: unknown extractor 'plain_txt'
            note: did you mean 'plain_text'? 'claims plugins' lists the available extractors
            config.yaml:4:9: error: unknown extractor 'carrier_pigeon'
            note: available extractors: plain_text, html_article, rss_feed, json_lines, exec

            """)
    }

    @Test func missingConfigurationSaysHowToCreateOne() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        let result = try cli.run(["report"])
        #expect(result.status == 2)
        #expect(result.stderr == "config.yaml: error: configuration file not found\nnote: run 'claims init' to create one, or pass '--config PATH'\n")
    }

    @Test func checkListsEveryProblemInClaimFiles() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.run(["init"])
        try cli.write("""
            id: broken
            statement: A vote
            status: maybe
            created: 2022-01-01T00:00:00Z
            """, to: "claims/broken.yaml")
        let result = try cli.run(["check"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("claims/broken.yaml:3:9: error: unknown status 'maybe' for 'status'\n"))
        #expect(result.stdout == "checked config.yaml and 1 claim file: 1 error, 0 warnings\n")
    }

    /// A failed file operation names the path that failed (here the file in the way) and the system's own reason.
    @Test func unusableClaimsDirectoryReportsTheRealCause() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        try cli.run(["init"])
        try cli.write("not a folder\n", to: "archive")
        let result = try cli.run([
            "add", "Parliament votes on the budget", "--event-date", "2027-03-15", "--claims-dir", "archive/claims",
        ])
        #expect(result.status == 2)
        #expect(result.stderr == "archive: error: could not create the claims directory: Not a directory\n")

        let initResult = try cli.run(["init", "archive/newsroom"])
        #expect(initResult.status == 2)
        #expect(initResult.stderr == "archive: error: could not create the workspace directory: Not a directory\n")
    }
}
