import ArgumentParser
import ClaimRunner
import Foundation

/// Where a piece of evidence comes from, shared by `add` and `update`.
struct EvidenceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The publication or person the evidence comes from", valueName: "name"))
    var source: String?

    @Option(help: ArgumentHelp("The URL of the source article", valueName: "url"))
    var url: String?

    @Option(help: ArgumentHelp("When the source was published (YYYY-MM-DD)", valueName: "date"))
    var published: EventDate?

    @Option(name: .customLong("said-by"), help: ArgumentHelp("Who made the statement", valueName: "who"))
    var saidBy: String?

    @Option(help: ArgumentHelp("The words of the source", valueName: "text"))
    var quote: String?

    var draft: EvidenceDraft {
        EvidenceDraft(source: source, url: url, published: published, saidBy: saidBy, quote: quote)
    }
}

extension ClaimsCommand {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a claim by hand and print its id",
            discussion: """
                The id is made from the statement and the event date unless '--id' gives one. \
                The source options record the first piece of evidence.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("What is claimed to happen", valueName: "statement"))
        var statement: String

        @Option(name: .customLong("event-date"),
                help: ArgumentHelp("When the event is to happen: 2022, 2022-01, 2022-01-10 or 2022-01-10T14:00", valueName: "date"))
        var eventDate: EventDate

        @Option(help: ArgumentHelp("The initial status (default: proposed)", valueName: "status"))
        var status: String?

        @Option(help: ArgumentHelp("A readable id (lowercase letters, digits, hyphens)", valueName: "id"))
        var id: String?

        @Option(help: ArgumentHelp("The kind of event: talks, meeting, vote …", valueName: "kind"))
        var kind: String?

        @Option(name: .customLong("participant"), help: ArgumentHelp("Someone taking part (repeatable)", valueName: "name"))
        var participants: [String] = []

        @Option(help: ArgumentHelp("Where the event takes place", valueName: "place"))
        var place: String?

        @Option(name: .customLong("tag"), help: ArgumentHelp("A tag (repeatable)", valueName: "tag"))
        var tags: [String] = []

        @OptionGroup var evidence: EvidenceOptions

        func validate() throws {
            if statement.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("the statement must not be empty")
            }
            if let id, ClaimID(id) == nil {
                throw ValidationError("invalid id '\(id)': use lowercase letters, digits and single hyphens")
            }
        }

        func run() async throws {
            try await Console.run { () throws(RunnerFailure) in
                let workspace = try global.openWorkspace()
                let draft = ClaimDraft(
                    statement: statement, event: Event(date: eventDate, kind: kind, participants: participants, place: place),
                    status: status.map { StatusID($0) }, id: id.flatMap(ClaimID.init), tags: tags, evidence: evidence.draft)
                let claim = try workspace.add(draft)
                Console.print(claim.id.rawValue)
                return .success
            }
        }
    }
}
