import ArgumentParser
import ClaimRunner

extension ClaimsCommand {
    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a claim's status by hand, with the evidence for it",
            discussion: """
                Appends a piece of evidence (from the source options) and a status change to the claim's \
                history. A status set by hand is kept: later rules flag a conflict instead of overriding it.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The claim's id", valueName: "id"))
        var id: String

        @Option(help: ArgumentHelp("The new status", valueName: "status"))
        var status: String

        @Option(help: ArgumentHelp("Why the status changes, for the history", valueName: "text"))
        var note: String?

        @Option(help: ArgumentHelp("Who makes the change (default: $USER)", valueName: "name"))
        var by: String?

        @OptionGroup var evidence: EvidenceOptions

        func run() async throws {
            try await Console.run { () throws(RunnerFailure) in
                let workspace = try global.openWorkspace()
                let claim = try workspace.update(
                    id: id, StatusUpdate(status: StatusID(status), note: note, by: by, evidence: evidence.draft))
                Console.print("\(claim.id): \(claim.history.last?.from.map { "\($0) → " } ?? "")\(claim.status)")
                return .success
            }
        }
    }
}
