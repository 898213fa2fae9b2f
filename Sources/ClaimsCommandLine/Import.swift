import ArgumentParser
import ClaimOutput
import ClaimRunner

extension ClaimsCommand {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record fact-checkers' ClaimReviews as evidence, matching them to claims like ingest",
            discussion: """
                Reads ClaimReview JSON-LD (one review, an array, or an '@graph'). A review of a claim the \
                ledger has (same 'identifier', or matched by date, participants and wording) becomes evidence \
                for it; others become new claims. A rating that names a status (by label or id) asserts that \
                status; any other rating is recorded with no status and a note. Importing a file again adds nothing.
                """)

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("claimreview", valueName: "format"))
        var format: ImportFormat = .claimreview

        @Argument(help: ArgumentHelp("The JSON-LD file to read ('-' for standard input)", valueName: "file"))
        var file: String

        @Flag(name: .customLong("dry-run"), help: "Print what would change, and why claims matched or not; write nothing")
        var dryRun = false

        enum ImportFormat: String, ExpressibleByArgument, CaseIterable {
            case claimreview
        }

        func run() async throws {
            try await Console.run { () throws(RunnerFailure) in
                let workspace = try global.openWorkspace()
                let vocabulary = workspace.vocabulary
                let summary = try workspace.importClaimReviews(
                    ImportOptions(path: file, dryRun: dryRun),
                    change: { change in
                        if let text = IngestOutput.text(for: change, vocabulary: vocabulary, explain: dryRun) {
                            Console.print(text, terminator: "")
                        }
                    },
                    problem: { Console.diagnose($0.description) })
                Console.diagnose((dryRun ? "dry run, nothing written: " : "") + summary.description)
                return summary.problems > 0 ? .findings : .success
            }
        }
    }
}
