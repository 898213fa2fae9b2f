import ArgumentParser
import ClaimOutput
import ClaimRunner

/// What `--fail-on` can watch for.
enum FailCondition: String, ExpressibleByArgument, CaseIterable {
    case overdue, disputed

    var flag: ClaimFlag { self == .overdue ? .overdue : .disputed }
}

extension ClaimsCommand {
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the open-claims report, grouped by what needs attention, soonest event first",
            discussion: """
                Groups open claims into overdue (the event date plus the grace period from config.yaml has \
                passed), disputed (sources currently assert conflicting statuses), due within '--soon-days', \
                and the rest. '--as-of' shows the report as it stood at the end of that day: only evidence \
                published by then counts, and statuses are those the rules and people had given by then. \
                Formats: text (a table; coloured on a terminal unless NO_COLOR is set), markdown, json, and \
                html (one self-contained page with a timeline per claim and an overview chart).
                """)

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("The report date (default: today, UTC)", valueName: "date"))
        var asOf: CalendarDay?

        @Option(help: ArgumentHelp("text, markdown, json or html", valueName: "format"))
        var format: ReportFormat = .text

        @Option(help: ArgumentHelp("Write the report to this file instead of standard output", valueName: "file"))
        var output: String?

        @Option(help: ArgumentHelp("Only claims with this status, open or closed (repeatable)", valueName: "status"))
        var status: [String] = []

        @Option(name: .customLong("soon-days"),
                help: ArgumentHelp("How many days ahead count as due soon", valueName: "days"))
        var soonDays: Int = 7

        @Option(name: .customLong("fail-on"),
                help: ArgumentHelp("Exit 1 when any reported claim is overdue or disputed (repeatable)", valueName: "flag"))
        var failOn: [FailCondition] = []

        enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
            case text, markdown, json, html
        }

        func validate() throws {
            if soonDays < 0 { throw ValidationError("'--soon-days' must be 0 or more, found \(soonDays)") }
        }

        func run() async throws {
            try await Console.run { () throws(RunnerFailure) in
                let workspace = try global.openWorkspace()
                let ledger = try workspace.loadLedger()
                Console.diagnose(ledger.issues)
                let day = asOf ?? .today
                let report = try workspace.report(
                    on: ledger.claims, ReportOptions(asOf: day, statuses: status.map { StatusID($0) }, soonDays: soonDays))
                let presenter = workspace.presenter(asOf: day)
                let destination = OutputDestination(path: output)
                switch format {
                case .text: try destination.write(TextReport(presenter: presenter, colors: destination.wantsColor).render(report))
                case .markdown: try destination.write(MarkdownReport(presenter: presenter).render(report))
                case .json: try destination.stream { presenter.writeJSON(for: report, to: $0) }
                case .html:
                    let page = HTMLReport(presenter: presenter, publisher: workspace.publisher)
                    try destination.stream { sink in page.write(report) { sink(Array($0.utf8)) } }
                }
                if ledger.hasErrors { return .couldNotFinish }
                let found = failOn.contains { condition in report.entries.contains { $0.flags.contains(condition.flag) } }
                return found ? .findings : .success
            }
        }
    }
}
