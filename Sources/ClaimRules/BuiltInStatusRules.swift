import ClaimCore

/// A report that the event took place closes the claim, unless it was published before the event date.
public struct HappenedReportRule: StatusRule {
    public static let descriptor = RuleDescriptor(
        id: "happened_report",
        summary: "a report, published on or after the event date, that the event took place (role 'occurrence', e.g. 'happened') moves the claim to that status",
        requiredRoles: [.occurrence])

    public init(settings: ConfigNode) throws(Diagnostic) { _ = try settings.ruleSettings(for: Self.descriptor.id, known: []) }

    public func decide(_ input: RuleInput) -> RuleOutcome {
        guard let asserted = input.evidence.asserts, input.vocabulary.role(of: asserted) == .occurrence else { return .pass }
        // It took place on another day than planned ("docked on Wednesday", three days late): the
        // event moves to the day it took place, keeping the planned one in the history.
        if let newDate = input.reportedNewDate, newDate.firstDay <= input.publishedDay, input.vocabulary.isOpen(input.currentStatus) {
            return .move(to: asserted, reason: "\(input.evidence.voice) reports that it took place on \(newDate)", newDate: newDate)
        }
        if let date = input.currentDate, input.publishedDay < date.firstDay {
            return .keep(reason: "a report published \(input.publishedDay) cannot say an event of \(date) took place")
        }
        return .move(to: asserted, reason: "\(input.evidence.voice) reports that it took place")
    }
}

/// Once a claim is closed (it happened, or was called off), only a report that it happened moves it.
public struct ClosedStaysClosedRule: StatusRule {
    public static let descriptor = RuleDescriptor(
        id: "closed_stays_closed",
        summary: "a closed claim (e.g. 'happened', 'cancelled') is not reopened by later plans or doubts")

    public init(settings: ConfigNode) throws(Diagnostic) { _ = try settings.ruleSettings(for: Self.descriptor.id, known: []) }

    public func decide(_ input: RuleInput) -> RuleOutcome {
        guard !input.vocabulary.isOpen(input.currentStatus), input.evidence.asserts != input.currentStatus else { return .pass }
        return .keep(reason: "the claim is already \(input.vocabulary.label(of: input.currentStatus))")
    }
}

/// A postponement moves the claim to the postponement status asserted and, when the source gives one, to the new date.
public struct RescheduleRule: StatusRule {
    public static let descriptor = RuleDescriptor(
        id: "reschedule",
        summary: "a report that the event was postponed (role 'postponement') moves the claim to that status and to the new date when one is given",
        requiredRoles: [.postponement])

    public init(settings: ConfigNode) throws(Diagnostic) { _ = try settings.ruleSettings(for: Self.descriptor.id, known: []) }

    public func decide(_ input: RuleInput) -> RuleOutcome {
        guard let asserted = input.evidence.asserts else { return .pass }
        guard input.vocabulary.role(of: asserted) == .postponement else { return movedWithoutDelayWord(input, asserted: asserted) }
        // An event is moved to a day still ahead of the report ("pushed back to Friday", "brought
        // forward to Thursday"); a date on or before the report's own day is the day it was
        // announced or the old date, not a new one.
        if let newDate = input.evidence.eventDate, newDate.lastDay > input.publishedDay, newDate != input.currentDate,
           !(input.currentDate.map { $0.contains(newDate) && newDate.firstDay == $0.firstDay } ?? false) {
            let old = input.currentDate?.description ?? "no date"
            return .move(to: asserted, reason: "\(input.evidence.voice) reports it moved from \(old) to \(newDate)", newDate: newDate)
        }
        return .move(to: asserted, reason: "\(input.evidence.voice) reports it postponed")
    }

    /// A plan or confirmation that names another day for the event ("now set for March 6", "will
    /// now open on June 2", "moved up to Thursday") moves it there. A later day is a postponement
    /// told without the word, unless the report confirms the new day; an earlier one takes the
    /// asserted status, though a restated plan does not undo a confirmation.
    func movedWithoutDelayWord(_ input: RuleInput, asserted: StatusID) -> RuleOutcome {
        let vocabulary = input.vocabulary
        let role = vocabulary.role(of: asserted)
        guard role == .plan || role == .confirmation, let newDate = input.reportedNewDate, let current = input.currentDate,
              newDate.lastDay > input.publishedDay else { return .pass }
        let currentRole = vocabulary.role(of: input.currentStatus)
        var status = asserted
        if role == .plan, currentRole == .confirmation || currentRole == .postponement { status = input.currentStatus }
        if role == .plan, newDate.firstDay > current.lastDay, let postponed = vocabulary.primaryStatus(for: .postponement) {
            status = postponed
        }
        return .move(to: status, reason: "\(input.evidence.voice) reports it moved from \(current) to \(newDate)", newDate: newDate)
    }
}

/// A plan announced by one side is confirmed only when another side confirms it.
///
/// The side that first proposed the event confirming its own plan is not enough while other sides
/// have spoken or take part in the event; it is enough when the event only ever involved that one
/// side (a company's own launch). Sides come from the `parties` setting (a party name → names of its people and offices);
/// a voice no party lists is a side of its own.
public struct OtherPartyConfirmsRule: StatusRule {
    public static let descriptor = RuleDescriptor(
        id: "other_party_confirms",
        summary: "a confirmation (role 'confirmation') needs a side other than the one that first asserted a plan (role 'plan')",
        settings: [SettingDescriptor("parties", "party name → names of its people and offices, e.g. { Russia: [Kremlin, Lavrov] }")],
        requiredRoles: [.confirmation, .plan])

