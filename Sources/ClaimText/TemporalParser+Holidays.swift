import ClaimCore

/// Holidays news copy dates events by: "after Christmas", "on Christmas Eve", "by New Year's Day", "before
/// Easter", "Thanksgiving 2021". The year is the one written after the holiday, else chosen from the tense
/// as for "January 10": "talks will resume after Christmas" in a March article is next December's.
extension TemporalParser {
    /// Where a holiday falls: the same day every year, or a day worked out for the year.
    private enum HolidayDate {
        case fixed(month: Int, day: Int)
        case computed((Int) -> CalendarDay?)

        func day(in year: Int) -> CalendarDay? {
            switch self {
            case .fixed(let month, let day): CalendarDay(year: year, month: month, day: day)
            case .computed(let dayIn): dayIn(year)
            }
        }
    }

    /// A holiday, or "Easter week", "Christmas week": the week the holiday falls in.
    func matchHoliday(_ token: TemporalToken) -> TemporalMatch? {
        guard let holiday = matchHolidayDay(token) else { return nil }
        let week = scanner.token(at: holiday.end)
        guard let day = holiday.day, week.kind == .word, week.lexeme.kind == .unit,
              week.lexeme.value == TimexUnit.week.rawValue else { return holiday }
        return make(holiday.start, week.end, .date, Timex.week(of: day), day: day)
    }

    private func matchHolidayDay(_ token: TemporalToken) -> TemporalMatch? {
        guard token.isCapitalized, let holiday = Holiday(rawValue: token.lexeme.value) else { return nil }
        var last = token
        let date: HolidayDate
        switch holiday {
        case .christmas:
            let following = next(token)
            if isCapitalizedWord(following, "eve") {
                last = following
                date = .fixed(month: 12, day: 24)
            } else {
                if isCapitalizedWord(following, "day") { last = following }
                date = .fixed(month: 12, day: 25)
            }
        case .boxingDay:
            guard let day = capitalizedWord(after: token, "day") else { return nil }
            last = day
            date = .fixed(month: 12, day: 26)
        case .newYear:
            // "New Year's Day", "New Year's Eve"; "the New Year holidays" names no one day.
            let year = next(token)
            guard isCapitalizedWord(year, "year"), let possessive = afterPossessive(year) else { return nil }
            let day = scanner.token(at: possessive)
            if isCapitalizedWord(day, "day") {
                date = .fixed(month: 1, day: 1)
            } else if isCapitalizedWord(day, "eve") {
                date = .fixed(month: 12, day: 31)
            } else {
                return nil
            }
            last = day
        case .valentine:
            guard let possessive = afterPossessive(token) else { return nil }
            let day = scanner.token(at: possessive)
            guard isCapitalizedWord(day, "day") else { return nil }
            last = day
            date = .fixed(month: 2, day: 14)
        case .halloween:
            date = .fixed(month: 10, day: 31)
        case .thanksgiving:
            if let day = capitalizedWord(after: token, "day") { last = day }
            date = .computed(TemporalParser.thanksgiving(in:))
        case .easter:
            // "Easter Sunday" is Easter; "Easter Monday" the day after.
            let following = next(token)
            if following.lexeme.kind == .weekday, following.isCapitalized, following.lexeme.value == 1 {
                last = following
                date = .computed { TemporalParser.easter(in: $0)?.adding(days: 1) }
            } else {
                if following.lexeme.kind == .weekday, following.isCapitalized, following.lexeme.value == 7 { last = following }
                date = .computed(TemporalParser.easter(in:))
            }
        }
        let yearToken = next(last)
        if isYear(yearToken, wide: true), let day = date.day(in: yearToken.number) {
            return make(token.start, yearToken.end, .date, Timex.day(day), day: day)
        }
        switch date {
        case .fixed(let month, let day):
            guard let resolved = resolve(month: month, day: day, start: token.start, end: last.end) else { return nil }
            return make(token.start, last.end, .date, resolved.value, day: resolved.day)
        case .computed:
            // Without a publication date there is no year to work the day out for.
            guard let anchor else { return make(token.start, last.end, .date, "XXXX-XX-XX") }
            guard let sameYear = date.day(in: anchor.year) else { return nil }
            let shift = yearShift(offset: anchor.days(until: sameYear), halfYear: 183, pastMargin: Self.scheduledDayMargin,
                                  start: token.start, end: last.end)
            guard let day = date.day(in: anchor.year + shift) else { return nil }
            return make(token.start, last.end, .date, Timex.day(day), day: day)
        }
    }

    /// Easter Sunday of a Gregorian year (the anonymous Gregorian computus).
    static func easter(in year: Int) -> CalendarDay? {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)
    }

    /// US Thanksgiving: the fourth Thursday of November.
    static func thanksgiving(in year: Int) -> CalendarDay? {
        guard let first = CalendarDay(year: year, month: 11, day: 1) else { return nil }
        let firstThursday = 1 + (3 - first.weekday + 7) % 7  // `weekday`: 0 = Monday, so Thursday = 3
        return CalendarDay(year: year, month: 11, day: firstThursday + 21)
    }

    /// The word after `token` when it is the capitalized `word`.
    private func capitalizedWord(after token: TemporalToken, _ word: StaticString) -> TemporalToken? {
        let following = next(token)
        return isCapitalizedWord(following, word) ? following : nil
    }

    /// Whether `token` is `word` (lowercase ASCII) written with a capital: "Eve", "Day", "Year".
    private func isCapitalizedWord(_ token: TemporalToken, _ word: StaticString) -> Bool {
        guard token.kind == .word, token.isCapitalized, token.end - token.start == word.utf8CodeUnitCount else { return false }
        let letters = word.utf8Start
        for offset in 0..<word.utf8CodeUnitCount where scanner.byte(at: token.start + offset) | 0x20 != letters[offset] {
            return false
        }
        return true
    }

    /// Where the text goes on after a possessive `'s` or `’s` written right after `token`, or nil.
    private func afterPossessive(_ token: TemporalToken) -> Int? {
        let at = token.end
        if scanner.byte(at: at) == UInt8(ascii: "'"), scanner.byte(at: at + 1) | 0x20 == UInt8(ascii: "s") { return at + 2 }
        if scanner.byte(at: at) == 0xE2, scanner.byte(at: at + 1) == 0x80, scanner.byte(at: at + 2) == 0x99,
           scanner.byte(at: at + 3) | 0x20 == UInt8(ascii: "s") {
            return at + 4
        }
        return nil
    }
}
