import ClaimCore

/// One expression the parser recognized, before its text is copied out.
struct TemporalMatch {
    var start: Int
    var end: Int
    var type: TemporalType
    var value: String
    var modifier: TimexModifier?
    /// The day the expression names, when it names one: times later in the sentence hang off it.
    var day: CalendarDay?
}

/// Recognizes one temporal expression starting at a given token and normalizes it against the anchor.
///
/// Each `match…` function reads tokens forward from where it starts and returns the longest expression it
/// can build, or nil. None of them allocates unless it returns a match.
struct TemporalParser {
    let scanner: TemporalScanner
    /// The publication date; nil means relative expressions get values with `X` placeholders.
    let anchor: CalendarDay?
    /// The last day named in the current sentence ("Tuesday … at 18:00 UTC"), else the anchor.
    var referenceDay: CalendarDay? = nil
    /// The last time the text named, down to the day when it named one ("in June 1998", "on Oct. 23"): what "later
    /// that year", "the following month" and "the next day" count from. Kept across sentences.
    var narrativeTime: NarrativeTime? = nil

    /// A year, with a month and a day when they are known (0 when not).
    struct NarrativeTime {
        var year: Int
        var month: Int
        var day: Int

        init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        /// The time a value names: `1998`, `1998-06`, `1998-06-10T14:00`; nil for values that name no year.
        init?(value: String) {
            // Read in place: this runs for every expression found, and an array here cost an allocation each.
            var digits: (Int, Int, Int, Int, Int, Int, Int, Int, Int, Int) = (-1, -1, -1, -1, -1, -1, -1, -1, -1, -1)
            var index = 0
            for byte in value.utf8 {
                let digit = byte &- 0x30 < 10 ? Int(byte &- 0x30) : (byte == UInt8(ascii: "-") ? -2 : -1)
                switch index {
                case 0: digits.0 = digit
                case 1: digits.1 = digit
                case 2: digits.2 = digit
                case 3: digits.3 = digit
                case 4: digits.4 = digit
                case 5: digits.5 = digit
                case 6: digits.6 = digit
                case 7: digits.7 = digit
                case 8: digits.8 = digit
                case 9: digits.9 = digit
                default: break
                }
                index += 1
                if index == 10 { break }
            }
            guard digits.0 >= 0, digits.1 >= 0, digits.2 >= 0, digits.3 >= 0 else { return nil }
            year = digits.0 * 1000 + digits.1 * 100 + digits.2 * 10 + digits.3
            month = 0
            day = 0
            if digits.4 == -2, digits.5 >= 0, digits.6 >= 0 {
                month = digits.5 * 10 + digits.6
                if digits.7 == -2, digits.8 >= 0, digits.9 >= 0 { day = digits.8 * 10 + digits.9 }
            }
            guard (1...12).contains(month) || month == 0 else { return nil }
        }
    }

    /// The expression starting at `token`, if there is one.
    func match(at token: TemporalToken) -> TemporalMatch? {
        switch token.kind {
        case .number:
            return matchNumber(token)
        case .word:
            switch token.lexeme.kind {
            case .month, .monthAbbreviation: return matchMonth(token, start: token.start)
            case .weekday: return matchWeekday(token, start: token.start, modifier: nil)
            case .weekdayPlural: return matchWeekdaySet(token)
            case .deictic: return matchDeictic(token)
            case .reference: return matchReference(token, start: token.start)
            case .moreMost: return matchMoreRecently(token)
            case .relative: return matchRelative(token, start: token.start, hasThe: false)
            case .edge: return matchEdge(token)
            case .boundaryNoun: return matchBoundary(token, start: token.start)
            case .the: return matchThe(token)
            case .article, .numberWord, .vague: return matchQuantity(token)
            case .earlierLater: return matchEarlierLater(token)
            case .clauseStart: return matchThatYear(token)
            case .every: return matchEvery(token)
            case .frequency: return matchFrequency(token)
            case .quarterCode, .halfCode: return matchPeriodCode(token, start: token.start)
            case .ordinalWord: return matchOrdinalPeriod(token, start: token.start)
            case .season: return matchSeason(token, start: token.start, relative: nil)
            case .clockWord: return matchClockWord(token)
            case .fiscal: return matchFiscalYear(token)
            case .holiday: return matchHoliday(token)
            case .preposition where token.lexeme.value == TemporalPreposition.in.rawValue: return matchInFuture(token)
            default: return nil
            }
        default:
            return nil
        }
    }

    // MARK: - TemporalToken helpers

    func next(_ token: TemporalToken) -> TemporalToken { scanner.token(at: token.end) }

    func previous(_ token: TemporalToken) -> TemporalToken { scanner.token(before: token.start) }

    /// The token after `token`, stepping over a `.` written right after it ("Jan.", "Sept.").
    func skippingPeriod(_ token: TemporalToken) -> TemporalToken {
        let following = next(token)
        return following.isPunctuation(".") && scanner.adjacent(token, following) ? following : token
    }

