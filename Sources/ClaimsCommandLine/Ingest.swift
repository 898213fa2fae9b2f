import ArgumentParser
import ClaimOutput
import ClaimRunner

extension ClaimsCommand {
    struct Ingest: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the claims found in articles and feeds, matching later reports to open claims",
            discussion: """
                Each event claim found either becomes new evidence on the claim it speaks of (matched by \
                event date, participants, kind, place and wording; see 'matching.threshold') or a new claim. \
                The status rules in config.yaml then move statuses, and every change records the rule and the \
                evidence behind it. Ingesting the same document again adds nothing. When stderr is a terminal, a \
                progress bar shows the files read, of how many, and the rate.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("Articles, feeds or folders to read ('-' for standard input); none when the configuration has a source plugin", valueName: "path"))
        var paths: [String] = []

        @Option(help: ArgumentHelp("Publication date to use for every document (YYYY-MM-DD)", valueName: "date"))
        var published: CalendarDay?

        @Flag(name: .customLong("dry-run"), help: "Print what would change, and why claims matched or not; write nothing")
        var dryRun = false

        func run() async throws {
            try await Console.run { () throws(RunnerFailure) in
                let workspace = try global.openWorkspace()
                if paths.isEmpty, !workspace.hasSourceExtractors { throw .invalidArgument(.noPathsNorSources) }
                let vocabulary = workspace.vocabulary
                let bar = ProgressBar.make()
                defer { bar?.finish() }
                let summary = try await workspace.ingest(
                    IngestOptions(paths: paths, published: published, dryRun: dryRun),
                    change: { change in
                        if let text = IngestOutput.text(for: change, vocabulary: vocabulary, explain: dryRun) {
                            bar?.finish()  // the bar is redrawn below the line at the next file
                            Console.print(text, terminator: "")
                        }
                    },
                    problem: { problem in
                        bar?.finish()
                        Console.diagnose(problem.description)
                    },
                    progress: { bar?.update(done: $0, total: $1) })
                bar?.finish()
                Console.diagnose((dryRun ? "dry run, nothing written: " : "") + summary.description)
                return summary.hasErrors ? .findings : .success
            }
        }
    }
}
