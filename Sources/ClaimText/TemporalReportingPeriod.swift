import ClaimCore
import TextKernel

/// The reporting period of a results story: once a text names a quarter ("third-quarter profit rose"), its
/// anaphoric periods refer to that quarter. "In the quarter", "the latest quarter", "the latest period" are that
/// quarter; "a year ago", "a year earlier", "the year-ago quarter", "year-earlier sales", "the 1988 period" are the
/// same quarter of the year before (or of the year written). TIMEX3 gives them the quarter's value (`1989-Q3`,
/// `1988-Q3`), as TimeBank's annotators did.
///
/// This pass runs only over texts where the tagger found a quarter with a year, so it costs nothing on other text.
/// The period reported on is the first quarter the text names, until the text names another that a company
/// "reported" or "posted" (a roundup of several results stories); in a sentence about months of the year ("for the
/// nine months"), "a year earlier" and "year-earlier" are the year before and "the 1988 period" is 1988, not quarters.
enum TemporalReportingPeriod {
    /// Whether `value` is a quarter with a year: `1989-Q3`.
    static func isQuarter(_ value: String) -> Bool {
        let utf8 = value.utf8
        guard utf8.count == 7 else { return false }
        var iterator = utf8.makeIterator()
        for index in 0..<7 {
            let byte = iterator.next()!
            switch index {
            case 4: if byte != UInt8(ascii: "-") { return false }
            case 5: if byte != UInt8(ascii: "Q") { return false }
            default: if byte &- 0x30 >= 10 { return false }
            }
        }
        return true
    }

    /// A word, number or mark of the text: its bytes.
    private struct Word {
        var start: Int
        var end: Int
    }

