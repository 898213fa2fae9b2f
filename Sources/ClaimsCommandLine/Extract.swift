import ArgumentParser
import ClaimOutput
import ClaimRunner

extension ClaimsCommand {
    struct Extract: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find dated event claims in articles and feeds, without touching the ledger",
            discussion: """
                Reads files, folders (recursively) and '-' (standard input) with the extractors that \
                config.yaml enables. Problems with single inputs are reported on stderr and the run goes on; \
                the exit code is 1 when anything was skipped.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("Articles, feeds or folders to read ('-' for standard input); none when the configuration has a source plugin", valueName: "path"))
        var paths: [String] = []

        @Option(help: ArgumentHelp("Publication date to use for every document (YYYY-MM-DD)", valueName: "date"))
        var published: CalendarDay?

        @Option(help: ArgumentHelp("jsonl (one JSON object per document) or text", valueName: "format"))
        var format: ExtractFormat = .text

        @Flag(name: .customLong("with-text"), help: "With --format jsonl: add each document's text as \"text\", what its offsets count into (for a feed item or a converted page) and what the extractor took to be the article")
        var withText = false

        func validate() throws {
            if withText && format != .jsonl { throw ValidationError("--with-text needs --format jsonl") }
        }

        func run() async throws {
            try await Console.run { () throws(RunnerFailure) in
                let workspace = try global.openWorkspace()
                if paths.isEmpty, !workspace.hasSourceExtractors { throw .invalidArgument(.noPathsNorSources) }
                let vocabulary = workspace.vocabulary
                // JSON Lines go out through one buffer written in megabyte `write(2)`s: at tens of
                // MB/s, per-line printing costs more than finding the claims.
                let drainSize = 1 << 20
                var lines = ExtractionOutput.JSONLines(capacity: drainSize + (1 << 18), includesText: withText)
                let summary = await workspace.extract(
                    ExtractionOptions(paths: paths, published: published),
                    document: { extracted in
                        switch format {
                        case .jsonl:
                            lines.append(extracted)
                            if lines.byteCount >= drainSize { lines.drain(into: Console.write) }
                        case .text: Console.print(ExtractionOutput.text(for: extracted, vocabulary: vocabulary))
                        }
                    },
                    problem: { Console.diagnose($0.description) })
                lines.drain(into: Console.write)
                if format == .text {
                    Console.diagnose("read \(summary.inputs) input\(summary.inputs == 1 ? "" : "s"): \(summary.documents) documents, \(summary.claims) claims, \(summary.errors) errors")
                }
                return summary.hasErrors ? .findings : .success
            }
        }
    }
}
