import ArgumentParser
import ClaimOutput
import ClaimRunner

extension ClaimsCommand {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record fact-checkers' ClaimReviews as evidence, matching them to claims like ingest",
            discussion: """
                Reads fact-checkers' reviews in three shapes, found from the content: ClaimReview JSON-LD (one \
                review, an array, or an '@graph'), a schema.org DataFeed of ClaimReviews, and a Fact Check Tools \
                claim search ('claims' with 'claimReview's). Large files are read a review at a time. A review \
                of a claim the ledger has (same 'identifier', or matched by date, participants and wording) \
                becomes evidence for it; others become new claims. The rating asserts the status 'ratings:' in \
                config.yaml maps it to; a rating in no list is reported once with its count. A review with no \
                claim text or no date is reported and skipped. Importing a file again adds nothing.
                """)

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("Read only this shape (default: whichever the file holds)", valueName: "format"))
        var format: ImportFormat?

        @Argument(help: ArgumentHelp("The JSON-LD file to read ('-' for standard input)", valueName: "file"))
        var file: String

        @Flag(name: .customLong("dry-run"), help: "Print what would change, and why claims matched or not; write nothing")
        var dryRun = false

        enum ImportFormat: String, ExpressibleByArgument, CaseIterable {
            case claimreview, datafeed
            case factcheckAPI = "factcheck-api"

            var shape: ReviewShape {
                switch self {
                case .claimreview: .claimreview
                case .datafeed: .datafeed
                case .factcheckAPI: .factcheckAPI
                }
            }
        }

        func run() async throws {
            try await Console.run { () throws(RunnerFailure) in
                let workspace = try global.openWorkspace()
                let vocabulary = workspace.vocabulary
                let bar = ProgressBar.make(unit: "MB")
                defer { bar?.finish() }
                let summary = try workspace.importClaimReviews(
                    ImportOptions(path: file, dryRun: dryRun, shape: format?.shape),
                    progress: { read, total in
                        guard let total else { return }
                        bar?.update(done: read >> 20, total: max(1, total >> 20))
                    },
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
