import ArgumentParser
import ClaimRunner

extension ClaimsCommand {
    /// `claims db migrate|import|export`: the PostgreSQL ledger that `ledger:` in config.yaml names.
    struct Database: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "db",
            abstract: "Set up a PostgreSQL ledger and move claims between it and a claims folder",
            discussion: """
                config.yaml chooses the store: 'ledger: { store: postgres, url: "postgresql://host/db", schema: claims }'. \
                The password comes from PGPASSWORD or ~/.pgpass, never from the file. Every other command works \
                the same on both stores.
                """,
            subcommands: [Migrate.self, ImportFolder.self, ExportFolder.self])

        /// Opens the workspace, moves the claims one way and prints what moved.
        static func transfer(_ global: GlobalOptions, _ verb: String,
                             _ move: (Workspace) throws(RunnerFailure) -> TransferSummary) async throws {
            try await Console.run { () throws(RunnerFailure) in
                let workspace = try global.openWorkspace()
                Console.print("\(verb): \(try move(workspace))")
                return .success
            }
        }

        struct Migrate: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Create the ledger's tables in an existing database, or bring them to this version")

            @OptionGroup var global: GlobalOptions

            func run() async throws {
                try await Console.run { () throws(RunnerFailure) in
                    let workspace = try global.openWorkspace()
                    let versions = try workspace.migrateDatabase()
                    Console.print(versions.from == versions.to
                        ? "schema is up to date (version \(versions.to))"
                        : "migrated the schema from version \(versions.from) to \(versions.to)")
                    return .success
                }
            }
        }

        struct ImportFolder: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "import",
                abstract: "Copy a claims folder into the database (a second run changes nothing)")

            @OptionGroup var global: GlobalOptions

            @Argument(help: ArgumentHelp("The claims folder to read", valueName: "dir"))
            var directory: String

            func run() async throws {
                try await Database.transfer(global, "imported") { workspace throws(RunnerFailure) in
                    try workspace.importIntoDatabase(from: directory)
                }
            }
        }

        struct ExportFolder: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "export",
                abstract: "Write the database's claims into a claims folder, one YAML file per claim")

            @OptionGroup var global: GlobalOptions

            @Argument(help: ArgumentHelp("The claims folder to write", valueName: "dir"))
            var directory: String

            func run() async throws {
                try await Database.transfer(global, "exported") { workspace throws(RunnerFailure) in
                    try workspace.exportFromDatabase(to: directory)
                }
            }
        }
    }
}
