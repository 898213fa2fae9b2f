import ArgumentParser
import ClaimRunner

extension ClaimsCommand {
    struct MergeFile: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge-file",
            abstract: "Merge two versions of a claim file (git's merge driver for claims/*.yaml)",
            discussion: """
                Set up once per clone: git config merge.claims.driver "claims merge-file %O %A %B %P" \
                ('claims init' writes the .gitattributes line 'claims/*.yaml merge=claims'). Evidence both \
                sides added is united and ordered by publication, the status is replayed by the rules, and \
                the result is written to OURS. Exits 1, leaving OURS as it was, only on a real conflict: two \
                different statuses set by hand, or a version that is not a claim file.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The common ancestor's version (%O; empty when both sides created the file)", valueName: "base"))
        var base: String
        @Argument(help: ArgumentHelp("Our version (%A), where the result is written", valueName: "ours"))
        var ours: String
        @Argument(help: ArgumentHelp("Their version (%B)", valueName: "theirs"))
        var theirs: String
        @Argument(help: ArgumentHelp("The file's path in the repository (%P), for messages", valueName: "path"))
        var path: String = "claim file"

        func run() async throws {
            try await Console.run { () throws(RunnerFailure) in
                let workspace = try global.openWorkspace()
                switch try workspace.mergeClaimFile(base: base, ours: ours, theirs: theirs, path: path) {
                case .merged(let notes):
                    Console.diagnose(notes)
                    return .success
                case .conflict(let problems):
                    Console.diagnose(problems)
                    return .findings
                }
            }
        }
    }
}
