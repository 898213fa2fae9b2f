import ArgumentParser
import ClaimOutput
import ClaimRunner

extension ClaimsCommand {
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write every claim as ClaimReview JSON-LD, a DataFeed, CSV or JSON Lines",
            discussion: """
                claimreview: a JSON array of schema.org ClaimReviews, one per claim; the review's url, author \
                and publisher come from 'publisher: {name, url}' in config.yaml. datafeed: the same reviews as \
                a schema.org DataFeed, the shape fact-check feeds are published in. csv: one row per claim \
                (RFC 4180). jsonl: one claim per line with its whole evidence trail and history.
                """)

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("claimreview, datafeed, csv or jsonl", valueName: "format"))
        var format: ExportFormat

        @Option(help: ArgumentHelp("Write to this file instead of standard output", valueName: "file"))
        var output: String?

        @Option(help: ArgumentHelp("Flags are computed as of this day (default: today)", valueName: "date"))
        var asOf: CalendarDay?

        enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
            case claimreview, datafeed, csv, jsonl
        }

        func run() async throws {
            try await Console.run { () throws(RunnerFailure) in
                let workspace = try global.openWorkspace()
                let ledger = try workspace.loadLedger()
                Console.diagnose(ledger.issues)
                let presenter = workspace.presenter(asOf: asOf ?? .today)
                let claims = ledger.claims.sorted { $0.id < $1.id }
                let text: String
                switch format {
                case .claimreview, .datafeed:
                    if workspace.publisher?.url == nil {
                        let message = RunnerMessage.noPublisherURL(configPath: workspace.configPath, hasPublisher: workspace.publisher != nil)
                        Console.diagnose([message.about(workspace.configPath)])
                    }
                    let exporter = ClaimReviewExporter(presenter: presenter, publisher: workspace.publisher)
                    text = format == .datafeed ? exporter.renderFeed(claims) : exporter.render(claims)
                case .csv: text = ClaimCSV.render(claims, presenter: presenter)
                case .jsonl: text = ClaimJSONLines.render(claims, presenter: presenter)
                }
                try OutputDestination(path: output).write(text)
                return ledger.hasErrors ? .couldNotFinish : .success
            }
        }
    }
}
