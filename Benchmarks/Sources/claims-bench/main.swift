import ClaimRunner
import ClaimText
import Foundation

let which = CommandLine.arguments.dropFirst().first ?? "all"
if which == "dump" { DumpAnalysis.run(directories: Array(CommandLine.arguments.dropFirst(2))) }
if which == "e2e" { EndToEndBenchmark.runBlocking(arguments: Array(CommandLine.arguments.dropFirst(2))) }
if which == "corpus" { try WriteCorpus.run(arguments: Array(CommandLine.arguments.dropFirst(2))) }
if which == "extract" || which == "all" {
    ExtractionBenchmark.run(directories: which == "extract" ? Array(CommandLine.arguments.dropFirst(2)) : [])
}
if which == "exec" { try await ExecBenchmark.run(directories: Array(CommandLine.arguments.dropFirst(2))) }
if which == "ledger" || which == "all" { try LedgerBenchmark.run() }
if which == "ingest" || which == "all" { try await IngestBenchmark.run() }
