/// Extractors beyond reading one input at a time: named entries, sources of their own, and work that
/// lasts the whole run (an external program started once). The runner asks for each by conformance.

/// An extractor that needs its entry's `name`: one that runs an external program is known to the user
/// by that name in messages and evidence, and several entries of it can run side by side.
public protocol NamedExtractor: Extractor {
    /// `name` is the entry's `name`, nil when it has none; `location` is the entry's, for messages.
    init(name: String?, settings: ConfigNode, at location: SourceLocation) throws(Diagnostic)
}

extension NamedExtractor {
    public init(settings: ConfigNode) throws(Diagnostic) {
        try self.init(name: nil, settings: settings, at: settings.location)
    }
}

/// An extractor that yields documents of its own, given no input: an archive's API, a feed reader
/// that keeps its place, a folder it watches. Each run asks it once, after the inputs.
public protocol SourceExtractor: Extractor {
    /// Whether this entry reads its own sources (an extractor may do both, depending on its settings).
    var isSource: Bool { get }
    /// Hands over each complete result as it arrives; problems that end the collection are returned.
    func collect(publishedOverride: CalendarDay?, deliver: (ExtractionResult) -> Void) async -> [Diagnostic]
}

/// An extractor holding something open for the whole run, such as a running program, which the runner
/// closes once the last input was read, also after failures.
public protocol RunScopedExtractor: Extractor {
    /// Ends the run's work; problems found on the way out (a program that failed as it exited) are returned.
    func finishRun() async -> [Diagnostic]
}
