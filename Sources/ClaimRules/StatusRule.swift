import ClaimCore

/// What `claims rules`, the docs and the registry tests know about a status rule.
public struct RuleDescriptor: Hashable, Sendable {
    /// Stable snake_case id, used in `config.yaml` and in every status change the rule makes.
    public var id: String
    /// One line, lowercase start, no final period.
    public var summary: String
    public var settings: [SettingDescriptor]
    /// Off unless listed under `rules.opt_in`.
    public var isOptIn: Bool
    /// Roles the rule reads: loading a configuration that enables the rule checks that some status has each.
    public var requiredRoles: [StatusRole]

    public init(id: String, summary: String, settings: [SettingDescriptor] = [], isOptIn: Bool = false,
                requiredRoles: [StatusRole] = []) {
        self.id = id
        self.summary = summary
        self.settings = settings
        self.isOptIn = isOptIn
        self.requiredRoles = requiredRoles
    }
}

/// One piece of evidence as a rule sees it, in the middle of replaying a claim's trail.
public struct RuleInput: Sendable {
    public let claim: Claim
    /// The status the replay has reached before this evidence.
    public let currentStatus: StatusID
    /// The event date the replay has reached (a postponement may have moved it).
    public let currentDate: EventDate?
    public let evidenceIndex: Int
    public let evidence: Evidence
    /// Evidence already replayed, oldest first.
    public let earlier: [(index: Int, evidence: Evidence)]
    public let vocabulary: StatusVocabulary

    public init(claim: Claim, currentStatus: StatusID, currentDate: EventDate?, evidenceIndex: Int, evidence: Evidence,
                earlier: [(index: Int, evidence: Evidence)], vocabulary: StatusVocabulary) {
        self.claim = claim
        self.currentStatus = currentStatus
        self.currentDate = currentDate
        self.evidenceIndex = evidenceIndex
        self.evidence = evidence
        self.earlier = earlier
        self.vocabulary = vocabulary
    }

    /// The day the evidence speaks from: its publication date, else the day it was recorded.
    public var publishedDay: CalendarDay { evidence.source.published?.firstDay ?? evidence.recordedAt.day }

    /// The date a report gives the event when it names another one than the event stands at, told
    /// without a word of delay ("the launch, now set for March 6"; "docked on Wednesday", three days
    /// late): the matcher attached it to this claim on evidence of identity, so the event moved.
    ///
    /// A date no earlier report named and the claim did not start from: a later article recalling
    /// the old date ("had been scheduled for September 21") is not a move back to it. A date that
    /// overlaps the current one refines it, and one before the event was first reported is a past
    /// event, not this one moved.
    public var reportedNewDate: EventDate? {
        guard let date = evidence.eventDate, let current = currentDate, current.mayHaveMoved(to: date),
              !namedBefore(date) else { return nil }
        let firstReport = earlier.compactMap { $0.evidence.source.published?.firstDay }.min()
        if let firstReport, date.lastDay < firstReport { return nil }
        return date
    }

    /// Whether the claim started from `date`'s day, or an earlier report named it: the event may
    /// have moved away from it since ("had been scheduled for September 21").
    public func namedBefore(_ date: EventDate) -> Bool {
        func sameDay(_ other: EventDate?) -> Bool {
            guard let other else { return false }
            return other == date || (other.calendarDay != nil && other.calendarDay == date.calendarDay)
        }
        return sameDay(claim.originalDate) || earlier.contains { sameDay($0.evidence.eventDate) }
    }
}

/// What a rule makes of one piece of evidence.
public enum RuleOutcome: Hashable, Sendable {
    /// Move the claim to `status` (and to `newDate`, for a postponement), for `reason`.
    case move(to: StatusID, reason: String, newDate: EventDate? = nil)
    /// Keep the status: this evidence must not move it, and later rules are not asked.
    case keep(reason: String)
    /// No opinion; the next rule decides.
    case pass
}

/// A rule that moves a claim's status as evidence arrives. Rules are asked in order for each
/// piece of evidence, oldest first; the first that does not pass decides.
public protocol StatusRule: Sendable {
    static var descriptor: RuleDescriptor { get }
    /// Validates every setting, so a typo in `config.yaml` stops the run before any work.
    init(settings: ConfigNode) throws(Diagnostic)
    func decide(_ input: RuleInput) -> RuleOutcome
}

extension StatusRule {
    public var id: String { Self.descriptor.id }
}

/// A rule made from configuration: a built-in rule, or a custom rule built on a rule kind.
public struct ConfiguredRule: Sendable {
    /// The id changes are attributed to: the built-in id, or the custom rule's name.
    public var id: String
    public var rule: any StatusRule

    public init(id: String, rule: any StatusRule) {
        self.id = id
        self.rule = rule
    }
}
