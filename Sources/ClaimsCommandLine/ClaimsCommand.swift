import ArgumentParser
import ClaimRunner

/// The `claims` command line. `claims` runs it with the built-in extractors; a package of your own can
/// run it with more (`main(registry:)`).
public struct ClaimsCommand: AsyncParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
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
            Extract.self, Ingest.self, Export.self, Import.self, Plugins.self, Check.self, MergeFile.self, Database.self,
        ])
}

extension ClaimsCommand {
    /// Runs the command line with `registry`'s extractors: the built-ins, or the built-ins and your own
    /// (`.builtIn(adding: [MyExtractor.self])`). `claims plugins` lists them and `config.yaml` may name them.
    ///
    /// (Spelled out rather than calling the argument parser's `main()`: from top-level code that name
    /// finds the synchronous `main()`, which refuses an asynchronous command.)
    public static func main(registry: ExtractorRegistry) async {
        await ExtractorRegistry.$active.withValue(registry) {
            do {
                var command = try parseAsRoot()
                if var asyncCommand = command as? any AsyncParsableCommand {
                    try await asyncCommand.run()
                } else {
                    try command.run()
                }
            } catch {
                exit(withError: error)
            }
        }
    }
}

/// Options every command that reads the configuration shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The configuration file", valueName: "path"))
    var config: String = "config.yaml"

    @Option(name: .customLong("claims-dir"),
            help: ArgumentHelp("The ledger directory (default: 'claims_directory' from the configuration)", valueName: "dir"))
    var claimsDirectory: String?

    var workspaceOptions: WorkspaceOptions {
        WorkspaceOptions(configPath: config, claimsDirectory: claimsDirectory, registry: .active)
    }

    /// Opens the validated workspace and shows its configuration warnings on stderr.
    func openWorkspace() throws(RunnerFailure) -> Workspace {
        let workspace = try Workspace.open(workspaceOptions)
        Console.diagnose(workspace.warnings)
        return workspace
    }
}
