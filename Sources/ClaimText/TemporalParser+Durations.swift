import ClaimCore
import TextKernel

/// Durations ("two weeks" → P2W), offsets from the anchor ("three years ago", "in three days") and sets
/// ("every week", "annually", "Mondays").
extension TemporalParser {
    /// A counted amount: "18", "two", "twenty-five", "a", "several", "a few", "two and a half".
    struct Amount {
        /// Nil for vague amounts ("several", "a few").
        var value: Int?
        var half: Bool
        var last: TemporalToken
    }

    func amount(at token: TemporalToken) -> Amount? {
        var value: Int?
        var last = token
        switch token.lexeme.kind {
        case .none where token.isPlainNumber && token.length <= 3:
            value = token.number
        case .numberWord:
            value = Int(token.lexeme.value)
            let hyphen = next(token)
            if hyphen.isPunctuation("-") && scanner.adjacent(token, hyphen) {
                let ones = next(hyphen)
                if ones.lexeme.kind == .numberWord && ones.lexeme.value < 10 && value! >= 20 && scanner.adjacent(hyphen, ones) {
                    value! += Int(ones.lexeme.value)
                    last = ones
                }
            }
        case .article:
            let following = next(token)
            if following.lexeme.kind == .vague {  // "a few", "a couple of"
                last = following
                let of = next(following)
                if of.lexeme.kind == .preposition && of.lexeme.value == TemporalPreposition.of.rawValue { last = of }
            } else {
                value = 1
            }
        case .vague:
            value = nil
        default:
            return nil
        }
        // "two and a half years" (peek at the bytes first: this runs for every counted word)
        if scanner.byte(at: last.end + 1) | 0x20 == UInt8(ascii: "a"), scanner.byte(at: last.end + 2) == UInt8(ascii: "n") {
            let and = next(last)
            let article = next(and)
            let half = next(article)
            if and.lexeme.kind == .conjunction && article.lexeme.kind == .article && half.lexeme.kind == .half {
                return Amount(value: value, half: true, last: half)
            }
        }
        return Amount(value: value, half: false, last: last)
    }

    /// A counted unit as `quantity(at:)` reads it, before any value is spelled.
    struct Quantity {
        enum Reading {
            /// "two weeks", "a 27-year contract".
            case duration
            /// "15 a year", "twice a day".
            case frequency
            /// "three years ago".
            case ago
        }

        var reading: Reading
        var end: Int
        var amount: Amount
        var unit: TimexUnit
    }

    /// "two weeks", "18 months", "a 27-year contract", "three years ago", "15 a year" (a set).
    func matchQuantity(_ token: TemporalToken) -> TemporalMatch? {
        if token.lexeme.kind == .numberWord, token.lexeme.value == 19 || token.lexeme.value == 20,
           let year = matchSpokenYear(token) {
            return year
        }
        guard let quantity = quantity(at: token) else { return nil }
        return match(quantity, start: token.start)
    }

    /// The expression `matchQuantity` makes of a quantity read from `start`.
    private func match(_ quantity: Quantity, start: Int) -> TemporalMatch? {
        switch quantity.reading {
        case .frequency:
            return make(start, quantity.end, .set, durationValue(amount: 1, half: false, quantity.unit))
        case .ago:
            guard let value = quantity.amount.value else { return make(start, quantity.end, .date, "PAST_REF") }
            guard let shifted = shiftedAnchor(by: -value, quantity.unit) else { return nil }
            return make(start, quantity.end, .date, shifted)
        case .duration:
            return make(start, quantity.end, .duration,
                        durationValue(amount: quantity.amount.value, half: quantity.amount.half, quantity.unit))
        }
    }

