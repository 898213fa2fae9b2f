import ClaimCore

/// Calendar dates written out: "January 10, 2022", "10 January", "Jan. 10", "2022-01-10", "1/10/2022",
/// "January 2022", "in January", years, decades and centuries.
extension TemporalParser {
    func matchNumber(_ token: TemporalToken) -> TemporalMatch? {
        if !token.isPlainNumber {
            switch token.lexeme.kind {
            case .pluralSuffix: return matchDecade(token, start: token.start, modifier: nil)
            case .meridiem: return matchClock(token)
            case .ordinalSuffix:
                return matchDayFirst(token) ?? matchCentury(token, start: token.start) ?? matchDayOfMonth(token)
            default: return nil
            }
        }
        // Look at the next token once and try only the patterns it allows.
        let following = next(token)
        switch following.kind {
        case .punctuation where scanner.adjacent(token, following):
            switch following.number {
            case 0x2D:  // "-": "2022-01-10" or "27-year"
                if let date = matchISODate(token) { return date }
                if token.length <= 3, let duration = matchQuantity(token) { return duration }
            case 0x2F:  // "/"
                return matchSlashDate(token)
            case 0x3A:  // ":"
                if let time = matchClock(token) { return time }
            default:
                break
            }
        case .word:
            switch following.lexeme.kind {
            case .month, .monthAbbreviation, .preposition:
                if token.length <= 2, let date = matchDayFirst(token) { return date }
            case .unit, .unitPlural:
                if token.length <= 3, let duration = matchQuantity(token) { return duration }
            case .meridiem, .article:  // "10 am", "10 a.m."
                if let time = matchClock(token) { return time }
            default:
                let first = scanner.byte(at: following.start) | 0x20
                if first == UInt8(ascii: "p"), let time = matchClock(token) { return time }  // "10 p.m."
            }
        default:
            break
        }
        if isYear(token, following: following) { return make(token.start, token.end, .date, Timex.year(token.number)) }
        if isHistoricalYear(token, following: following) {
            return make(token.start, token.end, .date, Timex.year(token.number))
        }
        return nil
    }

    /// "in 1898", "since 1865", "from 1789": a year before 1900 is read as one only right after a preposition of
    /// time ("1850 people", "$1850" stay amounts).
    private func isHistoricalYear(_ token: TemporalToken, following: TemporalToken) -> Bool {
        guard token.length == 4, (1600...1899).contains(token.number), isYear(token, wide: true) else { return false }
        switch following.lexeme.kind {
        case .countNoun, .unit, .unitPlural, .month, .monthAbbreviation, .neutral: return false
        // "in 1850 homes": a lowercase word right after makes the number an amount.
        case .none where following.kind == .word && !following.isCapitalized: return false
        default: break
        }
        let before = previous(token)
        guard before.kind == .word, before.lexeme.kind == .preposition else { return false }
        switch TemporalPreposition(rawValue: before.lexeme.value) {
        case .in?, .since?, .until?, .from?, .before?, .after?, .through?: return true
        default: return false
        }
    }

    /// "January 10", "Jan. 10, 2022", "January 2022", "January of 2009", "June this year", "in January".
    /// `start` is earlier than the month when a modifier ("mid-", "early") came first.
    func matchMonth(_ token: TemporalToken, start: Int, modifier: TimexModifier? = nil) -> TemporalMatch? {
        guard token.isCapitalized else { return nil }
        let month = Int(token.lexeme.value)
        let isAbbreviation = token.lexeme.kind == .monthAbbreviation
        let last = isAbbreviation ? skippingPeriod(token) : token
        let following = next(last)

        if following.kind == .number, following.length <= 2, (1...31).contains(following.number),
           following.isPlainNumber || following.lexeme.kind == .ordinalSuffix,
           // "January 10:30" is not a date, but "scheduled for January 10: officials said" is.
           !(next(following).isPunctuation(":") && isDigit(scanner.byte(at: following.end + 1))) {
            let day = following.number
            if let year = yearAfter(following) {
                guard let date = CalendarDay(year: year.number, month: month, day: day) else { return nil }
                return make(start, year.end, .date, Timex.day(date), modifier, day: date)
            }
            // "Dec. 12 last year", "March 3 next year".
            if let year = relativeYear(after: following) {
                guard let date = CalendarDay(year: year.year, month: month, day: day) else { return nil }
                return make(start, year.end, .date, Timex.day(date), modifier, day: date)
            }
            guard let resolved = resolve(month: month, day: day, start: start, end: following.end) else { return nil }
            return make(start, following.end, .date, resolved.value, modifier, day: resolved.day)
        }

        var yearToken = following
        if following.lexeme.kind == .preposition && following.lexeme.value == TemporalPreposition.of.rawValue {
            yearToken = next(following)
        }
        if isYear(yearToken, wide: true) {
            return make(start, yearToken.end, .date, Timex.month(yearToken.number, month), modifier)
        }
        if let spoken = spokenYear(at: yearToken) {
            return make(start, spoken.end, .date, Timex.month(spoken.year, month), modifier)
        }
        if let year = relativeYear(after: last) {
            return make(start, year.end, .date, Timex.month(year.year, month), modifier)
        }
        // A month on its own must be a full name after a word that introduces it ("in May", "since March"),
        // so that "May" the verb and "April" the name stay untagged.
        guard !isAbbreviation else { return nil }
        if start == token.start && !introducesMonth(previous(token)) { return nil }
        return make(start, token.end, .date, resolve(month: month, start: start, end: token.end), modifier)
    }

