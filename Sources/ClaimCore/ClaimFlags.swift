/// Flags derived from a claim and the report date. They are computed, never stored as statuses.
public enum ClaimFlag: String, Hashable, Sendable, CaseIterable {
    /// Open, and its event date (plus the grace period) has passed with no report that it happened.
    case overdue
    /// Different sources currently assert statuses that contradict each other.
    case disputed
}

extension Claim {
    /// Evidence published on or before `day` (evidence with no publication date counts from when it was recorded).
    public func evidence(publishedOnOrBefore day: CalendarDay?) -> [(index: Int, evidence: Evidence)] {
        evidence.enumerated().compactMap { index, item in
            guard let day else { return (index, item) }
            let published = item.source.published?.firstDay ?? item.recordedAt.day
            return published <= day ? (index, item) : nil
        }
    }

    /// The latest status each voice asserts, considering evidence published up to `day`.
    ///
    /// A source that changes its mind is counted once, by its newest statement.
    public func liveAssertions(asOf day: CalendarDay?) -> [(voice: String, status: StatusID, index: Int)] {
        var latest: [String: (status: StatusID, index: Int, published: CalendarDay?)] = [:]
        var order: [String] = []
        for (index, item) in evidence(publishedOnOrBefore: day) {
            guard let status = item.asserts else { continue }
            let voice = item.voice.lowercased()
            let published = item.source.published?.firstDay
            if let previous = latest[voice] {
                if let p = previous.published, let n = published, n < p { continue }
            } else {
                order.append(voice)
            }
            latest[voice] = (status, index, published)
        }
        return order.map { voice in (voice, latest[voice]!.status, latest[voice]!.index) }
    }

    public func isDisputed(asOf day: CalendarDay?, vocabulary: StatusVocabulary) -> Bool {
        let live = liveAssertions(asOf: day)
        for (i, a) in live.enumerated() {
            for b in live[(i + 1)...] where vocabulary.conflict(a.status, b.status) {
                return true
            }
        }
        return false
    }

    public func isOverdue(asOf day: CalendarDay, graceDays: Int, vocabulary: StatusVocabulary) -> Bool {
        guard vocabulary.isOpen(status), let date = event.date else { return false }
        return date.lastDay.adding(days: graceDays) < day
    }

    public func flags(asOf day: CalendarDay, graceDays: Int, vocabulary: StatusVocabulary) -> [ClaimFlag] {
        var flags: [ClaimFlag] = []
        if isOverdue(asOf: day, graceDays: graceDays, vocabulary: vocabulary) { flags.append(.overdue) }
        if isDisputed(asOf: day, vocabulary: vocabulary) { flags.append(.disputed) }
        return flags
    }
}
