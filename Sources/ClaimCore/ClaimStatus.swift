/// A status id from the vocabulary in `config.yaml`, e.g. `proposed` or `very_unlikely`.
public struct StatusID: Hashable, Comparable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public var description: String { rawValue }
    public static func < (lhs: StatusID, rhs: StatusID) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let proposed: StatusID = "proposed"
    public static let confirmed: StatusID = "confirmed"
    public static let veryUnlikely: StatusID = "very_unlikely"
    public static let denied: StatusID = "denied"
    public static let postponed: StatusID = "postponed"
    public static let cancelled: StatusID = "cancelled"
    public static let happened: StatusID = "happened"
}

/// One status of the vocabulary: its id, the label people read, and whether it still awaits resolution.
public struct StatusDefinition: Hashable, Sendable {
    public var id: StatusID
    public var label: String
    /// Open claims appear in the open-claims report and can become overdue.
    public var isOpen: Bool
    /// Statuses that contradict this one when asserted by different sources at the same time.
    public var conflictsWith: [StatusID]

    public init(id: StatusID, label: String, isOpen: Bool, conflictsWith: [StatusID] = []) {
        self.id = id
        self.label = label
        self.isOpen = isOpen
        self.conflictsWith = conflictsWith
    }
}

/// The statuses a ledger may use, in the order `config.yaml` lists them.
public struct StatusVocabulary: Hashable, Sendable {
    public private(set) var definitions: [StatusDefinition]

    public init(_ definitions: [StatusDefinition]) { self.definitions = definitions }

    public static let standard = StatusVocabulary([
        StatusDefinition(id: .proposed, label: "proposed", isOpen: true, conflictsWith: [.denied, .cancelled, .veryUnlikely]),
        StatusDefinition(id: .confirmed, label: "confirmed", isOpen: true,
                         conflictsWith: [.denied, .veryUnlikely, .cancelled, .postponed]),
        StatusDefinition(id: .veryUnlikely, label: "very unlikely", isOpen: true,
                         conflictsWith: [.confirmed, .happened]),
        StatusDefinition(id: .denied, label: "denied", isOpen: true,
                         conflictsWith: [.proposed, .confirmed, .happened]),
        StatusDefinition(id: .postponed, label: "postponed", isOpen: true, conflictsWith: [.confirmed, .happened]),
        StatusDefinition(id: .cancelled, label: "cancelled", isOpen: false,
                         conflictsWith: [.proposed, .confirmed, .happened]),
        StatusDefinition(id: .happened, label: "happened", isOpen: false,
                         conflictsWith: [.denied, .cancelled, .veryUnlikely, .postponed]),
    ])

    public var ids: [StatusID] { definitions.map(\.id) }

    public func definition(of id: StatusID) -> StatusDefinition? { definitions.first { $0.id == id } }

    public func contains(_ id: StatusID) -> Bool { definition(of: id) != nil }

    public func label(of id: StatusID) -> String { definition(of: id)?.label ?? id.rawValue.replacingOccurrences(of: "_", with: " ") }

    /// Unknown statuses count as open, so a claim never silently drops out of the report.
    public func isOpen(_ id: StatusID) -> Bool { definition(of: id)?.isOpen ?? true }

    public func conflict(_ a: StatusID, _ b: StatusID) -> Bool {
        guard a != b else { return false }
        return definition(of: a)?.conflictsWith.contains(b) == true || definition(of: b)?.conflictsWith.contains(a) == true
    }
}
