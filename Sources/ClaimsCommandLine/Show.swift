import ArgumentParser
import ClaimRunner

extension ClaimsCommand {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one claim: its event, status, evidence trail and history",
            discussion: "'--format yaml' prints the claim file as stored.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The claim's id", valueName: "id"))
        var id: String

        @Option(help: ArgumentHelp("Flags are computed as of this day (default: today)", valueName: "date"))
        var asOf: CalendarDay?

        @Option(help: ArgumentHelp("text, json or yaml", valueName: "format"))
        var format: ShowFormat = .text

        func run() async throws {
            try await Console.run { () throws(RunnerFailure) in
                let workspace = try global.openWorkspace()
                let claim = try workspace.claim(id: id)
                let day = asOf ?? .today
                switch format {
                case .yaml: Console.print(try workspace.yamlText(for: claim), terminator: "")
                case .json: Console.print(workspace.presenter(asOf: day).json(for: [claim]).prettyText)
                case .text: Console.print(workspace.presenter(asOf: day).story(of: claim))
                }
                return .success
            }
        }
    }
}
