@testable import ClaimConfig
import ClaimCore
import Testing

@Suite("ledger: chooses the store")
struct LedgerStoreSettingTests {
    func errors(_ text: String) -> [String] {
        do {
            _ = try Configuration.parse(text, file: "config.yaml")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("the claims folder unless a database is named; the schema defaults to 'claims'")
    func choices() throws {
        #expect(try Configuration.parse("version: 1\n", file: "config.yaml").configuration.ledger == .files)
        #expect(try Configuration.parse("version: 1\nledger: { store: files }\n", file: "config.yaml").configuration.ledger == .files)
        let database = try Configuration.parse(
            "version: 1\nledger:\n  store: postgres\n  url: \"postgresql:///news?host=/run/pg&user=desk\"\n", file: "config.yaml")
        #expect(database.configuration.ledger == .postgres(url: "postgresql:///news?host=/run/pg&user=desk", schema: "claims"))
        let named = try Configuration.parse(
            "version: 1\nledger: { store: postgres, url: \"postgres://db.example/news\", schema: desk_2031 }\n", file: "config.yaml")
        #expect(named.configuration.ledger == .postgres(url: "postgres://db.example/news", schema: "desk_2031"))
    }

    @Test("passwords stay out of the file, in the authority or as a parameter")
    func passwords() {
        for url in ["postgresql://desk:secret@db.example/news", "postgresql://db.example/news?user=desk&password=secret"] {
            let found = errors("version: 1\nledger:\n  store: postgres\n  url: \"\(url)\"\n")
            #expect(found.count == 1)
            #expect(found.first?.hasPrefix("config.yaml:4:") == true, "\(found)")
            #expect(found.first?.contains("PGPASSWORD") == true)
        }
        #expect(errors("version: 1\nledger: { store: postgres, url: \"postgresql://desk@db.example/news\" }\n").isEmpty)
    }

    @Test("a schema name that is not a plain identifier, a missing url, a URL of another kind")
    func badValues() {
        #expect(errors("version: 1\nledger: { store: postgres, url: \"postgresql:///n\", schema: \"x; DROP TABLE claims\" }\n")
            .first?.contains("'ledger.schema'") == true)
        #expect(errors("version: 1\nledger: { store: postgres }\n").first?.contains("url") == true)
        #expect(errors("version: 1\nledger: { store: postgres, url: \"mysql://db/news\" }\n").first?.contains("postgresql://") == true)
        let unknown = errors("version: 1\nledger: { store: sqlite }\n")
        #expect(unknown.first?.contains("unknown ledger store 'sqlite'") == true)
        #expect(unknown.first?.contains("available stores: files, postgres") == true)
    }
}
