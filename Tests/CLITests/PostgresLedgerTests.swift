import Foundation
import PostgresTestSupport
import Testing

/// The ledger in PostgreSQL: the same commands, the same outputs as the claims folder, a lossless
/// round trip between the two, and four writers at once without a lost or doubled claim.
@Suite struct PostgresLedgerTests {
    /// A workspace whose config.yaml keeps the ledger in a fresh schema of the test server.
    func databaseWorkspace() throws -> CLIHarness {
        let server = try PostgresTestServer.shared()
        let cli = try CLIHarness()
        #expect(try cli.run(["init"]).status == 0)
        let config = try cli.read("config.yaml")
        let schema = PostgresTestServer.freshSchema("cli")
        try cli.write(config + "\nledger:\n  store: postgres\n  url: \"\(server.url)\"\n  schema: \(schema)\n", to: "config.yaml")
        return cli
    }

    static let articles: [(name: String, text: String)] = [
        ("01-plan.txt", """
            ---
            title: Bridge opening set
            published: 2032-05-02
            source: Valley Herald
            url: https://valley.example/bridge-plan
            ---
            The new Orlen river bridge will open on June 14, the regional transport office said on Sunday.
            """),
        ("02-vote.txt", """
            ---
            title: Council to vote on tram line
            published: 2032-05-03
            source: Valley Herald
            url: https://valley.example/tram-vote
            ---
            Orlen's city council will vote on the northern tram line on May 28, the mayor announced on Monday.
            """),
        ("03-confirm.txt", """
            ---
            title: Bridge date confirmed
            published: 2032-05-20
            source: River Post
            url: https://riverpost.example/bridge-confirmed
            ---
            The regional transport office confirmed on Wednesday that the Orlen river bridge will open on June 14.
            """),
        ("04-strike.txt", """
            ---
            title: Drivers plan strike
            published: 2032-05-21
            source: River Post
            url: https://riverpost.example/strike
            ---
            Bus drivers in Orlen will strike on June 2, their union said on Thursday.
            """),
    ]

    func writeArticles(_ cli: CLIHarness, into folder: String = "articles") throws {
        for article in Self.articles { try cli.write(article.text, to: "\(folder)/\(article.name)") }
    }

