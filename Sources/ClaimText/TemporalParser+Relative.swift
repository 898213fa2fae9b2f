import ClaimCore

/// Expressions resolved against the publication date: weekdays, "today", "last week", "this summer",
/// "mid-December", "the end of the year", quarters and halves, PRESENT_REF and friends.
extension TemporalParser {
    /// "Monday", "Monday morning", "Monday, January 10, 2022".
    func matchWeekday(_ token: TemporalToken, start: Int, modifier: TimexModifier?, relative: RelativeWord? = nil) -> TemporalMatch? {
        guard token.isCapitalized else { return nil }
        let following = next(token)
        // "Monday, January 10", "Friday Oct. 13".
        let month = following.isPunctuation(",") ? next(following) : following
        if month.kind == .word, month.lexeme.kind == .month || month.lexeme.kind == .monthAbbreviation,
           var date = matchMonth(month, start: start, modifier: modifier), let day = date.day {
            let weekday = Int(token.lexeme.value)
            if day.isoWeekday != weekday, !hasWrittenYear(month.start, date.end),
               let matching = nearestYear(of: day, withWeekday: weekday) {
                date.value = Timex.day(matching)
                date.day = matching
            }
            return date
        }
        // "Saturday night's captures" is as possessive as "Saturday's": the last one.
        let isPartOfDay = following.lexeme.kind == .partOfDay && following.kind == .word
        let end = isPartOfDay && isPossessive(following.end) ? following.end : token.end
        let weekday = Int(token.lexeme.value)
        // The weekday after a bracketed time ("at 10:35 a.m. (0735 GMT) Friday") is the day that time took.
        let isAfterBracketedTime = previous(token).isPunctuation(")") && referenceDay != anchor
        let resolved = relative == nil && isAfterBracketedTime && referenceDay?.isoWeekday == weekday
            ? (value: referenceDay.map(Timex.day) ?? "", day: referenceDay)
            : resolve(weekday: weekday, start: start, end: end, relative: relative)
        if following.lexeme.kind == .partOfDay, let part = TimexPartOfDay(rawValue: following.lexeme.value) {
            // "Friday night" is annotated as the day in wire copy (the night runs into the next one).
            if part == .night { return make(start, following.end, .date, resolved.value, modifier, day: resolved.day) }
            return make(start, following.end, .time, resolved.value + "T" + part.timex, modifier, day: resolved.day)
        }
        return make(start, token.end, .date, resolved.value, modifier, day: resolved.day)
    }