    let parties: [(name: String, members: [String])]

    public init(settings: ConfigNode) throws(Diagnostic) {
        let values = try settings.ruleSettings(for: Self.descriptor.id, known: ["parties"])
        var parties: [(String, [String])] = []
        if let node = values["parties"] {
            for entry in try node.mapping(for: "rules.settings.other_party_confirms.parties") {
                parties.append((entry.key, try entry.value.strings(for: "rules.settings.other_party_confirms.parties.\(entry.key)")))
            }
        }
        self.parties = parties
    }

    /// The side a piece of evidence speaks for.
    func party(of evidence: Evidence) -> String {
        for party in parties where mentions([party.name] + party.members, in: evidence) != nil {
            return party.name
        }
        return evidence.voice
    }

    /// The configured parties among the event's participants ("Russia" in talks between Russia and NATO).
    func participatingParties(_ claim: Claim) -> [String] {
        claim.event.participants.compactMap { participant in
            let name = participant.lowercased()
            return parties.first { party in
                party.name.lowercased() == name || party.members.contains { $0.lowercased() == name }
            }?.name.lowercased()
        }
    }

    public func decide(_ input: RuleInput) -> RuleOutcome {
        let vocabulary = input.vocabulary
        guard let asserted = input.evidence.asserts, vocabulary.role(of: asserted) == .confirmation else { return .pass }
        let confirmer = party(of: input.evidence)
        let move = RuleOutcome.move(to: asserted, reason: "\(input.evidence.voice) confirms it")
        guard let firstProposal = input.earlier.first(where: { vocabulary.role(of: $0.evidence.asserts) == .plan }) else { return move }
        let proposer = party(of: firstProposal.evidence)
        if confirmer.lowercased() != proposer.lowercased() { return move }
        // The sides are those that have spoken so far and the parties taking part in the event.
        let sides = Set(input.earlier.map { party(of: $0.evidence).lowercased() } + participatingParties(input.claim))
        if sides == [confirmer.lowercased()] { return move }
        let otherConfirmation = input.earlier.contains {
            vocabulary.role(of: $0.evidence.asserts) == .confirmation && party(of: $0.evidence).lowercased() != confirmer.lowercased()
        }
        if otherConfirmation { return move }
        return .keep(reason: "only \(confirmer), which proposed it, confirms it; waiting for another side")
    }
}

/// Otherwise the newest evidence decides; restating a plan does not undo a confirmation or a new date.
public struct LatestAssertionRule: StatusRule {
    public static let descriptor = RuleDescriptor(
        id: "latest_assertion",
        summary: "the newest evidence's status wins, except that a restated plan (role 'plan') does not undo a confirmation or a postponement")

    public init(settings: ConfigNode) throws(Diagnostic) { _ = try settings.ruleSettings(for: Self.descriptor.id, known: []) }

    public func decide(_ input: RuleInput) -> RuleOutcome {
        guard let asserted = input.evidence.asserts, input.vocabulary.contains(asserted) else { return .pass }
        let current = input.vocabulary.role(of: input.currentStatus)
        if input.vocabulary.role(of: asserted) == .plan, current == .confirmation || current == .postponement {
            return .keep(reason: "a restated plan does not undo '\(input.vocabulary.label(of: input.currentStatus))'")
        }
        guard asserted != input.currentStatus else { return .keep(reason: "repeats the current status") }
        return .move(to: asserted, reason: "\(input.evidence.voice): \(input.vocabulary.label(of: asserted))")
    }
}

/// The kind custom rules extend: evidence from named sources asserting a status moves the claim.
///
///     rules:
///       custom:
///         wire_confirms:
///           extends: source_asserts
///           sources: [Reuters, Associated Press]
///           asserts: confirmed        # optional: only evidence asserting this status
///           status: confirmed
public struct SourceAssertsRule: StatusRule {
    public static let descriptor = RuleDescriptor(
        id: "source_asserts",
        summary: "rule kind for custom rules: evidence from the listed sources moves the claim to 'status'",
        settings: [
            SettingDescriptor("sources", "names matched in who said it or the publication, case-insensitively"),
            SettingDescriptor("asserts", "only evidence asserting this status (default: any)"),
            SettingDescriptor("status", "the status to move the claim to"),
        ],
        isOptIn: true)

    let sources: [String]
    let asserts: StatusID?
    let status: StatusID

    public init(settings: ConfigNode) throws(Diagnostic) {
        let values = try settings.ruleSettings(for: Self.descriptor.id, known: ["extends", "sources", "asserts", "status"])
        guard let sourcesNode = values["sources"] else { throw RuleMessage.missingSetting("sources").at(settings.location) }
        guard let statusNode = values["status"] else { throw RuleMessage.missingSetting("status").at(settings.location) }
        sources = try sourcesNode.strings(for: "sources")
        asserts = try values["asserts"].map { node throws(Diagnostic) in StatusID(try node.string(for: "asserts")) }
        status = StatusID(try statusNode.string(for: "status"))
    }

    /// The statuses the settings name, for the runner to check against the vocabulary.
    public var namedStatuses: [StatusID] { [status] + (asserts.map { [$0] } ?? []) }

    public func decide(_ input: RuleInput) -> RuleOutcome {
        if let asserts, input.evidence.asserts != asserts { return .pass }
        guard let source = mentions(sources, in: input.evidence) else { return .pass }
        guard status != input.currentStatus else { return .keep(reason: "repeats the current status") }
        return .move(to: status, reason: "\(source) is trusted to say so")
    }
}
