import ArgumentParser
import ClaimRunner

@main
struct ClaimsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Track what the news says will happen, and whether it did",
        discussion: """
            Claims live in a ledger directory (claims/ by default), one YAML file per claim, with an \
            append-only evidence trail and a status history. config.yaml defines the status vocabulary, \
            the extractor plugins and the rules.
            """,
        version: ToolInfo.version,
        subcommands: [
            Init.self, Add.self, Update.self, Show.self, List.self, Report.self,
            Extract.self, Ingest.self, Export.self, Import.self, Plugins.self, Check.self, MergeFile.self,
        ])
}

/// Options every command that reads the configuration shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The configuration file", valueName: "path"))
    var config: String = "config.yaml"

    @Option(name: .customLong("claims-dir"),
            help: ArgumentHelp("The ledger directory (default: 'claims_directory' from the configuration)", valueName: "dir"))
    var claimsDirectory: String?

    var workspaceOptions: WorkspaceOptions {
        WorkspaceOptions(configPath: config, claimsDirectory: claimsDirectory)
    }

    /// Opens the validated workspace and shows its configuration warnings on stderr.
    func openWorkspace() throws(RunnerFailure) -> Workspace {
        let workspace = try Workspace.open(workspaceOptions)
        Console.diagnose(workspace.warnings)
        return workspace
    }
}