    /// Whether a four-digit number stands in `start..<end` ("January 10, 2022"), so that the year was written.
    private func hasWrittenYear(_ start: Int, _ end: Int) -> Bool {
        var run = 0
        for index in start..<end {
            run = isDigit(scanner.byte(at: index)) ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// A weekday that contradicts a date with no written year is evidence of the year: "Saturday, April 25" is in
    /// the year nearest the anchor in which April 25 is a Saturday (one year on either side of the year read from
    /// the tense), or nil when no such year is near.
    private func nearestYear(of day: CalendarDay, withWeekday weekday: Int) -> CalendarDay? {
        let reference = anchor ?? day
        var best: CalendarDay?
        for year in [day.year - 1, day.year + 1, day.year - 2, day.year + 2] {
            guard let candidate = CalendarDay(year: year, month: day.month, day: day.day),
                  candidate.isoWeekday == weekday else { continue }
            if best == nil || abs(reference.days(until: candidate)) < abs(reference.days(until: best!)) {
                best = candidate
            }
        }
        return best
    }

    /// "today", "tonight", "yesterday morning", "tomorrow".
    func matchDeictic(_ token: TemporalToken) -> TemporalMatch? {
        // "USA Today" is a newspaper.
        if token.isCapitalized {
            let before = previous(token)
            if before.kind == .word && before.isCapitalized && before.lexeme.kind == .none { return nil }
        }
        guard let deictic = DeicticWord(rawValue: token.lexeme.value) else { return nil }
        let offset: Int
        switch deictic {
        case .today, .tonight: offset = 0
        case .yesterday: offset = -1
        case .tomorrow: offset = 1
        }
        let day = anchor?.adding(days: offset)
        let value = day.map(Timex.day) ?? "XXXX-XX-XX"
        if deictic == .tonight { return make(token.start, token.end, .time, value + "TNI", day: day) }
        let following = next(token)
        if following.lexeme.kind == .partOfDay, let part = TimexPartOfDay(rawValue: following.lexeme.value) {
            return make(token.start, following.end, .time, value + "T" + part.timex, day: day)
        }
        return make(token.start, token.end, .date, value, day: day)
    }

    /// "now", "currently" → PRESENT_REF; "recently" → PAST_REF; "soon" → FUTURE_REF.
    func matchReference(_ token: TemporalToken, start: Int) -> TemporalMatch? {
        let following = next(token)
        // "now-defunct", "now-cancelled" are adjectives.
        if following.isPunctuation("-") && scanner.adjacent(token, following) { return nil }
        switch token.lexeme.value {
        case 0: return make(start, token.end, .date, "PRESENT_REF")
        case 1: return make(start, token.end, .date, "PAST_REF")
        case 2: return matchSoon(token, start: start, following: following)
        case 3, 4:
            // "future quarters", "recent years", "recent weeks and months", "the near future".
            if following.lexeme.kind == .unitPlural {
                var end = following.end
                let and = next(following)
                if and.lexeme.kind == .conjunction {
                    let other = next(and)
                    if other.lexeme.kind == .unitPlural { end = other.end }
                }
                return make(start, end, .date, token.lexeme.value == 3 ? "FUTURE_REF" : "PAST_REF")
            }
            guard token.lexeme.value == 3, Self.isNear(before: token.start, scanner) else { return nil }
            let near = previous(token)
            let the = previous(near)
            return make(the.lexeme.kind == .the ? the.start : near.start, token.end, .date, "FUTURE_REF")
        case 6:
            // "these days": the present, as "nowadays".
            guard following.kind == .word, following.lexeme.kind == .unitPlural,
                  following.lexeme.value == TimexUnit.day.rawValue else { return nil }
            return make(start, following.end, .date, "PRESENT_REF")
        case 5:
            // "in the near term", "over the short term": the time ahead. Not "near-term goals" (the hyphen) nor "a
            // four-year term", "his second term" (no "the" and time word before "term").
            let adjective = previous(token)
            guard adjective.kind == .word, adjective.end < token.start, Self.isTermAdjective(adjective, scanner)
            else { return nil }
            let the = previous(adjective)
            guard the.kind == .word, the.lexeme.kind == .the else { return nil }
            return make(the.start, token.end, .date, "FUTURE_REF")
        default: return nil
        }
    }

    /// Whether `word` is "near", "short" or "long", which make "the … term" the time ahead.
    static func isTermAdjective(_ word: TemporalToken, _ scanner: TemporalScanner) -> Bool {
        func spells(_ text: StaticString) -> Bool {
            guard word.length == text.utf8CodeUnitCount else { return false }
            return text.withUTF8Buffer { letters in
                letters.indices.allSatisfy { scanner.byte(at: word.start + $0) | 0x20 == letters[$0] }
            }
        }
        return spells("near") || spells("short") || spells("long")
    }

    /// Whether the word before `position` is "near" ("the near future").
    static func isNear(before position: Int, _ scanner: TemporalScanner) -> Bool {
        let word = scanner.token(before: position)
        guard word.kind == .word, word.length == 4 else { return false }
        return scanner.byte(at: word.start) | 0x20 == UInt8(ascii: "n") && scanner.byte(at: word.start + 1) | 0x20 == UInt8(ascii: "e")
            && scanner.byte(at: word.start + 2) | 0x20 == UInt8(ascii: "a") && scanner.byte(at: word.start + 3) | 0x20 == UInt8(ascii: "r")
    }

    /// "soon" is FUTURE_REF when it looks ahead from the report: "will soon move", "as soon as possible". Not in "as
    /// soon as the talks end" or "soon after", where it joins two events, nor in a past narrative ("was soon released",
    /// "a trickle that soon became a flood"), where it is soon after the story's own time.
    private func matchSoon(_ token: TemporalToken, start: Int, following: TemporalToken) -> TemporalMatch? {
        if following.kind == .word, following.lexeme.kind == .preposition {
            if following.lexeme.value == TemporalPreposition.after.rawValue { return nil }
            if following.lexeme.value == TemporalPreposition.as.rawValue {
                let possible = next(following)
                guard possible.kind == .word, possible.length == 8, scanner.byte(at: possible.start) | 0x20 == UInt8(ascii: "p"),
                      scanner.byte(at: possible.start + 1) | 0x20 == UInt8(ascii: "o") else { return nil }
                let before = previous(token)
                let isAs = before.kind == .word && before.lexeme.kind == .preposition
                    && before.lexeme.value == TemporalPreposition.as.rawValue
                return make(isAs ? before.start : start, possible.end, .date, "FUTURE_REF")
            }
        }
        // "was soon released", "soon became": a past narrative next to it.
        if following.kind == .word && (following.lexeme.kind == .pastCue || isPastParticiple(following)) { return nil }
        let before = previous(token)
        if before.kind == .word && before.lexeme.kind == .pastCue && before.length <= 4 { return nil }
        return make(start, token.end, .date, "FUTURE_REF")
    }

    /// A lowercase word ending in "-ed" ("released", "moved").
    private func isPastParticiple(_ token: TemporalToken) -> Bool {
        guard token.lexeme.kind == .none, !token.isCapitalized, token.length >= 4 else { return false }
        return scanner.byte(at: token.end - 1) == UInt8(ascii: "d") && scanner.byte(at: token.end - 2) == UInt8(ascii: "e")
    }

    /// "more recently", "most recently".
    func matchMoreRecently(_ token: TemporalToken) -> TemporalMatch? {
        let following = next(token)
        guard following.lexeme.kind == .reference, following.lexeme.value == 1 else { return nil }
        return matchReference(following, start: token.start)
    }

    /// "this year", "last week", "next month", "this weekend", "last Monday", "this summer", "this morning",
    /// "the past decade" (a duration), "the next four years", "in the past".
    func matchRelative(_ token: TemporalToken, start: Int, hasThe: Bool) -> TemporalMatch? {
        guard let relative = RelativeWord(rawValue: token.lexeme.value) else { return nil }
        let following = next(token)
        let looksBack = relative == .past || relative == .last || relative == .previous
        let looksAhead = relative == .next || relative == .coming || relative == .following
        switch following.lexeme.kind {
        case .unit:
            guard let unit = TimexUnit(rawValue: following.lexeme.value) else { return nil }
            // "the following month", "the next day": one after the time the story last named, not a stretch of time
            // ("over the next year" is).
            if hasThe && (relative == .following || relative == .next && unit == .day),
               let value = narrativeValue(unit, offset: 1) {
                return make(start, following.end, .date, value)
            }
            // "the previous day", "the previous year": one before the time the story last named.
            if hasThe && relative == .previous, let value = narrativeValue(unit, offset: -1) {
                return make(start, following.end, .date, value)
            }
            // "over the past year", "in the last decade": with no number, the calendar year or decade before this
            // one, as TimeML annotates them ("the past two years" stays a stretch of time, "the last year of the war"
            // is the war's, "the past year and a half" longer).
            if hasThe && (relative == .past || relative == .last) && (unit == .year || unit == .decade),
               !isOfOrConjunction(next(following)), let value = shiftedAnchor(by: -1, unit) {
                return make(start, following.end, .date, value)
            }
            if hasThe && (looksBack || looksAhead) && unit != .quarter && unit != .weekend {
                return make(start, following.end, .duration, durationValue(amount: 1, half: false, unit))
            }
            guard let offset = yearOffset(relative), unit != .minute, unit != .hour, unit != .day else { return nil }
            guard var value = shiftedAnchor(by: offset, unit) else { return nil }
            if unit == .weekend { value += "-WE" }
            return make(start, following.end, .date, value)
        case .unitPlural:
            // "in coming months", "in past years": an open stretch before or after now.
            if !hasThe && (relative == .coming || relative == .past) {
                return make(start, following.end, .date, relative == .coming ? "FUTURE_REF" : "PAST_REF")
            }
            guard hasThe && (looksBack || looksAhead), let unit = TimexUnit(rawValue: following.lexeme.value) else {
                return nil
            }
            return make(start, following.end, .duration, durationValue(amount: nil, half: false, unit))
        case .numberWord, .vague:
            guard looksBack || looksAhead, let duration = matchQuantity(following), duration.type == .duration else {
                return nil
            }
            // "over the past several quarters", "in the last few months": an open stretch up to now, as "recent
            // months" (a counted one, "the past two years", stays a duration).
            if hasThe && looksBack && following.lexeme.kind == .vague {
                return make(start, duration.end, .date, "PAST_REF")
            }
            return make(start, duration.end, .duration, duration.value)
        case .none where following.kind == .number:
            guard looksBack || looksAhead, let duration = matchQuantity(following), duration.type == .duration else {
                return nil
            }
            return make(start, duration.end, .duration, duration.value)
        case .month:
            guard following.isCapitalized else { return nil }
            return make(start, following.end, .date, resolveRelative(month: Int(following.lexeme.value), relative,
                                                                       start: start, end: following.end))
        case .weekday:
            return matchWeekday(following, start: start, modifier: nil,
                                relative: relative == .this || relative == .current ? nil : relative)
        case .season:
            return matchSeason(following, start: start, relative: relative)
        case .partOfDay:
            guard let part = TimexPartOfDay(rawValue: following.lexeme.value) else { return nil }
            // "the next morning", "the following evening": the day after the one the story last named.
            if hasThe && (relative == .following || relative == .next), let value = narrativeValue(.day, offset: 1) {
                return make(start, following.end, .date, value)
            }
            // "last night" is yesterday's; "this morning" today's.
            let offset = relative == .this ? 0 : (looksBack && part == .night ? -1 : nil)
            guard let offset else { return nil }
            let day = anchor?.adding(days: offset)
            return make(start, following.end, .time, (day.map(Timex.day) ?? "XXXX-XX-XX") + "T" + part.timex, day: day)
        default:
            // "in the past" as a whole is PAST_REF.
            if hasThe && relative == .past {
                let before = scanner.token(before: start)
                if before.lexeme.kind == .preposition && before.lexeme.value == TemporalPreposition.in.rawValue {
                    return make(start, token.end, .date, "PAST_REF")
                }
            }
            return nil
        }
    }

    /// Whether `token` is "of", "and" or "or", which carry a period on past its unit.
    private func isOfOrConjunction(_ token: TemporalToken) -> Bool {
        guard token.kind == .word else { return false }
        return token.lexeme.kind == .conjunction
            || token.lexeme.kind == .preposition && token.lexeme.value == TemporalPreposition.of.rawValue
    }

    /// The time the story last named (else the anchor), at `unit`'s granularity and `offset` units on: nil when the
    /// story named it less finely ("the next day" after "in 1998").
    func narrativeValue(_ unit: TimexUnit, offset: Int) -> String? {
        let time = narrativeTime ?? anchor.map { NarrativeTime(year: $0.year, month: $0.month, day: $0.day) }
        guard let time else { return nil }
        switch unit {
        case .year: return Timex.year(time.year + offset)
        case .month:
            guard time.month > 0 else { return nil }
            let shifted = Timex.shift(year: time.year, month: time.month, by: offset)
            return Timex.month(shifted.year, shifted.month)
        case .day, .week:
            guard time.day > 0, let day = CalendarDay(year: time.year, month: time.month, day: time.day) else { return nil }
            return unit == .day ? Timex.day(day.adding(days: offset)) : Timex.week(of: day.adding(days: 7 * offset))
        default: return nil
        }
    }

    /// "last January" is the most recent one before this month, "next January" the first one after it.
    private func resolveRelative(month: Int, _ relative: RelativeWord, start: Int, end: Int) -> String {
        guard let anchor else { return "XXXX-" + Timex.digits(month, width: 2) }
        switch relative {
        case .last, .previous, .past:
            return Timex.month(month < anchor.month ? anchor.year : anchor.year - 1, month)
        case .next, .coming, .following:
            return Timex.month(month > anchor.month ? anchor.year : anchor.year + 1, month)
        case .this, .current:
            return resolve(month: month, start: start, end: end)
        }
    }

    /// "early 2009", "mid-December", "late next year", "early Monday", "the late 1990s".
    func matchEdge(_ token: TemporalToken) -> TemporalMatch? {
        guard let modifier = TimexModifier(rawValue: token.lexeme.value) else { return nil }
        var target = next(token)
        if target.isPunctuation("-") && scanner.adjacent(token, target) { target = next(target) }
        var result: TemporalMatch?
        switch target.lexeme.kind {
        case .month, .monthAbbreviation: result = matchMonth(target, start: token.start)
        case .relative: result = matchRelative(target, start: token.start, hasThe: false)
        case .weekday: result = matchWeekday(target, start: token.start, modifier: nil)
        case .season: result = matchSeason(target, start: token.start, relative: nil)
        case .the: result = matchThe(target).map { match in var copy = match; copy.start = token.start; return copy }
        case .pluralSuffix where target.kind == .number: result = matchDecade(target, start: token.start, modifier: nil)
        default:
            if isYear(target) { result = make(token.start, target.end, .date, Timex.year(target.number)) }
        }
        guard var match = result, match.type == .date || match.type == .time else { return nil }
        match.modifier = modifier
        return match
    }

    /// "the end of the year", "the beginning of 2009", "the end of January", "end of next month".
    func matchBoundary(_ token: TemporalToken, start: Int) -> TemporalMatch? {
        guard let modifier = TimexModifier(rawValue: token.lexeme.value) else { return nil }
        let of = next(token)
        guard of.lexeme.kind == .preposition, of.lexeme.value == TemporalPreposition.of.rawValue else { return nil }
        let target = next(of)
        var result: TemporalMatch?
        if target.lexeme.kind == .the {
            let unit = next(target)
            // "the end of the day" is an idiom, not a date.
            if unit.lexeme.kind == .unit, let timeUnit = TimexUnit(rawValue: unit.lexeme.value),
               timeUnit != .day, timeUnit != .hour, timeUnit != .minute, let value = shiftedAnchor(by: 0, timeUnit) {
                result = make(start, unit.end, .date, value)
            } else {
                result = matchThe(target)
            }
        } else if target.kind == .word || target.kind == .number {
            result = match(at: target)
        }
        guard var match = result, match.type == .date else { return nil }
        match.start = start
        match.modifier = modifier
        return match
    }

    /// Expressions that begin with "the": "the past decade", "the end of the year", "the first quarter",
    /// "the 1990s", "the 20th century", "the summer of 2009", "in the future".
    func matchThe(_ token: TemporalToken) -> TemporalMatch? {
        let following = next(token)
        switch following.lexeme.kind {
        case .relative: return matchRelative(following, start: token.start, hasThe: true)
        case .boundaryNoun: return matchBoundary(following, start: token.start)
        case .ordinalWord: return matchOrdinalPeriod(following, start: token.start)
        case .pluralSuffix where following.kind == .number:
            return matchDecade(following, start: token.start, modifier: nil)
        case .ordinalSuffix where following.kind == .number:
            return matchCentury(following, start: token.start) ?? matchDayOfMonth(following)
        case .edge:
            let decade = next(following)
            guard decade.kind == .number, let modifier = TimexModifier(rawValue: following.lexeme.value) else { return nil }
            return matchDecade(decade, start: token.start, modifier: modifier)
        case .season:
            let of = next(following)
            guard of.lexeme.kind == .preposition, of.lexeme.value == TemporalPreposition.of.rawValue else { return nil }
            return matchSeason(following, start: token.start, relative: nil)
        case .unit where following.lexeme.value == TimexUnit.weekend.rawValue:
            return make(token.start, following.end, .date, weekendValue(start: token.start, end: following.end))
        case .unit where following.lexeme.value == TimexUnit.week.rawValue:
            // "the week of March 6": the week that day falls in.
            let of = next(following)
            guard of.kind == .word, of.lexeme.kind == .preposition, of.lexeme.value == TemporalPreposition.of.rawValue
            else { return nil }
            let month = next(of)
            guard month.kind == .word, month.lexeme.kind == .month || month.lexeme.kind == .monthAbbreviation,
                  let date = matchMonth(month, start: month.start), let day = date.day else { return nil }
            return make(token.start, date.end, .date, Timex.week(of: day), day: day)
        case .reference where following.lexeme.value == 3:
            // "in the future", "well into the future", "the future that awaits them": the time ahead, not "the future
            // of the company" or "the future looks bleak" (a fate, an outlook).
            let before = scanner.token(before: token.start)
            let isInOrInto = before.lexeme.kind == .preposition
                && (before.lexeme.value == TemporalPreposition.in.rawValue
                    || before.lexeme.value == TemporalPreposition.into.rawValue)
            guard isInOrInto || next(following).lexeme.kind == .clauseStart else { return nil }
            return make(token.start, following.end, .date, "FUTURE_REF")
        default:
            return nil
        }
    }

    /// "the weekend": the last one in a past-tense sentence or when none is named ("said over the weekend" in a Monday
    /// paper), the coming one in a future-tense sentence ("will meet over the weekend"); on a Saturday or Sunday, the
    /// one under way.
    private func weekendValue(start: Int, end: Int) -> String {
        guard let anchor else { return "XXXX-WXX-WE" }
        let weekday = anchor.isoWeekday
        if weekday >= 6 { return Timex.week(of: anchor) + "-WE" }
        let isAhead = tense(of: start, end) == .future
        return Timex.week(of: isAhead ? anchor : anchor.adding(days: -weekday)) + "-WE"
    }

    /// "that year": the year the story last named ("imports totaled $37 million in 1988, a small share of all
    /// imports that year"). Not "said that year-end results …" nor "that year 2000 problems", where "that" joins a
    /// clause.
    func matchThatYear(_ token: TemporalToken) -> TemporalMatch? {
        let year = next(token)
        guard year.kind == .word, year.lexeme.kind == .unit, year.lexeme.value == TimexUnit.year.rawValue,
              !year.isCapitalized else { return nil }
        let after = next(year)
        if after.kind == .number || (after.isPunctuation("-") && scanner.adjacent(year, after)) { return nil }
        guard let value = narrativeValue(.year, offset: 0) else { return nil }
        return make(token.start, year.end, .date, value)
    }

    /// "earlier this month", "later this year", "later today".
    func matchEarlierLater(_ token: TemporalToken) -> TemporalMatch? {
        let following = next(token)
        var result: TemporalMatch?
        switch following.lexeme.kind {
        case .relative where following.lexeme.value == RelativeWord.this.rawValue:
            result = matchRelative(following, start: token.start, hasThe: false)
        case .deictic where following.lexeme.value == DeicticWord.today.rawValue:
            result = matchDeictic(following)
        case .clauseStart where following.length == 4 && scanner.byte(at: following.start) | 0x20 == UInt8(ascii: "t")
                                && scanner.byte(at: following.start + 2) | 0x20 == UInt8(ascii: "a"):
            // "later that year", "earlier that day": the year or day the story last named.
            let unit = next(following)
            guard unit.lexeme.kind == .unit, let timeUnit = TimexUnit(rawValue: unit.lexeme.value),
                  let value = narrativeValue(timeUnit, offset: 0) else { return nil }
            result = make(token.start, unit.end, .date, value)
        case .preposition where following.lexeme.value == TemporalPreposition.in.rawValue:
            // "later in the day", "earlier in the year": the day or year the story last named, as "later that year".
            let the = next(following)
            let unit = next(the)
            guard the.lexeme.kind == .the, unit.lexeme.kind == .unit, let timeUnit = TimexUnit(rawValue: unit.lexeme.value),
                  let value = narrativeValue(timeUnit, offset: 0) else { return nil }
            result = make(token.start, unit.end, .date, value)
        default:
            return nil
        }
        guard var match = result, match.type == .date else { return nil }
        match.start = token.start
        return match
    }

    /// "Q3", "Q3 2009", "H1".
    func matchPeriodCode(_ token: TemporalToken, start: Int) -> TemporalMatch? {
        guard token.end - token.start == 2, token.isCapitalized else { return nil }
        let isQuarter = token.lexeme.kind == .quarterCode
        return periodMatch(index: Int(token.lexeme.value), perYear: isQuarter ? 4 : 2, start: start, last: token)
    }

    /// "the first quarter of 2009", "the third quarter", "first-quarter", "the second half of this year".
    func matchOrdinalPeriod(_ token: TemporalToken, start: Int) -> TemporalMatch? {
        var unit = next(token)
        if unit.isPunctuation("-") && scanner.adjacent(token, unit) { unit = next(unit) }
        let index = Int(token.lexeme.value)
        if unit.lexeme.kind == .unit && unit.lexeme.value == TimexUnit.quarter.rawValue {
            return periodMatch(index: index, perYear: 4, start: start, last: unit)
        }
        if unit.lexeme.kind == .half && index <= 2 {
            return periodMatch(index: index, perYear: 2, start: start, last: unit)
        }
        // "the first two quarters of 1990": the first half.
        if index == 1, unit.kind == .word, unit.lexeme.kind == .numberWord, unit.lexeme.value == 2 {
            let quarters = next(unit)
            if quarters.lexeme.kind == .unitPlural && quarters.lexeme.value == TimexUnit.quarter.rawValue {
                return periodMatch(index: 1, perYear: 2, start: start, last: quarters)
            }
        }
        return nil
    }

    /// A quarter or half, with its year read after it ("of 2009", "2009", "of last year") or from the tense.
    private func periodMatch(index: Int, perYear: Int, start: Int, last: TemporalToken) -> TemporalMatch? {
        guard (1...perYear).contains(index) else { return nil }
        let code = (perYear == 4 ? "-Q" : "-H") + String(index)
        var yearToken = next(last)
        if yearToken.lexeme.kind == .preposition && yearToken.lexeme.value == TemporalPreposition.of.rawValue
            || yearToken.isPunctuation(",") {
            yearToken = next(yearToken)
        }
        if isYear(yearToken) { return make(start, yearToken.end, .date, Timex.year(yearToken.number) + code) }
        if yearToken.lexeme.kind == .relative, let offset = yearOffset(RelativeWord(rawValue: yearToken.lexeme.value)) {
            let unit = next(yearToken)
            if unit.lexeme.kind == .unit && unit.lexeme.value == TimexUnit.year.rawValue {
                let year = anchor.map { Timex.year($0.year + offset) } ?? "XXXX"
                return make(start, unit.end, .date, year + code)
            }
        }
        let current = anchor.map { perYear == 4 ? Timex.quarter(ofMonth: $0.month) : ($0.month + 5) / 6 } ?? index
        let year = resolveYear(ofPeriod: index, current: current, count: perYear, start: start, end: last.end)
        return make(start, last.end, .date, year + code)
    }

    /// "summer 2009", "the summer of 2009", "this summer", "last winter", "early spring".
    func matchSeason(_ token: TemporalToken, start: Int, relative: RelativeWord?) -> TemporalMatch? {
        guard let season = TimexSeason(rawValue: token.lexeme.value) else { return nil }
        var yearToken = next(token)
        if yearToken.lexeme.kind == .preposition && yearToken.lexeme.value == TemporalPreposition.of.rawValue {
            yearToken = next(yearToken)
        }
        if isYear(yearToken) {
            return make(start, yearToken.end, .date, Timex.year(yearToken.number) + "-" + season.timex)
        }
        if let spoken = spokenYear(at: yearToken) {
            return make(start, spoken.end, .date, Timex.year(spoken.year) + "-" + season.timex)
        }
        // A bare season word is too often something else ("fall" the verb, "Arab Spring").
        guard relative != nil || start != token.start else { return nil }
        guard let anchor else { return make(start, token.end, .date, "XXXX-" + season.timex) }
        let firstMonth = [3, 6, 9, 12][Int(season.rawValue)]
        let year: Int
        switch relative {
        case .last?, .previous?, .past?: year = anchor.month >= firstMonth + 3 ? anchor.year : anchor.year - 1
        case .next?, .coming?, .following?: year = anchor.month < firstMonth ? anchor.year : anchor.year + 1
        case .this?, .current?: year = anchor.year
        case nil:
            let current = (anchor.month % 12) / 3  // 0 winter … 3 autumn, as season order spring = 0 below
            let index = (Int(season.rawValue) + 1) % 4
            return make(start, token.end, .date,
                        resolveYear(ofPeriod: index, current: current, count: 4, start: start, end: token.end)
                            + "-" + season.timex)
        }
        return make(start, token.end, .date, Timex.year(year) + "-" + season.timex)
    }
}
