/// A status id from the vocabulary in `config.yaml`, e.g. `proposed` or `very_unlikely`.
public struct StatusID: Hashable, Comparable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public var description: String { rawValue }
    public static func < (lhs: StatusID, rhs: StatusID) -> Bool { lhs.rawValue < rhs.rawValue }

    // The ids of the default vocabulary (`StatusVocabulary.standard`, read from ClaimConfig's
    // defaults.yaml), for tests and examples. Code never compares with them: a configuration may
    // rename every status, so it asks the vocabulary by role (`vocabulary.role(of:)`,
    // `vocabulary.primaryStatus(for:)`).
    public static let proposed: StatusID = "proposed"
    public static let confirmed: StatusID = "confirmed"
    public static let veryUnlikely: StatusID = "very_unlikely"
    public static let denied: StatusID = "denied"
    public static let postponed: StatusID = "postponed"
    public static let cancelled: StatusID = "cancelled"
    public static let happened: StatusID = "happened"
}

/// What a status means to the cues, the built-in rules, the report and the ClaimReview rating,
/// whatever the configuration calls it. Several statuses may share a role (`rumoured` and
/// `proposed` both `plan`); the first listed is the role's primary status, the one negations and
/// the tense of a sentence without a cue lead to.
public enum StatusRole: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// The event is planned, proposed or expected ("scheduled for", "will").
    case plan
    /// A party confirms or agrees to it ("confirmed", "agreed").
    case confirmation
    /// It is in doubt ("unlikely", "ruled out").
    case doubt
    /// A party denies it ("denied", "rejected").
    case denial
    /// It was moved to a later date ("postponed", "pushed back").
    case postponement
    /// It was called off ("cancelled", "scrapped").
    case cancellation
    /// It took place ("was held", "met").
    case occurrence

    public var description: String { rawValue }
}

/// One status of the vocabulary: its id, the label people read, its role, and whether it still awaits resolution.
public struct StatusDefinition: Hashable, Sendable {
    public var id: StatusID
    public var label: String
    public var role: StatusRole
    /// Open claims appear in the open-claims report and can become overdue.
    public var isOpen: Bool
    /// Statuses that contradict this one when asserted by different sources at the same time.
    public var conflictsWith: [StatusID]

    public init(id: StatusID, label: String, role: StatusRole, isOpen: Bool, conflictsWith: [StatusID] = []) {
        self.id = id
        self.label = label
        self.role = role
        self.isOpen = isOpen
        self.conflictsWith = conflictsWith
    }
}

/// The statuses a ledger may use, in the order `config.yaml` lists them.
public struct StatusVocabulary: Hashable, Sendable {
    public private(set) var definitions: [StatusDefinition]

    public init(_ definitions: [StatusDefinition]) { self.definitions = definitions }

    public var ids: [StatusID] { definitions.map(\.id) }

    public func definition(of id: StatusID) -> StatusDefinition? { definitions.first { $0.id == id } }

    public func contains(_ id: StatusID) -> Bool { definition(of: id) != nil }

    /// The role of the status, nil for a status the vocabulary does not define.
    public func role(of id: StatusID?) -> StatusRole? { id.flatMap { definition(of: $0)?.role } }

    /// The statuses with `role`, in vocabulary order.
    public func statuses(withRole role: StatusRole) -> [StatusID] { definitions.filter { $0.role == role }.map(\.id) }

    /// The first status listed with `role`: the one a negated cue or the tense of a sentence leads
    /// to, and the one that takes the role's colour in reports. Nil when no status has the role.
    public func primaryStatus(for role: StatusRole) -> StatusID? { definitions.first { $0.role == role }?.id }

    /// The status a claim starts in when no source says otherwise: the primary `plan` status (a
    /// loaded configuration always has one), else the first status listed.
    public var startingStatus: StatusID { primaryStatus(for: .plan) ?? definitions.first?.id ?? StatusID("") }

    public func label(of id: StatusID) -> String { definition(of: id)?.label ?? id.rawValue.replacingOccurrences(of: "_", with: " ") }

    /// Unknown statuses count as open, so a claim never silently drops out of the report.
    public func isOpen(_ id: StatusID) -> Bool { definition(of: id)?.isOpen ?? true }

    public func conflict(_ a: StatusID, _ b: StatusID) -> Bool {
        guard a != b else { return false }
        return definition(of: a)?.conflictsWith.contains(b) == true || definition(of: b)?.conflictsWith.contains(a) == true
    }
}
