import TextKernel

/// What a word means to the temporal tagger. `value` refines the kind (month number, unit, modifier …).
struct TemporalLexeme: Equatable, Sendable {
    var kind: TemporalWordKind
    var value: Int8

    static let none = TemporalLexeme(kind: .none, value: 0)
}

enum TemporalWordKind: UInt8, Sendable {
    case none
    case month              // value 1…12
    case monthAbbreviation  // value 1…12; needs a day or a year next to it
    case weekday            // value 1…7, ISO (Monday = 1)
    case weekdayPlural      // "Mondays": a set
    case numberWord         // value: the number ("a" is not here; it is `.article`)
    case ordinalWord        // first … fourth (quarters, halves); value 1…4
    case unit               // value: TimexUnit
    case unitPlural         // value: TimexUnit
    case deictic            // value: DeicticWord
    case reference          // value: 0 PRESENT_REF, 1 PAST_REF, 2 FUTURE_REF ("soon"), 3 "future", 4 "recent", 5 "term", 6 "these"
    case relative           // value: RelativeWord
    case edge               // early/mid/late; value: TimexModifier
    case boundaryNoun       // end/beginning/start/middle; value: TimexModifier
    case partOfDay          // value: TimexPartOfDay
    case clockWord          // noon = 12, midnight = 0
    case season             // value: TimexSeason
    case quarterCode        // Q1…Q4
    case halfCode           // H1, H2
    case half
    case frequency          // annually, daily …; value: TimexUnit
    case every              // every, each, per
    case the
    case article            // a, an
    case ago
    case meridiem           // am = 0, pm = 1
    case timeZone           // value 0: UTC/GMT (`Z`); 1: other zone names, kept in the span only
    case preposition        // value: TemporalPreposition
    case conjunction        // and, or
    case ordinalSuffix      // st, nd, rd, th
    case pluralSuffix       // the "s" of "1990s"
    case vague              // several, few, many, couple
    case earlierLater       // earlier = 0, later = 1
    case moreMost           // "more recently"
    case fiscal
    // ClauseTense cues, read only around expressions that need a year or a week chosen.
    case futureCue
    case pastCue
    case beForm             // be, been, being, is, are: passive "-ed" words after them decide nothing
    case modalVerb          // could, should, may, might, must, can: "to be"/"may be" point ahead
    case infinitiveTo
    case clauseStart        // "that", "but": a new clause starts; the verbs before it say nothing of its tense
    case reportingVerb      // said, told, reported: dates the report, so only a date right next to it
    case rescheduleVerb     // postponed, delayed, moved: "postponed to May 30" points ahead of the report
    case neutral            // "-ed" words that are not past verbs: United, based, limited …
    case countNoun          // people, jobs, jets …: "2000 people" is not a year
    case holiday            // value: Holiday; "new" of "New Year's Day" too
}

/// Holidays whose date the tagger works out ("Christmas" → 12-25, "Easter" → the Sunday of that year).
enum Holiday: Int8 {
    case christmas, boxingDay, newYear, valentine, halloween, thanksgiving, easter
}

enum TimexUnit: Int8 {
    case minute, hour, day, week, weekend, fortnight, month, quarter, year, decade, century
}

enum DeicticWord: Int8 { case today, tonight, yesterday, tomorrow }

enum RelativeWord: Int8 { case this, last, next, past, coming, previous, following, current }

/// The modifiers the tagger's words make ("early", "mid-", "late"); `TemporalModifier` spells them.
enum TimexModifier: Int8 {
    case start, mid, end
}

enum TimexPartOfDay: Int8 {
    case morning, afternoon, evening, night

    var timex: String {
        switch self {
        case .morning: "MO"
        case .afternoon: "AF"
        case .evening: "EV"
        case .night: "NI"
        }
    }
}

enum TimexSeason: Int8 {
    case spring, summer, autumn, winter