    /// The amount and unit that `matchQuantity` spells, read without building any string, so that callers which
    /// only need to know whether a duration is there ("in a month" in a past-tense sentence) pay for none.
    func quantity(at token: TemporalToken) -> Quantity? {
        if token.lexeme.kind == .article {
            // "a" and "an" are frequent: only a unit ("a week") or "few"/"couple" can follow them here.
            var index = token.end
            while scanner.byte(at: index) == 0x20 { index += 1 }
            guard LowercaseLetters("cdfhmqwy").contains(scanner.byte(at: index) | 0x20) else { return nil }
        }
        guard let amount = amount(at: token) else { return nil }
        var unitToken = next(amount.last)
        var isAdjective = false
        if unitToken.isPunctuation("-") && scanner.adjacent(amount.last, unitToken) {
            unitToken = next(unitToken)
            isAdjective = true
        }
        guard unitToken.lexeme.kind == .unit || unitToken.lexeme.kind == .unitPlural,
              let unit = TimexUnit(rawValue: unitToken.lexeme.value) else { return nil }
        if token.lexeme.kind == .article && amount.value != nil {
            guard unitToken.lexeme.kind == .unit else { return nil }
            // "15 a year", "15 ships a year", "twice a day": a frequency.
            let before = previous(token)
            let counted = before.kind == .word && before.lexeme.kind == .none && !before.isCapitalized
                ? previous(before) : before
            if counted.kind == .number || counted.lexeme.kind == .numberWord || isTimesWord(before) {
                return Quantity(reading: .frequency, end: unitToken.end, amount: amount, unit: unit)
            }
        }
        let following = next(unitToken)
        if following.lexeme.kind == .ago && !isAdjective {
            return Quantity(reading: .ago, end: following.end, amount: amount, unit: unit)
        }
        return Quantity(reading: .duration, end: unitToken.end, amount: amount, unit: unit)
    }

    /// A year read out as broadcasts do: "nineteen ninety-six", "nineteen seventy-nine", "twenty twenty".
    func matchSpokenYear(_ token: TemporalToken) -> TemporalMatch? {
        let tens = next(token)
        guard tens.kind == .word, tens.lexeme.kind == .numberWord, tens.lexeme.value >= 10, tens.lexeme.value <= 90,
              let amount = amount(at: tens), let value = amount.value, value < 100, !amount.half else { return nil }
        // "nineteen twenty people" is an amount: a year is not followed by a unit or a counted noun.
        let after = next(amount.last)
        if after.lexeme.kind == .unit || after.lexeme.kind == .unitPlural || after.lexeme.kind == .countNoun { return nil }
        return make(token.start, amount.last.end, .date, Timex.year(Int(token.lexeme.value) * 100 + value))
    }

    /// A spoken year ("nineteen ninety-four") starting at `token`, for a month or season before it ("January
    /// nineteen ninety-seven", "the winter of nineteen ninety-four"): the year and where it ends.
    func spokenYear(at token: TemporalToken) -> (year: Int, end: Int)? {
        guard token.kind == .word, token.lexeme.kind == .numberWord,
              token.lexeme.value == 19 || token.lexeme.value == 20,
              let match = matchSpokenYear(token), let year = Int(match.value) else { return nil }
        return (year, match.end)
    }

    private func isTimesWord(_ token: TemporalToken) -> Bool {
        guard token.kind == .word, token.length == 5 || token.length == 4 else { return false }
        let first = scanner.byte(at: token.start) | 0x20
        return first == UInt8(ascii: "t") || first == UInt8(ascii: "o")  // times, twice, once
    }