    /// "last year", "this year", "next year" right after `token`: that year and where it ends.
    private func relativeYear(after token: TemporalToken) -> (year: Int, end: Int)? {
        let relative = next(token)
        guard relative.kind == .word, relative.lexeme.kind == .relative, let anchorYear = anchor?.year else { return nil }
        let unit = next(relative)
        guard unit.lexeme.kind == .unit, unit.lexeme.value == TimexUnit.year.rawValue,
              let offset = yearOffset(RelativeWord(rawValue: relative.lexeme.value)) else { return nil }
        return (anchorYear + offset, unit.end)
    }

    /// The year written after a day: "10, 2022" or "10 2022".
    private func yearAfter(_ day: TemporalToken) -> TemporalToken? {
        let following = next(day)
        if following.isPunctuation(",") {
            let year = next(following)
            return isYear(year, wide: true) ? year : nil
        }
        return isYear(following, wide: true) ? following : nil
    }

    /// How many years "this/last/next year" is from the anchor's.
    func yearOffset(_ relative: RelativeWord?) -> Int? {
        switch relative {
        case .this?, .current?: 0
        case .last?, .previous?, .past?: -1
        case .next?, .coming?, .following?: 1
        case nil: nil
        }
    }

    private func introducesMonth(_ token: TemporalToken) -> Bool {
        guard token.kind == .word else { return false }
        switch token.lexeme.kind {
        case .preposition, .infinitiveTo, .conjunction, .relative, .edge, .the: return true
        default: return false
        }
    }

    /// "10 January", "10 January 2022", "10th of January".
    func matchDayFirst(_ token: TemporalToken) -> TemporalMatch? {
        guard token.length <= 2, (1...31).contains(token.number) else { return nil }
        var monthToken = next(token)
        if monthToken.lexeme.kind == .preposition && monthToken.lexeme.value == TemporalPreposition.of.rawValue {
            monthToken = next(monthToken)
        }
        guard monthToken.kind == .word, monthToken.isCapitalized,
              monthToken.lexeme.kind == .month || monthToken.lexeme.kind == .monthAbbreviation else { return nil }
        let month = Int(monthToken.lexeme.value)
        let last = monthToken.lexeme.kind == .monthAbbreviation ? skippingPeriod(monthToken) : monthToken
        let following = next(last)
        if isYear(following, wide: true) {
            guard let date = CalendarDay(year: following.number, month: month, day: token.number) else { return nil }
            return make(token.start, following.end, .date, Timex.day(date), day: date)
        }
        if let year = relativeYear(after: last) {
            guard let date = CalendarDay(year: year.year, month: month, day: token.number) else { return nil }
            return make(token.start, year.end, .date, Timex.day(date), day: date)
        }
        guard let resolved = resolve(month: month, day: token.number, start: token.start, end: monthToken.end) else {
            return nil
        }
        return make(token.start, monthToken.end, .date, resolved.value, day: resolved.day)
    }

    /// "2022-01-10".
    private func matchISODate(_ token: TemporalToken) -> TemporalMatch? {
        guard token.length == 4 else { return nil }
        let dash1 = next(token), month = next(dash1), dash2 = next(month), day = next(dash2)
        guard month.isPlainNumber, month.length == 2, dash2.isPunctuation("-"), day.isPlainNumber, day.length == 2,
              scanner.adjacent(dash1, month), scanner.adjacent(month, dash2), scanner.adjacent(dash2, day),
              let date = CalendarDay(year: token.number, month: month.number, day: day.number) else { return nil }
        return make(token.start, day.end, .date, Timex.day(date), day: date)
    }

