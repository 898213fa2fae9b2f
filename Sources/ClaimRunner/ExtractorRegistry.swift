import ClaimConfig
import ClaimRules

/// An extractor made from one `extractors:` entry of the configuration.
public struct ConfiguredExtractor: Sendable {
    public var id: ExtractorID
    /// The entry's `name`, or the id when none was given; used to attribute problems.
    public var name: String
    public var extractor: any Extractor
}

/// Turns configuration entries into extractors, validating ids and settings.
public struct ExtractorRegistry: Sendable {
    public let types: [any Extractor.Type]

    public init(_ types: [any Extractor.Type]) { self.types = types }

    public static let builtIn = ExtractorRegistry(BuiltInExtractors.all)

    /// The registry a command line runs with: the built-ins, unless a program built on this package binds
    /// its own for the run (`ClaimsCommand.main(registry:)`). Bound per task, never set globally.
    @TaskLocal public static var active = ExtractorRegistry.builtIn

    /// The built-ins followed by `extractors` of your own, which may not reuse a built-in's id.
    public static func builtIn(adding extractors: [any Extractor.Type]) -> ExtractorRegistry {
        let all = BuiltInExtractors.all + extractors
        let ids = all.map { $0.descriptor.id }
        precondition(Set(ids).count == ids.count, "two extractors share an id: \(ids.map(\.rawValue))")
        return ExtractorRegistry(all)
    }

    public var descriptors: [PluginDescriptor] { types.map { $0.descriptor } }

    /// The extractor type for an id, following renamed ids (with a warning appended to `issues`).
    func type(for id: ExtractorID, at location: SourceLocation, issues: inout [Diagnostic]) -> (any Extractor.Type)? {
        if let type = types.first(where: { $0.descriptor.id == id }) { return type }
        if let type = types.first(where: { $0.descriptor.aliases.contains(id) }) {
            issues.append(RunnerMessage.extractorRenamed(id, to: type.descriptor.id).at(location))
            return type
        }
        issues.append(RunnerMessage.unknownExtractor(id, known: descriptors.map(\.id.rawValue)).at(location))
        return nil
    }

    /// Builds every configured extractor, collecting all problems instead of stopping at the first.
    public func makeExtractors(for entries: [Configuration.ExtractorEntry], issues: inout [Diagnostic]) -> [ConfiguredExtractor] {
        var extractors: [ConfiguredExtractor] = []
        for entry in entries {
            guard let type = type(for: entry.id, at: entry.idLocation, issues: &issues) else { continue }
            do {
                let extractor = if let named = type as? any NamedExtractor.Type {
                    try named.init(name: entry.name, settings: entry.settings, at: entry.location)
                } else {
                    try type.init(settings: entry.settings)
                }
                extractors.append(ConfiguredExtractor(
                    id: type.descriptor.id, name: entry.name ?? type.descriptor.id.rawValue, extractor: extractor))
            } catch {
                issues.append(error)
            }
        }
        return extractors
    }
}