    /// A four-digit number that reads as a year: 1900–2099 unless `wide` (after a month, 1000–2999), not part of
    /// a bigger number or an amount ("$2000", "2,009", "2000 people", "2009%").
    func isYear(_ token: TemporalToken, wide: Bool = false, following: TemporalToken? = nil) -> Bool {
        guard token.isPlainNumber, token.length == 4 else { return false }
        let range = wide ? 1000...2999 : 1900...2099
        guard range.contains(token.number) else { return false }
        let before = scanner.byte(at: token.start - 1)
        if before == UInt8(ascii: "$") || before == UInt8(ascii: "#") || before == 0xA3 || before == 0xAC { return false }
        if (before == UInt8(ascii: ",") || before == UInt8(ascii: ".")) && isDigit(scanner.byte(at: token.start - 2)) {
            return false
        }
        let after = scanner.byte(at: token.end)
        if after == UInt8(ascii: "%") { return false }
        if (after == UInt8(ascii: ",") || after == UInt8(ascii: ".") || after == UInt8(ascii: ":"))
            && isDigit(scanner.byte(at: token.end + 1)) {
            return false
        }
        if wide { return true }
        return (following ?? next(token)).lexeme.kind != .countNoun
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    func make(_ start: Int, _ end: Int, _ type: TemporalType, _ value: String, _ modifier: TimexModifier? = nil,
              day: CalendarDay? = nil) -> TemporalMatch {
        TemporalMatch(start: start, end: end, type: type, value: value, modifier: modifier, day: day)
    }

    func tense(of start: Int, _ end: Int) -> ClauseTense { tense(before: start, after: end) }

    // MARK: - Resolution against the anchor

    /// A month and day with no year: the year comes from the tense, else the nearest date to the anchor.
    func resolve(month: Int, day: Int, start: Int, end: Int) -> (value: String, day: CalendarDay?)? {
        guard let anchor else {
            guard day <= 31 else { return nil }
            return ("XXXX-" + Timex.digits(month, width: 2) + "-" + Timex.digits(day, width: 2), nil)
        }
        // February 29 in a common year is compared as the 28th; the final check below rejects impossible days.
        guard let sameYear = CalendarDay(year: anchor.year, month: month, day: day)
            ?? CalendarDay(year: anchor.year, month: month, day: 28), day <= 31 else { return nil }
        let year = sameYear.year + yearShift(offset: anchor.days(until: sameYear), halfYear: 183,
                                               pastMargin: Self.scheduledDayMargin, start: start, end: end)
        guard let resolved = CalendarDay(year: year, month: month, day: day) else { return nil }
        return (Timex.day(resolved), resolved)
    }

    /// -1, 0 or +1: how many years a time of the anchor's year, `offset` units (days, months, quarters …)
    /// from the anchor, moves once the tense is read ("met on December 7" in January is last year's; "will
    /// meet on January 10" in December is next year's); with no tense, the nearer of the two, where
    /// `halfYear` is half a year in those units.
    ///
    /// Within `pastMargin` units ahead of the anchor a past tense does not move the year back, and within
    /// `futureMargin` units behind it a future tense does not move it on: a past-tense sentence about a date a few
    /// weeks ahead is about a scheduled event ("a June 3 hearing was set", "the offer was extended to Nov. 20",
    /// published in May or November), and "expects to report third-quarter profit" in November is about this
    /// year's third quarter. With no tense, a period further back than half a year is next year's only when
    /// `unknownLooksAhead`.
    func yearShift(offset: Int, halfYear: Int, pastMargin: Int = 0, futureMargin: Int = 0,
                   unknownLooksAhead: Bool = true, start: Int, end: Int) -> Int {
        switch tense(of: start, end) {
        case .past where offset > pastMargin: -1
        case .future where offset < -futureMargin: 1
        case .unknown where offset > halfYear: -1
        case .unknown where offset < -halfYear && unknownLooksAhead: 1
        default: 0
        }
    }

    /// How many days ahead of the anchor a date with no year stays in the anchor's year in a past-tense sentence: about
    /// a quarter of a year, the horizon of most scheduled events ("was extended to Nov. 20", "a hearing was set for
    /// June 3"). (A future tense moves any date already past to next year: "will return on December 27" in a report
    /// of December 28.)
    static let scheduledDayMargin = 92

    /// A month with no year, chosen like `resolve(month:day:…)` at month granularity.
    func resolve(month: Int, start: Int, end: Int) -> String {
        guard let anchor else { return "XXXX-" + Timex.digits(month, width: 2) }
        // Next month in a past-tense sentence is a deadline or a plan ("gave the bidder until mid-November"), not
        // last year's month.
        let year = anchor.year + yearShift(offset: month - anchor.month, halfYear: 6, pastMargin: 1, start: start, end: end)
        return Timex.month(year, month)
    }

    /// The year of a period (quarter, half, season) numbered `index` of `count` per year, from the tense.
    func resolveYear(ofPeriod index: Int, current: Int, count: Int, start: Int, end: Int) -> String {
        guard let anchor else { return "XXXX" }
        // `count` is 2 (halves) or 4 (quarters, seasons), so half a year is a whole number of periods.
        // Last quarter's results are reported in this one: "expects to report third-quarter profit" in November is
        // about this year's third quarter, so only a period two or more back is next year's in a future sentence.
        // With no tense, an earlier period of the year is this year's ("the first quarter" in October), not next.
        return Timex.year(anchor.year + yearShift(offset: index - current, halfYear: count / 2, futureMargin: 1,
                                                  unknownLooksAhead: false, start: start, end: end))
    }

    /// A weekday: "announced Monday" is the last one (today included), "will meet Monday" the next one;
    /// with no tense cue, the nearest one, as TempEval annotators did (a present tense is a schedule: "pre-orders
    /// open on Friday").
    func resolve(weekday: Int, start: Int, end: Int, relative: RelativeWord? = nil) -> (value: String, day: CalendarDay?) {
        guard let anchor else { return ("XXXX-WXX-" + String(weekday), nil) }
        let ahead = (weekday - anchor.isoWeekday + 7) % 7   // 0…6 days forward
        let behind = (anchor.isoWeekday - weekday + 7) % 7  // 0…6 days back
        let offset: Int
        switch relative {
        case .last?, .previous?, .past?: offset = -(behind == 0 ? 7 : behind)
        case .next?, .coming?, .following?: offset = ahead == 0 ? 7 : ahead
        default:
            if isPossessive(end) {
                // "Wednesday's ruling", "Friday's close": an event the story reports, so the last one (today
                // included), whatever the clause's tense ("will appeal Wednesday's ruling"); "ahead of Friday's
                // vote" is still to come.
                offset = isAheadOf(start) ? ahead : -behind
            } else {
                switch tense(of: start, end) {
                case .past: offset = -behind
                // A wire story dated Monday that says "will land on Monday" means that same day.
                case .future: offset = ahead
                case .unknown: offset = ahead <= 3 ? ahead : -behind
                }
            }
        }
        let day = anchor.adding(days: offset)
        return (Timex.day(day), day)
    }

    /// Whether "ahead of" comes right before `start`.
    private func isAheadOf(_ start: Int) -> Bool {
        let of = scanner.token(before: start)
        guard of.kind == .word, of.lexeme.kind == .preposition, of.lexeme.value == TemporalPreposition.of.rawValue
        else { return false }
        let ahead = scanner.token(before: of.start)
        guard ahead.kind == .word, ahead.length == 5 else { return false }
        let word: [UInt8] = Array("ahead".utf8)
        return (0..<5).allSatisfy { scanner.byte(at: ahead.start + $0) | 0x20 == word[$0] }
    }

    /// Whether "'s" (or "’s") follows at `end`.
    func isPossessive(_ end: Int) -> Bool {
        let first = scanner.byte(at: end)
        if first == UInt8(ascii: "'") { return scanner.byte(at: end + 1) == UInt8(ascii: "s") }
        return first == 0xE2 && scanner.byte(at: end + 1) == 0x80 && scanner.byte(at: end + 2) == 0x99
            && scanner.byte(at: end + 3) == UInt8(ascii: "s")
    }

    /// The anchor shifted by a number of units, spelled at that unit's granularity ("two weeks ago" → a week).
    func shiftedAnchor(by amount: Int, _ unit: TimexUnit) -> String? {
        guard let anchor else {
            switch unit {
            case .minute, .hour, .day: return "XXXX-XX-XX"
            case .week, .weekend, .fortnight: return "XXXX-WXX"
            case .month, .quarter: return "XXXX-XX"
            case .year, .decade, .century: return "XXXX"
            }
        }
        switch unit {
        case .minute, .hour: return Timex.day(anchor)
        case .day: return Timex.day(anchor.adding(days: amount))
        case .week, .weekend: return Timex.week(of: anchor.adding(days: 7 * amount))
        case .fortnight: return Timex.week(of: anchor.adding(days: 14 * amount))
        case .month:
            let shifted = Timex.shift(year: anchor.year, month: anchor.month, by: amount)
            return Timex.month(shifted.year, shifted.month)
        case .quarter:
            let shifted = Timex.shift(year: anchor.year, month: anchor.month, by: 3 * amount)
            return Timex.year(shifted.year) + "-Q" + String(Timex.quarter(ofMonth: shifted.month))
        case .year: return Timex.year(anchor.year + amount)
        case .decade: return String((anchor.year + 10 * amount) / 10)
        case .century: return String((anchor.year + 100 * amount) / 100)
        }
    }
}
