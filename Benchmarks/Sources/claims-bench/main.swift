import ClaimRunner
import ClaimText
import Foundation

let which = CommandLine.arguments.dropFirst().first ?? "all"
if which == "extract" || which == "all" { ExtractionBenchmark.run() }
if which == "ledger" || which == "all" { try LedgerBenchmark.run() }
if which == "ingest" || which == "all" { try await IngestBenchmark.run() }
