import ClaimCore

/// The reporting period of a results story: once a text names a quarter ("third-quarter profit rose"), its
/// anaphoric periods refer to that quarter. "In the quarter", "the latest quarter", "the latest period" are that
/// quarter; "a year ago", "a year earlier", "the year-ago quarter", "year-earlier sales", "the 1988 period" are the
/// same quarter of the year before (or of the year written). TIMEX3 gives them the quarter's value (`1989-Q3`,
/// `1988-Q3`), as TimeBank's annotators did.
///
/// This pass runs only over texts where the tagger found a quarter with a year, so it costs nothing on other text.
/// The period reported on is the first quarter the text names.
enum TemporalReportingPeriod {
    /// Whether `value` is a quarter with a year: `1989-Q3`.
    @inline(__always) static func isQuarter(_ value: String) -> Bool {
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

    /// A word, number or mark of the text, lowercased.
    private struct Word {
        var start: Int
        var end: Int
        var text: String
    }

    /// `found` with the reporting period's anaphoric expressions added (or given the quarter's value where the tagger
    /// had read a year), sorted by start and not overlapping.
    static func resolve(_ found: [TemporalExpression], in bytes: UnsafeBufferPointer<UInt8>, document: String,
                        anchor: CalendarDay?) -> [TemporalExpression] {
        let words = self.words(in: bytes)
        let quarters: [(end: Int, year: Int, quarter: Int)] = found.compactMap { expression in
            guard isQuarter(expression.value) else { return nil }
            let digits = Array(expression.value.utf8)
            return (expression.end, digits[0..<4].reduce(0) { $0 * 10 + Int($1 - 0x30) }, Int(digits[6] - 0x30))
        }
        // A quarter of long ago ("stopped paying a dividend in the third quarter of 1984") is history, not the period
        // reported on.
        // "the quarter ended Sept. 30" names its quarter by its last day.
        var named = quarters
        for index in words.indices where words[index].text == "quarter" && index + 2 < words.count
            && (words[index + 1].text == "ended" || words[index + 1].text == "ending") {
            guard let day = found.first(where: { $0.start == words[index + 2].start }),
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
            guard index < words.count else { return nil }
            return found.first { $0.start == words[index].start && isQuarter($0.value) }
        }
        // Later quarters are mostly comparisons and outlooks ("after a flat second quarter", "fourth-quarter
        // earnings will be lower"); the lead names the period reported on.
        func quarter(at position: Int) -> (year: Int, quarter: Int) { (first.year, first.quarter) }
        var added: [TemporalExpression] = []
        func add(_ start: Int, _ end: Int, year: Int, quarter: Int) {
            added.append(TemporalExpression(start: start, end: end, in: document, type: .date,
                                            value: Timex.year(year) + "-Q" + String(quarter), modifier: nil))
        }
        func text(_ index: Int) -> String { index < words.count ? words[index].text : "" }
        func adjacent(_ index: Int) -> Bool { index > 0 && index < words.count && words[index - 1].end == words[index].start }
        /// "year-ago", "year-earlier" starting at `index`: the index after it.
        func yearAgo(at index: Int) -> Int? {
            guard text(index) == "year", text(index + 1) == "-", adjacent(index + 1), adjacent(index + 2),
                  text(index + 2) == "ago" || text(index + 2) == "earlier" else { return nil }
            return index + 3
        }
        /// Whether the sentence before word `index` speaks of "months" ("the nine months", "the first six months").
        func sentenceCountsMonths(before index: Int) -> Bool {
            var back = index - 1
            while back >= 0 && !(words[back].text == ";" || words[back].text == "."
                                 && (words[back].end >= bytes.count || bytes[words[back].end] <= 0x20)) {
                if words[back].text == "months" { return true }
                back -= 1
            }
            return false
        }
        var index = 0
        while index < words.count {
            let word = words[index]
            let reference = quarter(at: word.start)
            if word.text == "the" {
                // "the quarter", "the latest period", "the year-ago quarter", "the comparable year-earlier period",
                // "the 1988 quarter".
                var next = index + 1
                var year = reference.year
                var qualified = false
                while true {
                    let qualifier = text(next)
                    if qualifier == "latest" || qualifier == "comparable" || qualifier == "corresponding"
                        || qualifier == "fiscal" {
                        qualified = true
                        next += 1
                    } else if let after = yearAgo(at: next) {
                        year = reference.year - 1
                        qualified = true
                        next = after
                    } else if qualifier.utf8.count == 4, let written = Int(qualifier), (1900...2099).contains(written) {
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
                let noun = text(next)
                let following = text(next + 1)
                if noun == "quarter" && following != "of" && following != "-" && following != "century"
                    || noun == "period" && qualified {
                    // "the corresponding period last year", "the comparable quarter a year earlier".
                    var end = next + 1
                    if text(end) == "of" { end += 1 }
                    if text(end) == "the" { end += 1 }
                    if text(end) == "last" && text(end + 1) == "year"
                        || text(end) == "a" && text(end + 1) == "year" && (text(end + 2) == "ago" || text(end + 2) == "earlier") {
                        year = reference.year - 1
                        end += text(end) == "a" ? 3 : 2
                    } else {
                        end = next + 1
                    }
                    add(word.start, words[end - 1].end, year: year, quarter: reference.quarter)
                    index = end
                    continue
                }
            } else if let after = yearAgo(at: index) {
                // "year-earlier sales", "year-ago quarter", "the year-ago third quarter" (its quarter read as this year's).
                var end = words[after - 1].end
                if text(after) == "quarter" || text(after) == "period" {
                    end = words[after].end
                } else if let named = foundQuarter(at: after) {
                    add(word.start, named.end, year: quarterOf(named).year - 1, quarter: quarterOf(named).quarter)
                    index = after + 1
                    while index < words.count && words[index].start < named.end { index += 1 }
                    continue
                }
                add(word.start, end, year: reference.year - 1, quarter: reference.quarter)
                index = after
                continue
            } else if let anchor, word.text == "this" || word.text == "last" || word.text == "next",
                      text(index + 1) == "year", text(index + 2) == "'", text(index + 3) == "s" {
                // "this year's third quarter", "last year's quarter", "next year's first quarter".
                let year = anchor.year + (word.text == "this" ? 0 : word.text == "last" ? -1 : 1)
                if let named = foundQuarter(at: index + 4) {
                    add(word.start, named.end, year: year, quarter: quarterOf(named).quarter)
                    index += 5
                    while index < words.count && words[index].start < named.end { index += 1 }
                    continue
                }
                if text(index + 4) == "quarter" || text(index + 4) == "period" {
                    add(word.start, words[index + 4].end, year: year, quarter: reference.quarter)
                    index += 5
                    continue
                }
                index += 1
                continue
            } else if word.text == "a" && text(index + 1) == "year"
                        && (text(index + 2) == "ago" || text(index + 2) == "earlier") {
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

    /// The words, numbers and marks of the text, lowercased (a mark is one byte; blanks and line breaks part them).
    private static func words(in bytes: UnsafeBufferPointer<UInt8>) -> [Word] {
        var words: [Word] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if isAlphanumeric(byte) {
                var end = index + 1
                while end < bytes.count && isAlphanumeric(bytes[end]) { end += 1 }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self).lowercased()
                words.append(Word(start: index, end: end, text: text))
                index = end
            } else {
                if byte > 0x20 && byte < 0x80 {
                    words.append(Word(start: index, end: index + 1, text: String(UnicodeScalar(byte))))
                }
                index += 1
            }
        }
        return words
    }

    @inline(__always) private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
    }
}
