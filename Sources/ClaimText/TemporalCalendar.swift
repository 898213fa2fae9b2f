import ClaimCore

/// Calendar arithmetic and TIMEX3 value spelling used by the temporal tagger.
enum Timex {
    static func digits(_ value: Int, width: Int) -> String {
        let text = String(value)
        let count = text.utf8.count
        return count >= width ? text : String(repeating: "0", count: width - count) + text
    }

    static func year(_ year: Int) -> String { digits(year, width: 4) }
    static func month(_ year: Int, _ month: Int) -> String { Self.year(year) + "-" + digits(month, width: 2) }
    static func day(_ day: CalendarDay) -> String { day.description }

    static func week(of day: CalendarDay) -> String {
        let (year, week) = isoWeek(of: day)
        return Self.year(year) + "-W" + digits(week, width: 2)
    }

    /// ISO 8601 week-numbering year and week of a day (the week belongs to the year of its Thursday).
    static func isoWeek(of day: CalendarDay) -> (year: Int, week: Int) {
        let thursday = day.adding(days: 3 - day.weekday)
        let firstOfYear = CalendarDay(year: thursday.year, month: 1, day: 1)!
        return (thursday.year, firstOfYear.days(until: thursday) / 7 + 1)
    }

    /// A month shifted by `count` months (negative goes back).
    static func shift(year: Int, month: Int, by count: Int) -> (year: Int, month: Int) {
        let index = year * 12 + (month - 1) + count
        let shiftedYear = index >= 0 ? index / 12 : (index - 11) / 12
        return (shiftedYear, index - shiftedYear * 12 + 1)
    }

    static func quarter(ofMonth month: Int) -> Int { (month - 1) / 3 + 1 }

    /// Signed distance in months from (year, month) to the anchor's month.
    static func monthsBetween(_ anchor: CalendarDay, year: Int, month: Int) -> Int {
        (year * 12 + month) - (anchor.year * 12 + anchor.month)
    }
}

/// Which way the text around an expression points, read from verbs and cue words near it.
enum ClauseTense {
    case past, future, unknown
}

extension CalendarDay {
    /// ISO weekday, Monday = 1 … Sunday = 7.
    var isoWeekday: Int { weekday + 1 }
}
