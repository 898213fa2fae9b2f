import ClaimCore
import TextKernel

/// Calendar arithmetic and TIMEX3 value spelling used by the temporal tagger.
enum Timex {
    /// `value` in decimal, zero-padded to `width`.
    static func digits(_ value: Int, width: Int) -> String {
        var spelling = TimexSpelling()
        spelling.append(value, width: width)
        return spelling.string
    }

    static func year(_ year: Int) -> String { digits(year, width: 4) }

    static func month(_ year: Int, _ month: Int) -> String {
        var spelling = TimexSpelling()
        spelling.append(year: year, month: month)
        return spelling.string
    }

    static func day(_ day: CalendarDay) -> String {
        var spelling = TimexSpelling()
        spelling.append(day)
        return spelling.string
    }

    static func week(of day: CalendarDay) -> String {
        let (year, week) = isoWeek(of: day)
        var spelling = TimexSpelling()
        spelling.append(year, width: 4)
        spelling.append("-W")
        spelling.append(week, width: 2)
        return spelling.string
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
}

/// Which way the text around an expression points, read from verbs and cue words near it.
enum ClauseTense {
    case past, future, unknown
}

extension CalendarDay {
    /// ISO weekday, Monday = 1 … Sunday = 7.
    var isoWeekday: Int { weekday + 1 }
}

/// A TIMEX3 value spelled byte by byte into a fixed buffer and made into a `String` once, at the end.
/// Concatenating the pieces as strings ("2022" + "-" + "01" …) cost more than finding the expression did.
struct TimexSpelling {
    /// Room for the longest value the tagger spells ("2022-01-10T10:30Z" is 17 bytes).
    private static let capacity = InlineBytes.capacity
    private var storage = InlineBytes()
    private var count = 0

    var string: String { storage.string(count: count) }

    mutating func append(_ byte: UInt8) {
        guard count < Self.capacity else { return }
        storage[count] = byte
        count += 1
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { for byte in $0 { append(byte) } }
    }

    mutating func append(contentsOf text: String) {
        for byte in text.utf8 { append(byte) }
    }

    /// `value` in decimal, zero-padded to `width` digits; a minus sign goes before the padding ("-05").
    mutating func append(_ value: Int, width: Int) {
        // Months, days, hours and minutes (two digits) and years (four) make most values: written without measuring
        // the number first, at a third of the cost.
        if width == 2 && UInt(bitPattern: value) < 100 && count + 2 <= Self.capacity {
            let start = count
            storage[start] = 0x30 | UInt8(truncatingIfNeeded: value / 10)
            storage[start + 1] = 0x30 | UInt8(truncatingIfNeeded: value % 10)
            count = start + 2
            return
        }
        if width == 4 && UInt(bitPattern: value) < 10_000 && count + 4 <= Self.capacity {
            let start = count
            storage[start] = 0x30 | UInt8(truncatingIfNeeded: value / 1000)
            storage[start + 1] = 0x30 | UInt8(truncatingIfNeeded: value / 100 % 10)
            storage[start + 2] = 0x30 | UInt8(truncatingIfNeeded: value / 10 % 10)
            storage[start + 3] = 0x30 | UInt8(truncatingIfNeeded: value % 10)
            count = start + 4
            return
        }
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let length = max(width, Self.decimalDigitCount(magnitude))
        let start = count
        guard start + length <= Self.capacity else { return appendByteByByte(magnitude, width: width) }
        // Written in place from the last digit back; the padding zeros come out of the same loop, with no second
        // buffer to reverse the digits through.
        var index = start + length
        while index > start {
            index -= 1
            storage[index] = 0x30 | UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        }
        count = start + length
    }

    /// How many decimal digits `value` has (one for zero).
    private static func decimalDigitCount(_ value: UInt) -> Int {
        var count = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        return count
    }

    /// `append(_:width:)` where the digits may not all fit: as many as fit, from the first.
    private mutating func appendByteByByte(_ magnitude: UInt, width: Int) {
        var magnitude = magnitude
        var reversed = InlineBytes()
        var digitCount = 0
        repeat {
            reversed[digitCount] = UInt8(truncatingIfNeeded: 0x30 &+ magnitude % 10)
            magnitude /= 10
            digitCount += 1
        } while magnitude > 0
        for _ in digitCount..<max(width, digitCount) { append(0x30) }
        for index in stride(from: digitCount - 1, through: 0, by: -1) { append(reversed[index]) }
    }

    /// `2022-01`.
    mutating func append(year: Int, month: Int) {
        append(year, width: 4)
        append(UInt8(ascii: "-"))
        append(month, width: 2)
    }

    /// `2022-01-10`.
    mutating func append(_ day: CalendarDay) {
        append(year: day.year, month: day.month)
        append(UInt8(ascii: "-"))
        append(day.day, width: 2)
    }
}
