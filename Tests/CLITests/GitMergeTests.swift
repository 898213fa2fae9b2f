import Foundation
import Testing

/// A desk keeps its ledger in git: two reporters ingest different articles into their clones, both
/// add evidence to the same claim and one opens a new claim; `git pull` merges through
/// `claims merge-file` without a conflict and gives the ledger a single writer would have made.
@Suite(.serialized) struct GitMergeTests {
    /// Runs git in `directory`, failing the test when git fails.
    @discardableResult
    func git(_ arguments: [String], in directory: URL, expectSuccess: Bool = true) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_AUTHOR_NAME"] = "Desk"; environment["GIT_AUTHOR_EMAIL"] = "desk@example.org"
        environment["GIT_COMMITTER_NAME"] = "Desk"; environment["GIT_COMMITTER_EMAIL"] = "desk@example.org"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"; environment["HOME"] = directory.path
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if expectSuccess { #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")): \(output)") }
        return (process.terminationStatus, output)
    }

    static let announcement = """
        ---
        title: Port talks set
        published: 2031-02-24
        source: Kellford Courier
        ---
        The port authority of Kellford and the dockers' union will hold talks on March 10, the authority said on Monday.
        """
    static let confirmation = """
        ---
        title: Talks confirmed
        published: 2031-03-01
        source: Harbour Wire
        ---
        The port authority of Kellford confirmed on Saturday that its talks with the dockers' union will take place on March 10.
        """
    static let postponement = """
        ---
        title: Talks postponed
        published: 2031-03-05
        source: Coast Radio
        ---
        The talks between the port authority of Kellford and the dockers' union have been postponed to March 17, the union said on Wednesday.
        """
    static let budget = """
        ---
        title: Budget vote
        published: 2031-03-02
        source: Harbour Wire
        ---
        Kellford's city council will vote on the harbour budget on April 2, the mayor said on Sunday.
        """

    /// A bare shared repository with the ledger after the announcement, and two clones of it with the
    /// merge driver set up, as each reporter would have.
    func makeDesk() throws -> (origin: CLIHarness, reporterA: CLIHarness, reporterB: CLIHarness) {
        let seed = try CLIHarness(), origin = try CLIHarness(), a = try CLIHarness(), b = try CLIHarness()
        defer { seed.remove() }
        #expect(try seed.run(["init"]).status == 0)
        #expect(try seed.read(".gitattributes") == "claims/*.yaml merge=claims\n")
        try seed.write(Self.announcement, to: "articles/01-announcement.md")
        #expect(try seed.run(["ingest", "articles/01-announcement.md"]).status == 0)
        try git(["init", "-q", "-b", "main"], in: seed.directory)
        try git(["add", "."], in: seed.directory)
        try git(["commit", "-q", "-m", "ledger"], in: seed.directory)
        try git(["clone", "-q", "--bare", seed.directory.path, origin.directory.path + "/repo.git"], in: seed.directory)
        for clone in [a, b] {
            try git(["clone", "-q", origin.directory.path + "/repo.git", "."], in: clone.directory)
            try git(["config", "merge.claims.driver", "\(CLIHarness.executable.path) merge-file %O %A %B %P"], in: clone.directory)
        }
        return (origin, a, b)
    }

    /// What a claim says, without the times it was recorded at (which differ between any two runs).
    func content(of claims: [String]) -> [String] {
        claims.map { text in
            text.split(separator: "\n").filter { line in
                !["created:", "updated:", "recorded_at:", "- at:", "recorded_by:"].contains { line.trimmingCharacters(in: .whitespaces).hasPrefix($0) }
            }.joined(separator: "\n")
        }
    }

    @Test func concurrentIngestsMergeLikeOneWriter() throws {
        let (origin, a, b) = try makeDesk()
        defer { origin.remove(); a.remove(); b.remove() }
        // A adds evidence to the talks and opens a claim for the budget vote; B adds other evidence.
        try a.write(Self.confirmation, to: "articles/02-confirmation.md")
        try a.write(Self.budget, to: "articles/03-budget.md")
        #expect(try a.run(["ingest", "articles/02-confirmation.md", "articles/03-budget.md"]).status == 0)
        try git(["add", "."], in: a.directory)
        try git(["commit", "-q", "-m", "confirmation and budget"], in: a.directory)
        try git(["push", "-q", "origin", "main"], in: a.directory)

        try b.write(Self.postponement, to: "articles/04-postponement.md")
        #expect(try b.run(["ingest", "articles/04-postponement.md"]).status == 0)
        try git(["add", "."], in: b.directory)
        try git(["commit", "-q", "-m", "postponement"], in: b.directory)
        let pull = try git(["pull", "-q", "--no-rebase", "--no-edit", "origin", "main"], in: b.directory)
        #expect(!pull.output.contains("CONFLICT"), "\(pull.output)")
        #expect(try b.run(["check"]).status == 0)

        // One writer reading the same articles in order.
        let single = try CLIHarness()
        defer { single.remove() }
        try single.run(["init"])
        for (name, text) in [("01", Self.announcement), ("02", Self.confirmation), ("03", Self.budget), ("04", Self.postponement)] {
            try single.write(text, to: "articles/\(name).md")
            #expect(try single.run(["ingest", "articles/\(name).md"]).status == 0)
        }
        #expect(try single.claimFiles().count == 2)
        #expect(content(of: try b.claimFiles()) == content(of: try single.claimFiles()))
        let talks = try #require(try b.claimFiles().first { $0.contains("talks") })
        #expect(talks.contains("date: \"2031-03-17\""))
        #expect(talks.contains("status: postponed"))
    }

    /// Two reporters set different statuses by hand: only a person can choose, so git reports a
    /// conflict and the file keeps our version.
    @Test func differentManualStatusesAreAConflict() throws {
        let (origin, a, b) = try makeDesk()
        defer { origin.remove(); a.remove(); b.remove() }
        let id = try #require(try a.fileNames(in: "claims").first { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) })
        #expect(try a.run(["update", id, "--status", "cancelled", "--by", "Ann", "--source", "Harbour Wire", "--quote", "Talks off"]).status == 0)
        try git(["commit", "-q", "-am", "cancelled"], in: a.directory)
        try git(["push", "-q", "origin", "main"], in: a.directory)
        #expect(try b.run(["update", id, "--status", "confirmed", "--by", "Ben", "--source", "Coast Radio", "--quote", "Talks on"]).status == 0)
        try git(["commit", "-q", "-am", "confirmed"], in: b.directory)
        let pull = try git(["pull", "--no-rebase", "--no-edit", "origin", "main"], in: b.directory, expectSuccess: false)
        #expect(pull.status != 0)
        #expect(pull.output.contains("cannot merge: both sides set the status by hand: ours 'confirmed' (Ben"))
        #expect(pull.output.contains("CONFLICT"))
        #expect(try b.read("claims/\(id).yaml").contains("status: confirmed"))
    }
}
