import ClaimCore

/// Clock times: "10 a.m.", "3pm", "18:00 UTC", "10:30", "noon", "midnight". A time belongs to the last day
/// named in its sentence ("Tuesday … at 18:00 UTC"), else to the publication date.
extension TemporalParser {
    func matchClock(_ token: TemporalToken) -> TemporalMatch? {
        guard token.length <= 2 else { return nil }
        var hour = token.number
        var minute = 0
        var end = token.end
        var hasMinutes = false
        var isPM: Bool?
        if token.isPlainNumber {
            let colon = next(token)
            if colon.isPunctuation(":") && scanner.adjacent(token, colon) {
                let minutes = next(colon)
                if minutes.isPlainNumber && minutes.length == 2 && minutes.number < 60 && scanner.adjacent(colon, minutes) {
                    minute = minutes.number
                    end = minutes.end
                    hasMinutes = true
                    let colon2 = next(minutes), seconds = next(colon2)
                    if colon2.isPunctuation(":") && scanner.adjacent(minutes, colon2) && seconds.isPlainNumber
                        && seconds.length == 2 && scanner.adjacent(colon2, seconds) {
                        end = seconds.end
                    }
                }
            }
            if let meridiem = meridiem(at: end) {
                isPM = meridiem.isPM
                end = meridiem.end
            }
        } else if token.lexeme.kind == .meridiem {
            isPM = token.lexeme.value == 1  // "3pm"
        }
        guard hasMinutes || isPM != nil else { return nil }
        if let isPM {
            guard (1...12).contains(hour) else { return nil }
            hour = isPM ? hour % 12 + 12 : hour % 12
        } else {
            guard hour <= 23 else { return nil }
        }
        var isUTC = false
        let zone = scanner.token(at: end)
        if zone.lexeme.kind == .timeZone && zone.isCapitalized {
            end = zone.end
            isUTC = zone.lexeme.value == 0
        }
        var day = referenceDay ?? anchor
        if let named = dayAfterTime(at: end, timeStart: token.start) {
            day = named.day
            end = named.end
        }
        var value = TimexSpelling()
        if let day { value.append(day) } else { value.append("XXXX-XX-XX") }
        value.append("T")
        value.append(hour, width: 2)
        value.append(":")
        value.append(minute, width: 2)
        if isUTC { value.append("Z") }
        return make(token.start, end, .time, value.string, day: day)
    }

    /// "noon", "midnight".
    func matchClockWord(_ token: TemporalToken) -> TemporalMatch? {
        // "high noon" (and the film "High Noon") is a showdown, not a time of day.
        if isHigh(previous(token)) { return nil }
        var day = referenceDay ?? anchor
        var end = token.end
        if let named = dayAfterTime(at: end, timeStart: token.start) {
            day = named.day
            end = named.end
        }
        let hour = Timex.digits(Int(token.lexeme.value), width: 2)
        return make(token.start, end, .time, (day.map(Timex.day) ?? "XXXX-XX-XX") + "T" + hour + ":00", day: day)
    }

    private func isHigh(_ word: TemporalToken) -> Bool {
        word.kind == .word && word.length == 4 && scanner.byte(at: word.start) | 0x20 == UInt8(ascii: "h")
            && scanner.byte(at: word.start + 1) | 0x20 == UInt8(ascii: "i")
            && scanner.byte(at: word.start + 2) | 0x20 == UInt8(ascii: "g")
            && scanner.byte(at: word.start + 3) | 0x20 == UInt8(ascii: "h")
    }

    /// The day written right after a time, which the time belongs to: "9 a.m. Tuesday", "noon Thursday",
    /// "5 p.m. EST, Nov. 9". Nil when no weekday or month-and-day follows at once.
    /// The day's tense is read around the whole expression, from `timeStart`.
    private func dayAfterTime(at position: Int, timeStart: Int) -> (day: CalendarDay?, end: Int)? {
        var token = scanner.token(at: position)
        // "10:35 a.m. (0735 GMT) Friday": wire copy gives the time in GMT in brackets before the day. The day is
        // still the time's; the expression stops before the bracket, and the day is tagged on its own.
        var bracketed = false
        if token.isPunctuation("(") {
            var inner = next(token)
            guard inner.kind == .number else { return nil }
            var steps = 0
            while steps < 5 && !inner.isPunctuation(")") && !inner.isBoundary && inner.kind != .end {
                inner = next(inner)
                steps += 1
            }
            guard inner.isPunctuation(")") else { return nil }
            token = next(inner)
            bracketed = true
        }
        if token.isPunctuation(",") { token = next(token) }
        guard token.kind == .word, token.isCapitalized else { return nil }
        let match: TemporalMatch?
        switch token.lexeme.kind {
        case .weekday: match = matchWeekday(token, start: timeStart, modifier: nil)
        case .month, .monthAbbreviation: match = matchMonth(token, start: timeStart)
        default: return nil
        }
        guard let match, match.type == .date, match.day != nil || (anchor == nil && token.lexeme.kind == .weekday) else {
            return nil
        }
        return (match.day, bracketed ? position : match.end)
    }

    /// "a.m.", "p.m.", "am", "PM" after a number, with at most one blank between: the meridiem and where it ends.
    private func meridiem(at position: Int) -> (isPM: Bool, end: Int)? {
        var index = position
        if scanner.byte(at: index) == 0x20 { index += 1 }
        let letter = scanner.byte(at: index) | 0x20
        guard letter == UInt8(ascii: "a") || letter == UInt8(ascii: "p") else { return nil }
        let isPM = letter == UInt8(ascii: "p")
        if scanner.byte(at: index + 1) == UInt8(ascii: "."), scanner.byte(at: index + 2) | 0x20 == UInt8(ascii: "m") {
            let end = scanner.byte(at: index + 3) == UInt8(ascii: ".") ? index + 4 : index + 3
            return isLetterOrDigit(scanner.byte(at: end)) ? nil : (isPM, end)
        }
        if scanner.byte(at: index + 1) | 0x20 == UInt8(ascii: "m"), !isLetterOrDigit(scanner.byte(at: index + 2)) {
            return (isPM, index + 2)
        }
        return nil
    }

    private func isLetterOrDigit(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return isDigit(byte) || (folded >= 0x61 && folded <= 0x7A)
    }
}
