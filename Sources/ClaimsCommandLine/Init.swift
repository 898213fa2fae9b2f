import ArgumentParser
import ClaimRunner

extension ClaimsCommand {
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a starter config.yaml and an empty claims directory",
            discussion: "Refuses to overwrite an existing config.yaml.")

        @Argument(help: ArgumentHelp("The directory to set up", valueName: "dir"))
        var directory: String = "."

        func run() async throws {
            try await Console.run { () throws(RunnerFailure) in
                for path in try Workspace.initialize(at: directory) { Console.print("created \(path)") }
                Console.print("to merge claim files when the ledger is in git, run once per clone: "
                    + "git config merge.claims.driver \"claims merge-file %O %A %B %P\"")
                return .success
            }
        }
    }
}
