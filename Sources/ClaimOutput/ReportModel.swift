import ClaimCore

/// Where a claim sits in the report: what needs attention comes first.
public enum ReportGroup: String, CaseIterable, Sendable {
    case overdue
    case disputed
    /// The event falls within the next few days (`ReportOptions.soonDays`).
    case dueSoon = "due_soon"
    case later

    public func title(soonDays: Int) -> String {
        switch self {
        case .overdue: "Overdue"
        case .disputed: "Disputed"
        case .dueSoon: "Due within \(soonDays) day\(soonDays == 1 ? "" : "s")"
        case .later: "Later"
        }
    }
}

/// One claim in the report, as it stood on the report day.
public struct ReportEntry: Sendable {
    public var claim: Claim
    public var flags: [ClaimFlag]
    public var group: ReportGroup
    /// The status over time up to the report day (empty when the entry was not made from a snapshot).
    public var timeline: [StatusPoint]

    public init(claim: Claim, flags: [ClaimFlag], group: ReportGroup, timeline: [StatusPoint] = []) {
        self.claim = claim
        self.flags = flags
        self.group = group
        self.timeline = timeline
    }
}

public struct ReportOptions: Sendable {
    public var asOf: CalendarDay
    /// Only claims with these statuses (then closed ones too); empty means every open claim.
    public var statuses: [StatusID]
    /// How many days ahead count as "due soon".
    public var soonDays: Int

    public init(asOf: CalendarDay, statuses: [StatusID] = [], soonDays: Int = 7) {
        self.asOf = asOf
        self.statuses = statuses
        self.soonDays = soonDays
    }
}

/// The open-claims report for one day, in reading order: group by group, soonest event first.
public struct ClaimReport: Sendable {
    public let asOf: CalendarDay
    public let soonDays: Int
    /// The statuses asked for with `--status`; empty for every open claim.
    public let statuses: [StatusID]
    public let entries: [ReportEntry]

    public init(asOf: CalendarDay, soonDays: Int, statuses: [StatusID] = [], entries: consuming [ReportEntry]) {
        self.asOf = asOf
        self.soonDays = soonDays
        self.statuses = statuses
        // Sort keys are computed once per entry: comparing `EventDate`s directly rebuilds calendar
        // days on every comparison, which dominated large reports.
        let keys = entries.map(ClaimReport.sortKey)
        let order = entries.indices.sorted { keys[$0] < keys[$1] }
        // Put in order by swapping along the permutation's cycles: moving entries rather than copying
        // each one (a claim with its evidence and timeline) into a new array.
        var sorted = consume entries
        var placed = [Bool](repeating: false, count: order.count)
        for start in order.indices where !placed[start] {
            var position = start
            while order[position] != start {
                sorted.swapAt(position, order[position])
                placed[position] = true
                position = order[position]
            }
            placed[position] = true
        }
        self.entries = sorted
    }

    /// "Open claims", or "Claims with status happened, cancelled" when statuses were asked for.
    public func subject(in vocabulary: StatusVocabulary) -> String {
        statuses.isEmpty ? "Open claims" : "Claims with status " + statuses.map { vocabulary.label(of: $0) }.joined(separator: ", ")
    }

    public func entries(in group: ReportGroup) -> [ReportEntry] { entries.filter { $0.group == group } }

    // The counts go over the entries without filtering them into arrays: a filter copies every
    // entry it keeps (a claim with its evidence), which showed in large reports.

    /// How many entries are in `group`.
    public func count(in group: ReportGroup) -> Int { entries.reduce(0) { $1.group == group ? $0 + 1 : $0 } }

    public func count(_ flag: ClaimFlag) -> Int { entries.reduce(0) { $1.flags.contains(flag) ? $0 + 1 : $0 } }

    /// How many claims have each status, in vocabulary order; statuses with none are left out.
    public func statusCounts(in vocabulary: StatusVocabulary) -> [(status: StatusID, count: Int)] {
        var counts: [StatusID: Int] = [:]
        for entry in entries { counts[entry.claim.status, default: 0] += 1 }
        var ordered = vocabulary.ids.compactMap { id in counts[id].map { (id, $0) } }
        // Statuses no longer in the vocabulary still count, after the known ones.
        ordered += counts.keys.filter { !vocabulary.contains($0) }.sorted().map { ($0, counts[$0]!) }
        return ordered
    }

    /// Group by group; in each, soonest event first (coarser dates before finer ones on the same first
    /// day, as `EventDate` orders them), undated claims last, then by id so file order never matters.
    struct SortKey: Comparable {
        var group: Int
        var hasDate: Int
        var day: Int
        var precision: Int
        var minuteOfDay: Int
        var id: String

        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            (lhs.group, lhs.hasDate, lhs.day, lhs.precision, lhs.minuteOfDay) < (rhs.group, rhs.hasDate, rhs.day, rhs.precision, rhs.minuteOfDay)
                || ((lhs.group, lhs.hasDate, lhs.day, lhs.precision, lhs.minuteOfDay) == (rhs.group, rhs.hasDate, rhs.day, rhs.precision, rhs.minuteOfDay)
                    && lhs.id < rhs.id)
        }
    }

    static func sortKey(_ entry: ReportEntry) -> SortKey {
        let group = ReportGroup.allCases.firstIndex(of: entry.group) ?? 0
        guard let date = entry.claim.event.date else {
            return SortKey(group: group, hasDate: 1, day: 0, precision: 0, minuteOfDay: 0, id: entry.claim.id.rawValue)
        }
        let precision = [EventDate.Precision.year, .month, .day, .minute].firstIndex(of: date.precision) ?? 0
        return SortKey(group: group, hasDate: 0, day: date.firstDay.dayNumber, precision: precision,
                       minuteOfDay: (date.hour ?? 0) * 60 + (date.minute ?? 0), id: entry.claim.id.rawValue)
    }

    /// The group a claim with `flags` falls in on `day`.
    public static func group(of claim: Claim, flags: [ClaimFlag], asOf day: CalendarDay, soonDays: Int) -> ReportGroup {
        if flags.contains(.overdue) { return .overdue }
        if flags.contains(.disputed) { return .disputed }
        // A dated event (to the day or month) whose span reaches into the next `soonDays` days.
        if let date = claim.event.date, date.precision >= .month,
           date.lastDay >= day, date.firstDay <= day.adding(days: soonDays) {
            return .dueSoon
        }
        return .later
    }
}