    var timex: String {
        switch self {
        case .spring: "SP"
        case .summer: "SU"
        case .autumn: "FA"
        case .winter: "WI"
        }
    }
}

enum TemporalPreposition: Int8 {
    case `in`, on, at, of, since, until, by, during, from, to, before, after, through, between, within, over, `as`,
         around, into, throughout, `for`
}

/// A lowercase word of up to 16 ASCII bytes packed into two integers, the groups its `WordKey` is made of:
/// packing it from the text costs a few instructions and no allocation.
struct TemporalWordKey: Hashable {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var count: Int = 0  // only counted by `append`; lookups compare the packed bytes

    mutating func append(_ byte: UInt8) {
        // Letters only are folded to lower case; digits pass through ("q3", "h1").
        let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        if count < 8 {
            low |= UInt64(folded) << (UInt64(count) * 8)
        } else if count < 16 {
            high |= UInt64(folded) << (UInt64(count - 8) * 8)
        }
        count += 1
    }

    init() {}

    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    init(_ word: String) {
        for byte in word.utf8 { append(byte) }
    }
}

/// The tagger's vocabulary: a `WordTable` from each word's key to its meaning, built once.
final class TemporalLexicon: Sendable {
    /// Each word's meaning by its `WordKey`, for the scanner's lookups.
    let table: FrozenWordTable<TemporalLexeme>
    /// Each word of the vocabulary once, with the meaning that won, for the filters.
    private let words: [(word: String, lexeme: TemporalLexeme)]
    /// The byte-class table the scanner reads (see `TemporalByteClass`), kept here so it is made once too.
    let byteClasses: ByteTable

    static let shared = TemporalLexicon()

    private init() {
        byteClasses = ByteTable(TemporalByteClass.table)
        var table = WordTable(missing: TemporalLexeme.none, minimumCapacity: 512)
        var words: [(word: String, lexeme: TemporalLexeme)] = []
        for (list, kind, value) in TemporalLexicon.vocabulary {
            for word in list.split(separator: " ").map(String.init) {
                let lexeme = TemporalLexeme(kind: kind, value: value)
                if table.insert(lexeme, forKey: WordKey.of(word)) { words.append((word, lexeme)) }  // first meaning wins
            }
        }
        self.table = FrozenWordTable(table)
        self.words = words
    }

    func lookup(_ key: TemporalWordKey) -> TemporalLexeme {
        table[WordKey.ofGroups(key.low, key.high)]
    }

    /// A filter over the words whose meaning passes `include` (the meaning that won, for a word listed
    /// twice), so that most other words need no table probe.
    func makeWordFilter(_ include: (TemporalLexeme) -> Bool) -> WordLengthFilter {
        WordLengthFilter(words: words.filter { include($0.lexeme) }.map(\.word))
    }