    /// `found` with the reporting period's anaphoric expressions added (or given the quarter's value where the tagger
    /// had read a year), sorted by start and not overlapping.
    static func resolve(_ found: [TemporalExpression], in bytes: TextBytes, document: String,
                        anchor: CalendarDay?) -> [TemporalExpression] {
        let words = self.words(in: bytes)
        let quarters: [(end: Int, year: Int, quarter: Int)] = found.compactMap { expression in
            guard isQuarter(expression.value) else { return nil }
            let digits = Array(expression.value.utf8)
            return (expression.end, digits[0..<4].reduce(0) { $0 * 10 + Int($1 - 0x30) }, Int(digits[6] - 0x30))
        }
        // A quarter of long ago ("has not paid a dividend since the third quarter of 1984") is history, not the period
        // reported on.
        // "the quarter ended Sept. 30" names its quarter by its last day.
        var named = quarters
        for index in words.indices where isWord(index, "quarter") && index + 2 < words.count
            && (isWord(index + 1, "ended") || isWord(index + 1, "ending")) {
            guard words[index + 2].end > words[index + 2].start,
                  let day = found.first(where: { $0.start == words[index + 2].start }),
                  let date = CalendarDay(String(day.value.prefix(10))) else { continue }
            named.append((words[index].end, date.year, Timex.quarter(ofMonth: date.month)))
        }
        named.sort { $0.end < $1.end }
        let recent = anchor.map { anchor in named.filter { abs($0.year - anchor.year) <= 1 } } ?? named
        guard let first = recent.first else { return found }
        func quarterOf(_ expression: TemporalExpression) -> (year: Int, quarter: Int) {
            let digits = Array(expression.value.utf8)
            return (digits[0..<4].reduce(0) { $0 * 10 + Int($1 - 0x30) }, Int(digits[6] - 0x30))
        }
        /// A quarter the tagger found starting at word `index`.
        func foundQuarter(at index: Int) -> TemporalExpression? {
            guard index < words.count, words[index].end > words[index].start else { return nil }
            return found.first { $0.start == words[index].start && isQuarter($0.value) }
        }
        var added: [TemporalExpression] = []
        func add(_ start: Int, _ end: Int, year: Int, quarter: Int) {
            added.append(TemporalExpression(start: start, end: end, in: document, type: .date,
                                            value: Timex.year(year) + "-Q" + String(quarter), modifier: nil))
        }
        /// Whether word `index` is `literal` (lowercase), whatever its case.
        func isWord(_ index: Int, _ literal: StaticString) -> Bool {
            guard index >= 0, index < words.count, words[index].end - words[index].start == literal.utf8CodeUnitCount else {
                return false
            }
            let start = words[index].start
            let pointer = literal.utf8Start
            for offset in 0..<literal.utf8CodeUnitCount {
                let byte = bytes[start + offset]
                if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != pointer[offset] { return false }
            }
            return true
        }
        /// The year word `index` spells, when it is a four-digit number from 1900 to 2099.
        func writtenYear(_ index: Int) -> Int? {
            guard index < words.count, words[index].end - words[index].start == 4 else { return nil }
            var year = 0
            for offset in 0..<4 {
                let digit = bytes[words[index].start + offset] &- 0x30
                guard digit < 10 else { return nil }
                year = year * 10 + Int(digit)
            }
            return (1900...2099).contains(year) ? year : nil
        }
        func adjacent(_ index: Int) -> Bool { index > 0 && index < words.count && words[index - 1].end == words[index].start }
        /// "year-ago", "year-earlier" starting at `index`: the index after it.
        func yearAgo(at index: Int) -> Int? {
            guard isWord(index, "year"), isWord(index + 1, "-"), adjacent(index + 1), adjacent(index + 2),
                  isWord(index + 2, "ago") || isWord(index + 2, "earlier") else { return nil }
            return index + 3
        }
        /// Whether the sentence before word `index` speaks of "months" ("the nine months", "the first six months").
        func sentenceCountsMonths(before index: Int) -> Bool {
            // Read from the bytes: the words stop short of the sentence's start.
            var back = words[index].start - 1
            while back >= 5 {
                let byte = bytes[back]
                if byte == 0x0A || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ".") && bytes[back + 1] <= 0x20 {
                    return false
                }
                if byte | 0x20 == UInt8(ascii: "s"), bytes[back - 5] | 0x20 == UInt8(ascii: "m"),
                   bytes[back - 4] | 0x20 == UInt8(ascii: "o"), bytes[back - 3] | 0x20 == UInt8(ascii: "n"),
                   bytes[back - 2] | 0x20 == UInt8(ascii: "t"), bytes[back - 1] | 0x20 == UInt8(ascii: "h") {
                    return true
                }
                back -= 1
            }
            return false
        }
        // Later quarters are mostly comparisons and outlooks ("after a flat second quarter", "fourth-quarter
        // earnings will be lower"); the lead names the period reported on, unless a later quarter is one a company
        // "reported" or "posted": a roundup's next results story
        // ("Separately, America West reported third-quarter profit …"), whose "a year earlier" is that quarter's.
        var switches: [(start: Int, year: Int, quarter: Int)] = []
        for expression in found where isQuarter(expression.value) && expression.start > 0 {
            let period = quarterOf(expression)
            guard anchor.map({ abs(period.year - $0.year) <= 1 }) ?? true,
                  let index = words.firstIndex(where: { $0.start == expression.start }) else { continue }
            var back = index - 1
            while back >= 0 && back >= index - 6 && words[back].end > words[back].start
                    && !isWord(back, ".") && !isWord(back, ",") && !isWord(back, ";") {
                if isWord(back, "reported") || isWord(back, "posted") || isWord(back, "reports") || isWord(back, "posts") {
                    switches.append((expression.start, period.year, period.quarter))
                    break
                }
                back -= 1
            }
        }
        func quarter(at position: Int) -> (year: Int, quarter: Int) {
            guard let last = switches.last(where: { $0.start < position }) else { return (first.year, first.quarter) }
            return (last.year, last.quarter)
        }
        var index = 0
        while index < words.count {
            let word = words[index]
            let reference = quarter(at: word.start)
            if isWord(index, "the"), isWord(index + 1, "full") && isWord(index + 2, "year")
                || isWord(index + 1, "year") && (isWord(index + 2, "ended") || isWord(index + 2, "ending")) {
                // "the full year" of a results story is the year of its quarter; "the year ended Sept. 30" is the
                // year its last day falls in.
                var year = reference.year
                let end = isWord(index + 1, "full") ? index + 2 : index + 1
                if !isWord(index + 1, "full"), index + 3 < words.count, words[index + 3].end > words[index + 3].start,
                   let day = found.first(where: { $0.start == words[index + 3].start }),
                   let date = CalendarDay(String(day.value.prefix(10))) {
                    year = date.year
                }
                added.append(TemporalExpression(start: word.start, end: words[end].end, in: document, type: .date,
                                                value: Timex.year(year), modifier: nil))
                index = end + 1
                continue
            }
            if isWord(index, "the") {
                // "the quarter", "the latest period", "the year-ago quarter", "the comparable year-earlier period",
                // "the 1988 quarter".
                var next = index + 1
                var year = reference.year
                var qualified = false
                while true {
                    if isWord(next, "latest") || isWord(next, "comparable") || isWord(next, "corresponding")
                        || isWord(next, "fiscal") {
                        qualified = true
                        next += 1
                    } else if let after = yearAgo(at: next) {
                        year = reference.year - 1
                        qualified = true
                        next = after
                    } else if let written = writtenYear(next) {
                        year = written
                        qualified = true
                        next += 1
                    } else {
                        break
                    }
                }
                // "the 1988 second quarter", "the year-ago third quarter": the quarter found, in the year before it.
                if qualified, let named = foundQuarter(at: next) {
                    add(word.start, named.end, year: year == reference.year ? quarterOf(named).year : year,
                        quarter: quarterOf(named).quarter)
                    index = next + 1
                    while index < words.count && words[index].start < named.end { index += 1 }
                    continue
                }
                if isWord(next, "quarter") && !isWord(next + 1, "of") && !isWord(next + 1, "-")
                    || isWord(next, "period") && qualified {
                    // "the corresponding period last year", "the comparable quarter a year earlier".
                    var end = next + 1
                    if isWord(end, "of") { end += 1 }
                    if isWord(end, "the") { end += 1 }
                    if isWord(end, "last") && isWord(end + 1, "year")
                        || isWord(end, "a") && isWord(end + 1, "year") && (isWord(end + 2, "ago") || isWord(end + 2, "earlier")) {
                        year = reference.year - 1
                        end += isWord(end, "a") ? 3 : 2
                    } else {
                        end = next + 1
                    }
                    if isWord(next, "period") && sentenceCountsMonths(before: index) {
                        // "compared with a loss in the 1988 period" in a sentence about the nine months: that year.
                        added.append(TemporalExpression(start: word.start, end: words[end - 1].end, in: document,
                                                        type: .date, value: Timex.year(year), modifier: nil))
                    } else {
                        add(word.start, words[end - 1].end, year: year, quarter: reference.quarter)
                    }
                    index = end
                    continue
                }
            } else if let after = yearAgo(at: index) {
                // "year-earlier sales", "year-ago quarter", "the year-ago third quarter" (its quarter read as this year's).
                var end = words[after - 1].end
                if isWord(after, "quarter") || isWord(after, "period") {
                    end = words[after].end
                } else if let named = foundQuarter(at: after) {
                    add(word.start, named.end, year: quarterOf(named).year - 1, quarter: quarterOf(named).quarter)
                    index = after + 1
                    while index < words.count && words[index].start < named.end { index += 1 }
                    continue
                }
                if end == words[after - 1].end && sentenceCountsMonths(before: index) {
                    // "For the nine months, ... compared with year-earlier net income": the year before, as "a year
                    // earlier" in such a sentence.
                    added.append(TemporalExpression(start: word.start, end: end, in: document, type: .date,
                                                    value: Timex.year(reference.year - 1), modifier: nil))
                } else {
                    add(word.start, end, year: reference.year - 1, quarter: reference.quarter)
                }
                index = after
                continue
            } else if let anchor, isWord(index, "this") || isWord(index, "last") || isWord(index, "next"),
                      isWord(index + 1, "year"), isWord(index + 2, "'"), isWord(index + 3, "s") {
                // "this year's third quarter", "last year's quarter", "next year's first quarter".
                let year = anchor.year + (isWord(index, "this") ? 0 : isWord(index, "last") ? -1 : 1)
                if let named = foundQuarter(at: index + 4) {
                    add(word.start, named.end, year: year, quarter: quarterOf(named).quarter)
                    index += 5
                    while index < words.count && words[index].start < named.end { index += 1 }
                    continue
                }
                if isWord(index + 4, "quarter") || isWord(index + 4, "period") {
                    add(word.start, words[index + 4].end, year: year, quarter: reference.quarter)
                    index += 5
                    continue
                }
                index += 1
                continue
            } else if isWord(index, "a") && isWord(index + 1, "year")
                        && (isWord(index + 2, "ago") || isWord(index + 2, "earlier")) {
                // A sentence about a run of months ("for the nine months, net rose from $9 million a year earlier")
                // compares whole years to date, not the quarter.
                if sentenceCountsMonths(before: index) {
                    added.append(TemporalExpression(start: word.start, end: words[index + 2].end, in: document,
                                                    type: .date, value: Timex.year(reference.year - 1), modifier: nil))
                } else {
                    add(word.start, words[index + 2].end, year: reference.year - 1, quarter: reference.quarter)
                }
                index += 3
                continue
            }
            index += 1
        }
        guard !added.isEmpty else { return found }
        var merged = found.filter { old in !added.contains { $0.start < old.end && old.start < $0.end } }
        merged += added
        merged.sort { $0.start < $1.start }
        return merged
    }

    /// The words, numbers and marks of the text (a mark is one byte; blanks and line breaks part them) around each
    /// "year", "quarter" and "period", the nouns every pattern of this pass holds: the rest of the text is never
    /// split into words. Separate stretches are parted by an empty word, which matches nothing.
    private static func words(in bytes: TextBytes) -> [Word] {
        var words: [Word] = []
        var coveredUntil = 0
        var index = 0
        let count = bytes.count
        while index < count {
            // Eight bytes at a time, for a "ye", "qu" or "pe" starting in them: most words hold none.
            if index + 9 <= count {
                let first = bytes.word(at: index) | 0x2020_2020_2020_2020
                let second = bytes.word(at: index + 1) | 0x2020_2020_2020_2020
                let hits = SentenceByteMasks.zeroBytes(first ^ 0x7979_7979_7979_7979)
                        & SentenceByteMasks.zeroBytes(second ^ 0x6565_6565_6565_6565)
                    | SentenceByteMasks.zeroBytes(first ^ 0x7171_7171_7171_7171)
                        & SentenceByteMasks.zeroBytes(second ^ 0x7575_7575_7575_7575)
                    | SentenceByteMasks.zeroBytes(first ^ 0x7070_7070_7070_7070)
                        & SentenceByteMasks.zeroBytes(second ^ 0x6565_6565_6565_6565)
                guard hits != 0 else {
                    index += 8
                    continue
                }
                index += hits.trailingZeroBitCount / 8
            }
            let byte = bytes[index] | 0x20
            guard byte == UInt8(ascii: "y") || byte == UInt8(ascii: "q") || byte == UInt8(ascii: "p"),
                  index == 0 || !isAlphanumeric(bytes[index - 1]), isNoun(at: index, in: bytes) else {
                index += 1
                continue
            }
            // Far enough back for "the comparable year-ago quarter", forward for "the corresponding period last year".
            var start = max(index - 48, coveredUntil)
            while start > coveredUntil && isAlphanumeric(bytes[start - 1]) { start -= 1 }
            var end = min(index + 48, count)
            while end < count && isAlphanumeric(bytes[end]) { end += 1 }
            if start > coveredUntil && !words.isEmpty { words.append(Word(start: 0, end: 0)) }
            var position = start
            while position < end {
                let byte = bytes[position]
                if isAlphanumeric(byte) {
                    var wordEnd = position + 1
                    while wordEnd < count && isAlphanumeric(bytes[wordEnd]) { wordEnd += 1 }
                    words.append(Word(start: position, end: wordEnd))
                    position = wordEnd
                } else {
                    if byte > 0x20 && byte < 0x80 { words.append(Word(start: position, end: position + 1)) }
                    position += 1
                }
            }
            coveredUntil = max(position, end)
            index = coveredUntil
        }
        return words
    }

    /// Whether "quarter" or "period" (any case, any ending: "quarterly") starts at `index`, or a "year" that goes on
    /// as the patterns do: "year-ago", "year-earlier", "year ago", "year earlier", "year's", "year ended", "full year".
    private static func isNoun(at index: Int, in bytes: TextBytes) -> Bool {
        func has(_ literal: StaticString, at position: Int) -> Bool {
            let length = literal.utf8CodeUnitCount
            guard position + length <= bytes.count else { return false }
            for offset in 0..<length where bytes[position + offset] | 0x20 != literal.utf8Start[offset] { return false }
            return true
        }
        if has("quarter", at: index) || has("period", at: index) { return true }
        guard has("year", at: index) else { return false }
        if index >= 5 && has("full ", at: index - 5) { return true }  // "the full year"
        guard index + 5 < bytes.count else { return false }
        let after = bytes[index + 4]
        if after == UInt8(ascii: "'") { return bytes[index + 5] | 0x20 == UInt8(ascii: "s") }
        guard after == UInt8(ascii: "-") || after == UInt8(ascii: " ") else { return false }
        return has("ago", at: index + 5) || has("earlier", at: index + 5)
            || has("ended", at: index + 5) || has("ending", at: index + 5)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
    }
}
