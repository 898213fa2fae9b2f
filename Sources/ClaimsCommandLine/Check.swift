import ArgumentParser
import ClaimRunner

extension ClaimsCommand {
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate config.yaml and every claim file, listing every problem",
            discussion: "Exits 0 when all is valid, 1 when there are errors, and prints a summary line.")

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await Console.run { () throws(RunnerFailure) in
                let result = Workspace.check(global.workspaceOptions)
                Console.diagnose(result.issues)
                Console.print(result.summary)
                return result.hasErrors ? .findings : .success
            }
        }
    }
}
