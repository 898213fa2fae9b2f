import ArgumentParser
import ClaimRunner

extension EventDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension CalendarDay: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

/// Output formats; each command accepts the subset its `validate()` allows.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, yaml, jsonl
}
