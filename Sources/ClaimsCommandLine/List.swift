import ArgumentParser
import ClaimRunner

extension ClaimsCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List claims, optionally only those with a status or still open")

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("Only claims with this status (repeatable)", valueName: "status"))
        var status: [String] = []

        @Flag(help: "Only open claims")
        var open = false

        @Option(help: ArgumentHelp("Flags are computed as of this day (default: today)", valueName: "date"))
        var asOf: CalendarDay?

        @Option(help: ArgumentHelp("text or json", valueName: "format"))
        var format: ListFormat = .text

        func run() async throws {
            try await Console.run { () throws(RunnerFailure) in
                let workspace = try global.openWorkspace()
                let ledger = try workspace.loadLedger(statuses: status.map { StatusID($0) }, onlyOpen: open)
                Console.diagnose(ledger.issues)
                let claims = ledger.claims
                let presenter = workspace.presenter(asOf: asOf ?? .today)
                switch format {
                case .json: presenter.writeJSON(for: claims) { Console.write($0) }
                case .text: Console.print(presenter.list(claims), terminator: "")
                }
                return ledger.hasErrors ? .couldNotFinish : .success
            }
        }
    }
}
