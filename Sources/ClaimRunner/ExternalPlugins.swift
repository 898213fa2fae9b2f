import ExecExtractor

/// An external extractor of the configuration (`id: exec`), as `claims plugins` lists and checks it.
public struct ExternalPlugin: Sendable {
    public var name: String
    /// The command as a user would type it.
    public var command: String
    /// `files: ics, ical` or `source`.
    public var reads: String
    let extractor: ExecExtractor

    /// Starts the program, waits for its handshake and ends it.
    public func check() async -> Result<PluginHello, Diagnostic> {
        await extractor.check()
    }
}

extension Workspace {
    /// The configured external extractors, in the order of `config.yaml`.
    public var externalPlugins: [ExternalPlugin] {
        extractors.compactMap { configured in
            guard let exec = configured.extractor as? ExecExtractor else { return nil }
            let reads = exec.extensions.map { "files: " + $0.sorted().joined(separator: ", ") } ?? "source"
            return ExternalPlugin(name: exec.name, command: exec.commandLine, reads: reads, extractor: exec)
        }
    }
}
