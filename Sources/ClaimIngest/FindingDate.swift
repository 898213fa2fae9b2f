import ClaimCore

extension EventDate {
    /// The date of a finding's TIMEX3 value: what `EventDate` parses, and a day with a part of it
    /// (`2010-07-16TMO` for "Friday morning"; `TAF`, `TEV`, `TNI`, `TDT`) as that day.
    static func ofFinding(_ value: String) -> EventDate? {
        if let date = EventDate(value) { return date }
        let parts: Set<String> = ["TMO", "TAF", "TEV", "TNI", "TDT"]
        guard value.utf8.count == 13, parts.contains(String(value.suffix(3))),
              let day = CalendarDay(String(value.prefix(10))) else { return nil }
        return EventDate(day)
    }
}
