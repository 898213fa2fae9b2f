import ArgumentParser
import ClaimRunner

extension EventDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension CalendarDay: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

/// `list`'s output formats: an aligned listing or the JSON shape `show` and `report` share.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `show`'s output formats; `yaml` prints the claim file as stored.
enum ShowFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, yaml
}

/// `extract`'s output formats: a readable listing or one JSON object per document.
enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case text, jsonl
}