    /// Space-separated lowercase words with their meaning. A word listed twice keeps its first meaning.
    private static let vocabulary: [(String, TemporalWordKind, Int8)] = {
        var list: [(String, TemporalWordKind, Int8)] = []
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december"]
        for (index, month) in months.enumerated() { list.append((month, .month, Int8(index + 1))) }
        let abbreviations = ["jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep sept", "oct", "nov", "dec"]
        for (index, words) in abbreviations.enumerated() where !words.isEmpty {
            list.append((words, .monthAbbreviation, Int8(index + 1)))
        }
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (index, day) in weekdays.enumerated() {
            list.append((day, .weekday, Int8(index + 1)))
            list.append((day + "s", .weekdayPlural, Int8(index + 1)))
        }
        let numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                       "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                       "twenty"]
        for (index, number) in numbers.enumerated() { list.append((number, .numberWord, Int8(index + 1))) }
        list += [("thirty", .numberWord, 30), ("forty", .numberWord, 40), ("fifty", .numberWord, 50),
                 ("sixty", .numberWord, 60), ("seventy", .numberWord, 70), ("eighty", .numberWord, 80),
                 ("ninety", .numberWord, 90), ("hundred", .numberWord, 100)]
        list += [("first", .ordinalWord, 1), ("second", .ordinalWord, 2), ("third", .ordinalWord, 3),
                 ("fourth", .ordinalWord, 4)]
        let units: [(String, String, TimexUnit)] = [
            ("minute min", "minutes mins", .minute), ("hour", "hours", .hour), ("day", "days", .day),
            ("week", "weeks", .week), ("weekend", "weekends", .weekend), ("fortnight", "fortnights", .fortnight),
            ("month", "months", .month), ("quarter", "quarters", .quarter), ("year", "years", .year),
            ("decade", "decades", .decade), ("century", "centuries", .century),
        ]
        for (singular, plural, unit) in units {
            list.append((singular, .unit, unit.rawValue))
            list.append((plural, .unitPlural, unit.rawValue))
        }
        list += [
            ("today", .deictic, DeicticWord.today.rawValue), ("tonight", .deictic, DeicticWord.tonight.rawValue),
            ("yesterday", .deictic, DeicticWord.yesterday.rawValue), ("tomorrow", .deictic, DeicticWord.tomorrow.rawValue),
            ("now currently presently nowadays", .reference, 0), ("recently lately", .reference, 1),
            ("soon", .reference, 2), ("future", .reference, 3), ("recent", .reference, 4),  // "future" only counts in "in the future"
            ("term", .reference, 5),  // only in "the near term", "the short term", "the long term"
            ("these", .reference, 6),  // only in "these days"
            ("this", .relative, RelativeWord.this.rawValue), ("last", .relative, RelativeWord.last.rawValue),
            ("next", .relative, RelativeWord.next.rawValue), ("past", .relative, RelativeWord.past.rawValue),
            ("coming", .relative, RelativeWord.coming.rawValue), ("previous", .relative, RelativeWord.previous.rawValue),
            ("following", .relative, RelativeWord.following.rawValue), ("current", .relative, RelativeWord.current.rawValue),
            ("early", .edge, TimexModifier.start.rawValue), ("mid", .edge, TimexModifier.mid.rawValue),
            ("late", .edge, TimexModifier.end.rawValue),
            ("end", .boundaryNoun, TimexModifier.end.rawValue), ("close", .boundaryNoun, TimexModifier.end.rawValue),
            ("beginning start", .boundaryNoun, TimexModifier.start.rawValue),
            ("middle", .boundaryNoun, TimexModifier.mid.rawValue),
            ("morning", .partOfDay, TimexPartOfDay.morning.rawValue),
            ("afternoon", .partOfDay, TimexPartOfDay.afternoon.rawValue),
            ("evening", .partOfDay, TimexPartOfDay.evening.rawValue), ("night", .partOfDay, TimexPartOfDay.night.rawValue),
            ("noon midday", .clockWord, 12), ("midnight", .clockWord, 0),
            ("spring", .season, TimexSeason.spring.rawValue), ("summer", .season, TimexSeason.summer.rawValue),
            ("autumn fall", .season, TimexSeason.autumn.rawValue), ("winter", .season, TimexSeason.winter.rawValue),
            ("q1", .quarterCode, 1), ("q2", .quarterCode, 2), ("q3", .quarterCode, 3), ("q4", .quarterCode, 4),
            ("h1", .halfCode, 1), ("h2", .halfCode, 2), ("half", .half, 0),
            ("annually annual yearly", .frequency, TimexUnit.year.rawValue),
            ("monthly", .frequency, TimexUnit.month.rawValue), ("weekly", .frequency, TimexUnit.week.rawValue),
            ("daily", .frequency, TimexUnit.day.rawValue), ("hourly", .frequency, TimexUnit.hour.rawValue),
            ("quarterly", .frequency, TimexUnit.quarter.rawValue),
            ("every each per", .every, 0), ("the", .the, 0), ("a an", .article, 0), ("ago", .ago, 0),
            ("am", .meridiem, 0), ("pm", .meridiem, 1),
            ("utc gmt", .timeZone, 0), ("est edt cst cdt mst mdt pst pdt cet cest bst ist jst aest", .timeZone, 1),
            ("in", .preposition, TemporalPreposition.in.rawValue), ("on", .preposition, TemporalPreposition.on.rawValue),
            ("at", .preposition, TemporalPreposition.at.rawValue), ("of", .preposition, TemporalPreposition.of.rawValue),
            ("since", .preposition, TemporalPreposition.since.rawValue),
            ("until till", .preposition, TemporalPreposition.until.rawValue), ("by", .preposition, TemporalPreposition.by.rawValue),
            ("during", .preposition, TemporalPreposition.during.rawValue), ("from", .preposition, TemporalPreposition.from.rawValue),
            ("to", .infinitiveTo, 0), ("before", .preposition, TemporalPreposition.before.rawValue),
            ("after", .preposition, TemporalPreposition.after.rawValue),
            ("through", .preposition, TemporalPreposition.through.rawValue),
            ("between", .preposition, TemporalPreposition.between.rawValue),
            ("within", .preposition, TemporalPreposition.within.rawValue), ("over", .preposition, TemporalPreposition.over.rawValue),
            ("as", .preposition, TemporalPreposition.as.rawValue), ("around", .preposition, TemporalPreposition.around.rawValue),
            ("into", .preposition, TemporalPreposition.into.rawValue),
            ("throughout", .preposition, TemporalPreposition.throughout.rawValue),
            ("for", .preposition, TemporalPreposition.for.rawValue),  // "scheduled for March", "sales for October"
            ("and or", .conjunction, 0),
            ("st nd rd th", .ordinalSuffix, 0), ("s", .pluralSuffix, 0),
            ("several few many couple", .vague, 0),
            ("earlier", .earlierLater, 0), ("later", .earlierLater, 1), ("more most", .moreMost, 0),
            ("fiscal", .fiscal, 0),
            ("christmas xmas", .holiday, Holiday.christmas.rawValue), ("boxing", .holiday, Holiday.boxingDay.rawValue),
            ("new", .holiday, Holiday.newYear.rawValue), ("valentine", .holiday, Holiday.valentine.rawValue),
            ("halloween", .holiday, Holiday.halloween.rawValue), ("thanksgiving", .holiday, Holiday.thanksgiving.rawValue),
            ("easter", .holiday, Holiday.easter.rawValue),
            ("will shall ll would wants plans plan planning planned scheduled expected expects expect due upcoming "
                + "intends intend aims hopes going set slated poised possibility possible prospect prospects likely unlikely effective payable",
             .futureCue, 0),
            ("that but although though whereas which who where", .clauseStart, 0),
            ("said says told reported added noted stated", .reportingVerb, 0),
            ("postponed delayed moved pushed rescheduled deferred adjourned extended", .rescheduleVerb, 0),
            ("was were had did met began came took made gave held won left went saw became fell "
                + "rose sold bought got paid brought built chose found grew kept led lost meant put thought wrote "
                + "spent sent struck stood spoke broke flew drew shut cut quit has have hit ran", .pastCue, 0),
            ("be been being is are am", .beForm, 0),
            ("could should may might must can", .modalVerb, 0),
            ("united based limited related red bed need speed feed seed proceed exceed succeed indeed "
                + "interested concerned", .neutral, 0),
            ("people persons jobs employees workers staff units aircraft planes jets airliners passengers seats "
                + "feet ft metres meters miles km kilometres kilometers kg tonnes tons dollars euros pounds shares "
                + "times votes copies cars vehicles homes troops soldiers points students members customers users "
                + "stores flights mph pages words deaths cases", .countNoun, 0),
        ]
        return list
    }()
}
