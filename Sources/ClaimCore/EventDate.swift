/// When an event is said to take place, as precisely as the source says it:
/// `2022`, `2022-01`, `2022-01-10` or `2022-01-10T14:00`.
public struct EventDate: Hashable, Sendable, Comparable, LosslessStringConvertible {
    public enum Precision: String, Hashable, Sendable, Comparable {
        case year, month, day, minute

        private var rank: Int {
            switch self {
            case .year: 0
            case .month: 1
            case .day: 2
            case .minute: 3
            }
        }

        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rank < rhs.rank }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?
    public let hour: Int?
    public let minute: Int?

    public init(year: Int) {
        self.year = year
        month = nil; day = nil; hour = nil; minute = nil
    }

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
        day = nil; hour = nil; minute = nil
    }

    public init(_ day: CalendarDay, hour: Int? = nil, minute: Int? = nil) {
        year = day.year
        month = day.month
        self.day = day.day
        if let hour, (0...23).contains(hour) {
            self.hour = hour
            self.minute = minute.flatMap { (0...59).contains($0) ? $0 : nil } ?? 0
        } else {
            self.hour = nil
            self.minute = nil
        }
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` (seconds and a `Z` are accepted and dropped).
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        switch bytes.count {
        case 4:
            guard let year = parseDigits(bytes[0..<4]) else { return nil }
            self.init(year: year)
        case 7:
            guard bytes[4] == UInt8(ascii: "-"), let year = parseDigits(bytes[0..<4]),
                  let month = parseDigits(bytes[5..<7]) else { return nil }
            self.init(year: year, month: month)
        case 10:
            guard let day = CalendarDay(text) else { return nil }
            self.init(day)
        case 16...20:
            guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), bytes[13] == UInt8(ascii: ":"),
                  let day = CalendarDay(String(decoding: bytes[0..<10], as: UTF8.self)),
                  let hour = parseDigits(bytes[11..<13]), let minute = parseDigits(bytes[14..<16]),
                  hour < 24, minute < 60
            else { return nil }
            let rest = bytes[16...]
            let validRest = rest.isEmpty || rest.elementsEqual("Z".utf8)
                || (rest.count >= 3 && rest.first == UInt8(ascii: ":") && parseDigits(rest.dropFirst().prefix(2)) != nil
                    && (rest.count == 3 || rest.dropFirst(3).elementsEqual("Z".utf8)))
            guard validRest else { return nil }
            self.init(day, hour: hour, minute: minute)
        default:
            return nil
        }
    }

    public var precision: Precision {
        if hour != nil { return .minute }
        if day != nil { return .day }
        if month != nil { return .month }
        return .year
    }

    public var description: String {
        var text = pad(year, 4)
        if let month { text += "-" + pad(month, 2) }
        if let day { text += "-" + pad(day, 2) }
        if let hour, let minute { text += "T" + pad(hour, 2) + ":" + pad(minute, 2) }
        return text
    }

    /// The first day the date covers.
    public var firstDay: CalendarDay {
        CalendarDay(year: year, month: month ?? 1, day: day ?? 1)!
    }

    /// The last day the date covers: an event "in January 2022" is not overdue until February.
    public var lastDay: CalendarDay {
        let month = month ?? 12
        return CalendarDay(year: year, month: month, day: day ?? CalendarDay.daysIn(month: month, year: year))!
    }

    /// The day itself when the date names one day.
    public var calendarDay: CalendarDay? {
        guard let month, let day else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    /// True when every moment of `other` lies within `self` (a month contains its days).
    public func contains(_ other: EventDate) -> Bool {
        firstDay <= other.firstDay && other.lastDay <= lastDay && (precision <= other.precision)
            && (hour == nil || (hour == other.hour && minute == other.minute))
    }

    /// True when one date contains the other: "January" and "January 10" may speak of the same event.
    public func overlaps(_ other: EventDate) -> Bool { contains(other) || other.contains(self) }

    /// Whether an event due on this date (a month or a day) may have moved to `other` without
    /// anyone saying so ("now set for March 6"; "docked on Wednesday", three days late): another
    /// day, named to the day, within half a year. A year, or a move by years, is another event.
    public func mayHaveMoved(to other: EventDate) -> Bool {
        guard month != nil, let newDay = other.calendarDay, !overlaps(other), calendarDay != newDay else { return false }
        return abs(newDay.dayNumber - firstDay.dayNumber) <= 183
    }

    /// Ordered by first day, then coarser before finer, so reports list "soonest first" stably.
    public static func < (lhs: EventDate, rhs: EventDate) -> Bool {
        if lhs.firstDay != rhs.firstDay { return lhs.firstDay < rhs.firstDay }
        if lhs.precision != rhs.precision { return lhs.precision < rhs.precision }
        return (lhs.hour ?? 0, lhs.minute ?? 0) < (rhs.hour ?? 0, rhs.minute ?? 0)
    }
}
