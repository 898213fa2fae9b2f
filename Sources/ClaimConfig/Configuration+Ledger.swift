import ClaimCore
import Foundation

extension Configuration {
    /// Where the ledger lives: the claims folder (one YAML file per claim, the default) or a
    /// PostgreSQL schema that a desk of writers shares.
    public enum LedgerStore: Hashable, Sendable {
        case files
        /// A libpq connection URI (`postgresql://host/db`, or `postgresql:///db?host=/socket/dir`)
        /// and the schema holding the tables. The password never comes from the config file:
        /// libpq reads `PGPASSWORD` or `~/.pgpass`.
        case postgres(url: String, schema: String)

        public static let names = ["files", "postgres"]
        public static let defaultSchema = "claims"
    }
}

extension ConfigurationReader {
    /// `ledger: { store: files }` or `ledger: { store: postgres, url: "postgresql://…", schema: claims }`.
    func readLedger(_ node: ConfigNode) -> Configuration.LedgerStore {
        let path = ConfigurationKey.ledger.rawValue
        let settings = section(node, path, keys: ["store", "url", "schema"])
        var storeName = "files"
        if let storeNode = settings["store"] {
            guard let name = diagnostics.check({ try storeNode.nonEmptyString(for: "\(path).store", expected: "a store name") }) else {
                return .files
            }
            guard Configuration.LedgerStore.names.contains(name) else {
                diagnostics.report(ConfigMessage.unknownLedgerStore(name).at(storeNode.location))
                return .files
            }
            storeName = name
        }
        guard storeName == "postgres" else { return .files }
        guard let url = diagnostics.check({
            try settings.required("url", in: path).nonEmptyString(for: "\(path).url", expected: "a postgresql:// URL")
        }) else { return .files }
        if let urlNode = settings["url"] {
            guard url.hasPrefix("postgresql://") || url.hasPrefix("postgres://") else {
                diagnostics.report(SettingMessage.expected("a URL starting with postgresql://", for: "\(path).url", found: "'\(url)'")
                    .at(urlNode.location))
                return .files
            }
            if Self.carriesPassword(url) {
                diagnostics.report(ConfigMessage.passwordInStoreURL("\(path).url").at(urlNode.location))
                return .files
            }
        }
        var schema = Configuration.LedgerStore.defaultSchema
        if let schemaNode = settings["schema"],
           let name = diagnostics.check({ try schemaNode.nonEmptyString(for: "\(path).schema", expected: "a schema name") }) {
            guard Self.isPlainIdentifier(name) else {
                diagnostics.report(SettingMessage.expected(
                    "a schema name of lowercase letters, digits and underscores (at most 63, not starting with a digit)",
                    for: "\(path).schema", found: "'\(name)'").at(schemaNode.location))
                return .files
            }
            schema = name
        }
        return .postgres(url: url, schema: schema)
    }

    /// `user:secret@` in the authority, or a `password=` parameter.
    static func carriesPassword(_ url: String) -> Bool {
        let afterScheme = url.split(separator: "://", maxSplits: 1).last.map(String.init) ?? url
        let authority = afterScheme.prefix { $0 != "/" && $0 != "?" }
        if let at = authority.lastIndex(of: "@"), authority[..<at].contains(":") { return true }
        guard let query = url.split(separator: "?", maxSplits: 1).dropFirst().first else { return false }
        return query.split(separator: "&").contains { $0.lowercased().hasPrefix("password=") }
    }

    /// Schema names are put into SQL as identifiers, so only plain ones are accepted.
    static func isPlainIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, name.utf8.count <= 63, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return name.utf8.allSatisfy { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "_") }
    }
}
