import ClaimCore

/// Calendar arithmetic and TIMEX3 value spelling used by the temporal tagger.
enum Timex {
    /// `value` in decimal, zero-padded to `width`. Built from bytes: values are short, so the string stays inline
    /// and costs no allocation (interpolation would cost far more per match).
    static func digits(_ value: Int, width: Int) -> String {
        var magnitude = value < 0 ? -value : value
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)
        return withUnsafeMutableBytes(of: &scratch) { buffer in
            var end = buffer.count
            repeat {
                end -= 1
                buffer[end] = UInt8(truncatingIfNeeded: 0x30 + magnitude % 10)
                magnitude /= 10
            } while magnitude > 0 && end > 1
            while buffer.count - end < width && end > 1 {
                end -= 1
                buffer[end] = 0x30
            }
            if value < 0 {
                end -= 1
                buffer[end] = UInt8(ascii: "-")
            }
            return String(decoding: UnsafeRawBufferPointer(rebasing: buffer[end...]), as: UTF8.self)
        }
    }

    static func year(_ year: Int) -> String { digits(year, width: 4) }
    static func month(_ year: Int, _ month: Int) -> String { Self.year(year) + "-" + digits(month, width: 2) }
    static func day(_ day: CalendarDay) -> String {
        month(day.year, day.month) + "-" + digits(day.day, width: 2)
    }

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