    @Test("a folder imported into the database and exported again gives identical files; again changes nothing")
    func roundTrip() throws {
        let cli = try databaseWorkspace()
        defer { cli.remove() }
        try writeArticles(cli)
        // Build a folder ledger first, with the same config but the folder store.
        let ingest = try cli.run(["ingest", "--claims-dir", "folder", "articles"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let folderFiles = try cli.fileNames(in: "folder").filter { $0.hasSuffix(".yaml") }
        #expect(folderFiles.count >= 3)

        let imported = try cli.run(["db", "import", "folder"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("\(folderFiles.count) claims added, 0 updated, 0 unchanged"))
        let again = try cli.run(["db", "import", "folder"])
        #expect(again.stdout.contains("0 claims added, 0 updated, \(folderFiles.count) unchanged"))

        let exported = try cli.run(["db", "export", "copy"])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(try cli.fileNames(in: "copy").filter { $0.hasSuffix(".yaml") } == folderFiles)
        for name in folderFiles {
            #expect(try cli.read("copy/\(name)") == cli.read("folder/\(name)"), "\(name) changed in the round trip")
        }
    }

    @Test("report, list, show and check print the same on both stores")
    func sameOutputs() throws {
        let cli = try databaseWorkspace()
        defer { cli.remove() }
        try writeArticles(cli)
        // The same claims in both stores, recorded at the same instants: ingest once, then copy.
        #expect(try cli.run(["ingest", "--claims-dir", "folder", "articles"]).status == 0)
        #expect(try cli.run(["db", "import", "folder"]).status == 0)
        let commands = [
            ["report", "--as-of", "2032-06-20"], ["report", "--as-of", "2032-06-20", "--format", "json"],
            ["report", "--as-of", "2032-06-20", "--format", "html"], ["list", "--status", "proposed", "--format", "json"],
            ["list", "--open", "--as-of", "2032-06-20"], ["list", "--status", "confirmed", "--status", "proposed"],
            ["export", "--format", "csv", "--as-of", "2032-06-20"],
        ]
        for command in commands {
            let files = try cli.run(command + ["--claims-dir", "folder"])
            let database = try cli.run(command)
            #expect(database.status == files.status, "\(command)")
            #expect(database.stdout == files.stdout, "\(command.joined(separator: " ")) differs between the stores")
        }
        let check = try cli.run(["check"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("and \(try cli.fileNames(in: "folder").filter { $0.hasSuffix(".yaml") }.count) claims in the database: 0 errors"),
                "\(check.stdout)")
        // A second ingest of the same articles changes nothing in either store.
        let second = try cli.run(["ingest", "articles"])
        #expect((second.stdout + second.stderr).contains("0 new claims, 0 new evidence"), "\(second.stdout)\(second.stderr)")
    }

    @Test("four ingests at once over overlapping articles lose nothing and double nothing")
    func fourWriters() throws {
        let cli = try databaseWorkspace()
        defer { cli.remove() }
        // Each writer reads three of the four articles, so every article is read by three writers.
        for writer in 0..<4 {
            for (index, article) in Self.articles.enumerated() where index != writer {
                try cli.write(article.text, to: "set\(writer)/\(article.name)")
            }
        }
        try writeArticles(cli)
        #expect(try cli.run(["ingest", "--claims-dir", "sequential", "articles"]).status == 0)

        let results = ConcurrentResults(count: 4)
        DispatchQueue.concurrentPerform(iterations: 4) { writer in
            results.set(writer, (try? cli.run(["ingest", "set\(writer)"]))?.status ?? -1)
        }
        #expect(results.values == [0, 0, 0, 0])
        #expect(try cli.run(["db", "export", "parallel"]).status == 0)
        let sequential = try cli.fileNames(in: "sequential").filter { $0.hasSuffix(".yaml") }
        #expect(try cli.fileNames(in: "parallel").filter { $0.hasSuffix(".yaml") } == sequential)
        for name in sequential {
            let expected = try Self.content(cli.read("sequential/\(name)"))
            let found = try Self.content(cli.read("parallel/\(name)"))
            #expect(found == expected, "\(name) differs from the sequential run")
        }
    }

    /// A claim file's content: its event, status and evidence, without the times things were
    /// recorded and without the history, whose steps depend on which writer came first (a writer
    /// that reads the confirmation before the plan opens the claim as confirmed).
    static func content(_ yaml: String) -> [String] {
        let beforeHistory = yaml.components(separatedBy: "\nhistory:").first ?? yaml
        return beforeHistory.split(separator: "\n").map(String.init)
            .filter { !$0.contains("recorded_at:") && !$0.contains("created:") && !$0.contains("updated:") }
            .sorted()
    }

    @Test("a database that cannot be reached is a clear error, and nothing else is touched")
    func unreachable() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        #expect(try cli.run(["init"]).status == 0)
        let config = try cli.read("config.yaml")
        try cli.write(config + "\nledger: { store: postgres, url: \"postgresql:///nowhere?host=\(cli.directory.path)/no-socket\" }\n",
                      to: "config.yaml")
        let result = try cli.run(["list"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: could not use the ledger"), "\(result.stderr)")
        #expect(result.stderr.contains("no-socket"))
    }

    @Test("a password in config.yaml and an unknown store are refused with file, line and the way out")
    func configErrors() throws {
        let cli = try CLIHarness()
        defer { cli.remove() }
        #expect(try cli.run(["init"]).status == 0)
        let config = try cli.read("config.yaml")
        let lines = config.split(separator: "\n", omittingEmptySubsequences: false).count
        try cli.write(config + "\nledger:\n  store: postgres\n  url: \"postgresql://desk:s3cret@db.example/news\"\n", to: "config.yaml")
        let password = try cli.run(["list"])
        #expect(password.status != 0)
        #expect(password.stderr.contains("config.yaml:\(lines + 3)"), "\(password.stderr)")
        #expect(password.stderr.contains("contains a password") && password.stderr.contains("PGPASSWORD"))

        try cli.write(config + "\nledger: { store: postgress }\n", to: "config.yaml")
        let unknown = try cli.run(["list"])
        #expect(unknown.stderr.contains("unknown ledger store 'postgress'"))
        #expect(unknown.stderr.contains("did you mean 'postgres'?") && unknown.stderr.contains("available stores: files, postgres"))

        try cli.write(config, to: "config.yaml")
        let folder = try cli.run(["db", "migrate"])
        #expect(folder.status != 0)
        #expect(folder.stderr.contains("'claims db' works on a database ledger"))
    }
}

private final class ConcurrentResults: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Int32]
    init(count: Int) { storage = Array(repeating: -1, count: count) }
    func set(_ index: Int, _ value: Int32) { lock.lock(); storage[index] = value; lock.unlock() }
    var values: [Int32] { lock.lock(); defer { lock.unlock() }; return storage }
}
