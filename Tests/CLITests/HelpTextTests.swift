import Testing

/// Help text is part of the interface: a change to it should be a decision, not an accident.
@Suite struct HelpTextTests {
    @Test func updateHelpShowsEveryOptionWithItsMeaning() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        let result = try cli.run(["update", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            OVERVIEW: Set a claim's status by hand, with the evidence for it

            Appends a piece of evidence (from the source options) and a status change to
            the claim's history. A status set by hand is kept: later rules flag a conflict
            instead of overriding it.

            USAGE: claims update [--config <path>] [--claims-dir <dir>] <id> --status <status> [--note <text>] [--by <name>] [--source <name>] [--url <url>] [--published <date>] [--said-by <who>] [--quote <text>]

            ARGUMENTS:
              <id>                    The claim's id

            OPTIONS:
              --config <path>         The configuration file (default: config.yaml)
              --claims-dir <dir>      The ledger directory (default: 'claims_directory'
                                      from the configuration)
              --status <status>       The new status
              --note <text>           Why the status changes, for the history
              --by <name>             Who makes the change (default: $USER)
              --source <name>         The publication or person the evidence comes from
              --url <url>             The URL of the source article
              --published <date>      When the source was published (YYYY-MM-DD)
              --said-by <who>         Who made the statement
              --quote <text>          The words of the source
              --version               Show the version.
              -h, --help              Show help information.


            """)
    }

    @Test func usageErrorsExit64AndNameTheProblem() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        let result = try cli.run(["report", "--as-of", "yesterday"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: The value 'yesterday' is invalid for '--as-of <date>'"))
    }

    /// Each command offers only the formats it can print, and the usage error lists them.
    @Test(arguments: [
        (["list", "--format", "yaml"], "Please provide one of 'text' and 'json'."),
        (["show", "some-claim", "--format", "jsonl"], "Please provide one of 'text', 'json' or 'yaml'."),
        (["extract", "article.txt", "--format", "json"], "Please provide one of 'text' and 'jsonl'."),
    ])
    func formatsAreCheckedPerCommand(arguments: [String], offered: String) throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        let result = try cli.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains("is invalid for '--format <format>'"))
        #expect(result.stderr.contains(offered))
    }
}