    /// "in three days" in a forward-looking sentence is a date; otherwise the amount alone is a duration.
    func matchInFuture(_ token: TemporalToken) -> TemporalMatch? {
        // "in" is frequent: only a digit or the first letter of a number word or "a" can follow.
        var index = token.end
        while scanner.byte(at: index) == 0x20 { index += 1 }
        let first = scanner.byte(at: index) | 0x20
        guard isDigit(first) || LowercaseLetters("aefhnost").contains(first) else { return nil }
        let following = next(token)
        guard following.lexeme.kind == .numberWord || following.isPlainNumber || following.lexeme.kind == .article,
              let quantity = quantity(at: following) else { return nil }
        // "in a quarter that produced a loss", "in a week of protests": the unit is a noun with its own clause or
        // complement, not a time counted from the report.
        let complement = scanner.token(at: quantity.end)
        let isNounPhrase = complement.kind == .word && (complement.lexeme.kind == .clauseStart
            || complement.lexeme.kind == .preposition && complement.lexeme.value == TemporalPreposition.of.rawValue)
        if !isNounPhrase, quantity.reading == .duration, let value = quantity.amount.value, !quantity.amount.half,
           sentenceMayPointAhead(token.start, quantity.end), tense(of: token.start, quantity.end) == .future,
           let shifted = shiftedAnchor(by: value, quantity.unit) {
            return make(following.start, quantity.end, .date, shifted)
        }
        // Not a date. With only spaces between, the tagger's next stop is the amount, where `matchQuantity` reads
        // this same quantity again: a word amount ("a month", "two weeks") is spelled here instead, so it is read
        // once. A number goes on to `matchNumber`, which reads more than this.
        guard following.kind == .word else { return nil }
        return match(quantity, start: following.start)
    }

    /// TIMEX3 duration values: P2W, P18M, P10Y (a decade), PT30M, P2.5Y, PXY.
    func durationValue(amount: Int?, half: Bool, _ unit: TimexUnit) -> String {
        var multiplier = 1
        let designator: StaticString
        var isTime = false
        switch unit {
        case .minute: designator = "M"; isTime = true
        case .hour: designator = "H"; isTime = true
        case .day: designator = "D"
        case .week: designator = "W"
        case .weekend: designator = "WE"
        case .fortnight: designator = "W"; multiplier = 2
        case .month: designator = "M"
        case .quarter: designator = "M"; multiplier = 3
        case .year: designator = "Y"
        case .decade: designator = "Y"; multiplier = 10
        case .century: designator = "Y"; multiplier = 100
        }
        var spelling = TimexSpelling()
        spelling.append(isTime ? "PT" : "P")
        if let amount {
            let tenths = (amount * 10 + (half ? 5 : 0)) * multiplier
            spelling.append(tenths / 10, width: 1)
            if tenths % 10 != 0 {
                spelling.append(UInt8(ascii: "."))
                spelling.append(tenths % 10, width: 1)
            }
        } else {
            spelling.append(UInt8(ascii: "X"))
        }
        spelling.append(designator)
        return spelling.string
    }

    /// "every week", "each year", "every two months", "every Monday", "per day".
    func matchEvery(_ token: TemporalToken) -> TemporalMatch? {
        let following = next(token)
        if following.lexeme.kind == .weekday && following.isCapitalized {
            return make(token.start, following.end, .set, "XXXX-WXX-" + String(following.lexeme.value))
        }
        if following.lexeme.kind == .unit, let unit = TimexUnit(rawValue: following.lexeme.value) {
            return make(token.start, following.end, .set, durationValue(amount: 1, half: false, unit))
        }
        if let amount = amount(at: following), let value = amount.value, amount.last.kind != .end {
            let unitToken = next(amount.last)
            if unitToken.lexeme.kind == .unitPlural, let unit = TimexUnit(rawValue: unitToken.lexeme.value) {
                return make(token.start, unitToken.end, .set, durationValue(amount: value, half: amount.half, unit))
            }
        }
        return nil
    }

    /// "annually", "annual", "daily", "weekly".
    func matchFrequency(_ token: TemporalToken) -> TemporalMatch? {
        guard let unit = TimexUnit(rawValue: token.lexeme.value) else { return nil }
        return make(token.start, token.end, .set, durationValue(amount: 1, half: false, unit))
    }

    /// "Mondays" → XXXX-WXX-1.
    func matchWeekdaySet(_ token: TemporalToken) -> TemporalMatch? {
        guard token.isCapitalized else { return nil }
        return make(token.start, token.end, .set, "XXXX-WXX-" + String(token.lexeme.value))
    }
}
