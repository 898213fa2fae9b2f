/// A claim's stable id: a readable slug such as `russia-us-security-talks-2022-01-10`, unique in a ledger.
public struct ClaimID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Accepts lowercase ASCII letters, digits and single hyphens, 1–120 characters, starting with a letter or digit.
    public init?(_ rawValue: String) {
        guard ClaimID.isValid(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count <= 120, bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-") else {
            return false
        }
        var previousWasHyphen = false
        for byte in bytes {
            let isHyphen = byte == UInt8(ascii: "-")
            guard isHyphen || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) else { return false }
            if isHyphen && previousWasHyphen { return false }
            previousWasHyphen = isHyphen
        }
        return true
    }

    /// A slug made from free text and an optional date: "Talks on security!" → `talks-on-security-2022-01-10`.
    public static func slug(from text: String, date: EventDate? = nil, maxWords: Int = 8) -> ClaimID {
        var words: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        let stopWords: Set<String> = ["the", "a", "an", "of", "on", "in", "at", "to", "and", "for", "with", "is", "will", "be"]
        var kept = words.filter { !stopWords.contains($0) }
        if kept.isEmpty { kept = words.isEmpty ? ["claim"] : words }
        var slug = kept.prefix(maxWords).joined(separator: "-")
        if slug.utf8.count > 90 { slug = String(slug.prefix(90)).trimmingSuffix("-") }
        if let date { slug += "-" + date.description.lowercased().replacingOccurrences(of: ":", with: "") }
        return ClaimID(slug) ?? ClaimID("claim")!
    }

    public var description: String { rawValue }
    public static func < (lhs: ClaimID, rhs: ClaimID) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension String {
    fileprivate func trimmingSuffix(_ character: Character) -> String {
        var copy = self
        while copy.last == character { copy.removeLast() }
        return copy
    }
}

/// What a claim is about: the event, when, what kind, who takes part, and where.
public struct Event: Hashable, Sendable {
    public var date: EventDate?
    /// A word for the kind of event: `talks`, `meeting`, `summit`, `vote`, `launch` …
    public var kind: String?
    public var participants: [String]
    public var place: String?

    public init(date: EventDate? = nil, kind: String? = nil, participants: [String] = [], place: String? = nil) {
        self.date = date
        self.kind = kind
        self.participants = participants
        self.place = place
    }
}

/// Where a piece of evidence was published.
public struct Source: Hashable, Sendable {
    public var name: String
    public var url: String?
    public var published: EventDate?

    public init(name: String, url: String? = nil, published: EventDate? = nil) {
        self.name = name
        self.url = url
        self.published = published
    }
}

/// One entry of a claim's evidence trail. Entries are only ever appended, never edited or removed.
public struct Evidence: Hashable, Sendable {
    public var source: Source
    /// Who made the statement: "the White House", "State Department spokesman Ned Price".
    public var saidBy: String?
    public var quote: String?
    /// The status this evidence asserts, if any ("scheduled for" asserts `proposed`).
    public var asserts: StatusID?
    /// The phrase that made it assert that status.
    public var cue: String?
    /// The extractor id or person that recorded it.
    public var recordedBy: String
    public var recordedAt: Timestamp
    /// A person's remark, e.g. why they changed the status by hand.
    public var note: String?
    /// The date this source gives for the event, when it gives one: a new date for a postponed event.
    public var eventDate: EventDate?
    /// The digest of the document's text (`DocumentDigest`), so that a document read again is known as such.
    public var document: String?

    public init(
        source: Source, saidBy: String? = nil, quote: String? = nil, asserts: StatusID? = nil, cue: String? = nil,
        recordedBy: String, recordedAt: Timestamp, note: String? = nil, eventDate: EventDate? = nil, document: String? = nil
    ) {
        self.source = source
        self.saidBy = saidBy
        self.quote = quote
        self.asserts = asserts
        self.cue = cue
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
        self.note = note
        self.eventDate = eventDate
        self.document = document
    }

    /// The voice this evidence speaks with: who said it, or else the publication.
    public var voice: String { (saidBy?.isEmpty == false ? saidBy : nil) ?? source.name }
}

