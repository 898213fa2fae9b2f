import ClaimCore

/// The defaults, defined once, in `Defaults/defaults.yaml`: the statuses with their roles, the cue
/// phrases, the extractors and the rule settings. The file is compiled into the binary and read by
/// the same reader as any `config.yaml`; `claims init` writes it as the starter configuration.
extension Configuration {
    /// The defaults file as written, comments included.
    public static var defaultsText: String { String(decoding: PackageResources.defaults_yaml, as: UTF8.self) }

    /// The defaults file, read. A test checks that it reads without a warning.
    public static let defaults: Configuration = {
        do {
            return try parse(bytes: PackageResources.defaults_yaml, file: "defaults.yaml").configuration
        } catch {
            fatalError("the built-in defaults.yaml is invalid:\n\(error)")
        }
    }()
}

extension StatusVocabulary {
    /// The statuses of the defaults file: what a configuration without `statuses:` uses.
    public static var standard: StatusVocabulary { Configuration.defaults.statuses }
}
