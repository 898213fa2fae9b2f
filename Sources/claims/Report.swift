import ArgumentParser
import ClaimRunner

extension ClaimsCommand {
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the open-claims report, soonest event first",
            discussion: """
                Lists every open claim with its flags: 'overdue' when its event date (plus the grace period \
                from config.yaml) has passed with no report that it happened, 'disputed' when sources \
                currently assert conflicting statuses.
                """)

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("The report date (default: today, UTC)", valueName: "date"))
        var asOf: CalendarDay?

        @Option(help: ArgumentHelp("text or json", valueName: "format"))
        var format: OutputFormat = .text

        func validate() throws {
            guard [.text, .json].contains(format) else { throw ValidationError("'--format' must be text or json for 'report'") }
        }

        func run() async throws {
            try await Console.run { () throws(RunnerFailure) in
                let workspace = try Workspace.open(global.workspaceOptions)
                Console.diagnose(workspace.warnings)
                let ledger = try workspace.loadLedger()
                Console.diagnose(ledger.issues)
                let presenter = workspace.presenter(asOf: asOf ?? .today)
                let report = presenter.openClaims(in: ledger.claims)
                switch format {
                case .json: Console.print(presenter.json(for: report.map(\.claim)).prettyText)
                default: Console.print(presenter.report(report), terminator: "")
                }
                return ledger.hasErrors ? .couldNotFinish : .success
            }
        }
    }
}