/// One change of a claim's status, and why it happened.
public struct StatusChange: Hashable, Sendable {
    public var at: Timestamp
    /// Nil for the status a claim was created with.
    public var from: StatusID?
    public var to: StatusID
    /// A sentence for people: "set by hand", "the Russian Foreign Ministry confirms it" (the rule is in `rule`).
    public var because: String
    /// The rule that made the change, or nil when a person did.
    public var rule: String?
    /// The evidence (index into the trail, from zero) that caused it.
    public var evidence: Int?
    /// Who made the change: a person's name, or the tool for rule-made changes.
    public var by: String?
    /// The event date before this change, when the change moved the event to a new date.
    public var previousDate: EventDate?

    public init(at: Timestamp, from: StatusID?, to: StatusID, because: String, rule: String? = nil, evidence: Int? = nil,
                by: String? = nil, previousDate: EventDate? = nil) {
        self.at = at
        self.from = from
        self.to = to
        self.because = because
        self.rule = rule
        self.evidence = evidence
        self.by = by
        self.previousDate = previousDate
    }

    /// A change made by a person, which rules do not silently override.
    public var isManual: Bool { rule == nil }
}

/// A claim that an event will happen (or did), with its evidence trail and status history.
public struct Claim: Hashable, Sendable {
    public var id: ClaimID
    public var statement: String
    public var event: Event
    public var status: StatusID
    public var tags: [String]
    public var created: Timestamp
    public var updated: Timestamp
    public private(set) var evidence: [Evidence]
    public private(set) var history: [StatusChange]

    public init(
        id: ClaimID, statement: String, event: Event, status: StatusID, tags: [String] = [],
        created: Timestamp, updated: Timestamp? = nil, evidence: [Evidence] = [], history: [StatusChange] = []
    ) {
        self.id = id
        self.statement = statement
        self.event = event
        self.status = status
        self.tags = tags
        self.created = created
        self.updated = updated ?? created
        self.evidence = evidence
        self.history = history
    }

    /// Appends evidence to the trail; returns its index.
    @discardableResult
    public mutating func record(_ newEvidence: Evidence) -> Int {
        evidence.append(newEvidence)
        updated = max(updated, newEvidence.recordedAt)
        return evidence.count - 1
    }

    public func recording(_ newEvidence: Evidence) -> Claim {
        var copy = self
        copy.record(newEvidence)
        return copy
    }

    /// Moves the claim to `status` and writes the change into its history. Does nothing if unchanged.
    public mutating func changeStatus(
        to newStatus: StatusID, at time: Timestamp, because reason: String, rule: String? = nil,
        evidence evidenceIndex: Int? = nil, by person: String? = nil
    ) {
        guard newStatus != status || history.isEmpty else { return }
        history.append(StatusChange(
            at: time, from: history.isEmpty ? nil : status, to: newStatus, because: reason,
            rule: rule, evidence: evidenceIndex, by: person))
        status = newStatus
        updated = max(updated, time)
    }

    /// Moves the event to a new date (a postponement), keeping the old date in the history entry.
    public mutating func reschedule(
        to newDate: EventDate, status newStatus: StatusID, at time: Timestamp, because reason: String,
        rule: String?, evidence evidenceIndex: Int?
    ) {
        history.append(StatusChange(
            at: time, from: history.isEmpty ? nil : status, to: newStatus, because: reason, rule: rule,
            evidence: evidenceIndex, previousDate: event.date ?? newDate))
        event.date = newDate
        status = newStatus
        updated = max(updated, time)
    }

    /// The most recent status a person set with `claims update`, which rules must not override.
    ///
    /// The status a claim was created with does not count: evidence may move a hand-added claim.
    public var lastManualChange: StatusChange? { history.last { $0.isManual && $0.from != nil } }

    /// The latest piece of evidence by publication date (then by recording order).
    public var latestEvidence: Evidence? {
        evidence.enumerated().max { lhs, rhs in
            let l = lhs.element.source.published?.firstDay, r = rhs.element.source.published?.firstDay
            if l != r { return (l ?? CalendarDay(dayNumber: Int.min / 2)) < (r ?? CalendarDay(dayNumber: Int.min / 2)) }
            return lhs.offset < rhs.offset
        }?.element
    }
}