    /// "1/10/2022" and "7/8/07", read month first as American news does (day first when the first part is > 12).
    private func matchSlashDate(_ token: TemporalToken) -> TemporalMatch? {
        guard token.length <= 2 else { return nil }
        let slash1 = next(token), middle = next(slash1), slash2 = next(middle), last = next(slash2)
        guard middle.isPlainNumber, middle.length <= 2, slash2.isPunctuation("/"), last.isPlainNumber,
              last.length == 2 || last.length == 4,
              scanner.adjacent(slash1, middle), scanner.adjacent(middle, slash2), scanner.adjacent(slash2, last),
              !next(last).isPunctuation("/") else { return nil }
        let year = last.length == 4 ? last.number : (last.number < 50 ? 2000 + last.number : 1900 + last.number)
        let (month, day) = token.number > 12 ? (middle.number, token.number) : (token.number, middle.number)
        guard let date = CalendarDay(year: year, month: month, day: day) else { return nil }
        return make(token.start, last.end, .date, Timex.day(date), day: date)
    }

    /// "1990s" → `199`; "1800s" → `18`.
    func matchDecade(_ token: TemporalToken, start: Int, modifier: TimexModifier?) -> TemporalMatch? {
        guard token.lexeme.kind == .pluralSuffix, token.length == 4, token.end - token.start == 5,
              (1000...2099).contains(token.number), token.number % 10 == 0 else { return nil }
        // The TIMEX3 convention of the TimeBank/AQUAINT annotations: the unknown digits written as X.
        let value = token.number % 100 == 0 ? String(token.number / 100) + "XX" : String(token.number / 10) + "X"
        return make(start, token.end, .date, value, modifier)
    }

    /// "20th century" → `19`.
    func matchCentury(_ token: TemporalToken, start: Int) -> TemporalMatch? {
        let following = next(token)
        guard token.length <= 2, (1...30).contains(token.number), following.lexeme.kind == .unit,
              following.lexeme.value == TimexUnit.century.rawValue else { return nil }
        return make(start, following.end, .date, Timex.digits(token.number - 1, width: 2) + "XX")
    }

    /// "on the 26th", "by the 3rd": a day of the month the story last named (else of the report's month), after a
    /// preposition and "the", with no noun after it ("on the 14th floor", "the 14th amendment" are no dates). A
    /// future clause moves a day already past into the next month, a past one a day still ahead into the last.
    func matchDayOfMonth(_ token: TemporalToken) -> TemporalMatch? {
        guard token.length <= 2, (1...31).contains(token.number) else { return nil }
        let the = previous(token)
        guard the.kind == .word, the.lexeme.kind == .the else { return nil }
        let preposition = previous(the)
        guard preposition.kind == .word, preposition.lexeme.kind == .preposition else { return nil }
        let end = token.end  // the number's token holds its suffix ("26th")
        let following = next(token)
        guard following.kind != .word || following.lexeme.kind == .conjunction || following.lexeme.kind == .clauseStart
        else { return nil }
        let base = narrativeTime.flatMap { $0.month > 0 ? $0 : nil }
            ?? anchor.map { NarrativeTime(year: $0.year, month: $0.month, day: $0.day) }
        guard let base else { return nil }
        var year = base.year, month = base.month
        if base.day > 0 {
            switch tense(of: the.start, end) {
            case .future where token.number < base.day: (year, month) = Timex.shift(year: year, month: month, by: 1)
            case .past where token.number > base.day: (year, month) = Timex.shift(year: year, month: month, by: -1)
            default: break
            }
        }
        guard let day = CalendarDay(year: year, month: month, day: token.number) else { return nil }
        return make(the.start, end, .date, Timex.day(day), day: day)
    }

    /// "fiscal 2009", "fiscal year 2009" → `FY2009`.
    func matchFiscalYear(_ token: TemporalToken) -> TemporalMatch? {
        var year = next(token)
        if year.lexeme.kind == .unit && year.lexeme.value == TimexUnit.year.rawValue { year = next(year) }
        guard isYear(year) else { return nil }
        return make(token.start, year.end, .date, "FY" + Timex.year(year.number))
    }
}
