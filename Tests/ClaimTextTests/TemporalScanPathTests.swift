import ClaimCore
import Testing

@testable import ClaimText
import TextKernel

/// The tagger's fast reader steps over plain text without building tokens, and hands the last 16 bytes of a text to
/// the general scanner. These cases check that both readers agree, wherever the hand-over falls.
@Suite struct TemporalScanPathTests {
    /// "the" is stepped over like a plain word and taken up again in front of what `matchThe` goes on with.
    static let afterThe: [TemporalCase] = [
        .init(sentence: "It was common in the past.", text: "the past", value: "PAST_REF"),
        .init(sentence: "The firm grew quickly in the 1990s.", text: "the 1990s", value: "199X"),
        .init(sentence: "Sales fell at the end of the year.", text: "the end of the year", value: "2021",
              modifier: "END"),
        .init(sentence: "Prices have doubled over the past decade.", text: "the past decade", value: "201"),
        .init(sentence: "Fuel will stay dear over the near term.", text: "the near term", value: "FUTURE_REF"),
        .init(sentence: "Steel mills shaped the 20th century here.", text: "the 20th century", value: "19XX"),
        .init(sentence: "Profits rose in the first quarter of 2021.", text: "the first quarter of 2021",
              value: "2021-Q1"),
    ]

    /// Each case with 0 to 24 spaces after it, so the hand-over to the general scanner falls on every byte of it.
    @Test(arguments: afterThe) func takesUpTheWhereverTheFastReaderStops(_ example: TemporalCase) throws {
        for padding in 0...24 {
            var padded = example
            padded.sentence += String(repeating: " ", count: padding)
            try expectTag(padded)
            let found = temporalTags(padded.sentence)
            #expect(found.count == 1, "padding \(padding): found \(found.map(\.text))")
        }
    }

    @Test func leavesTheAloneBeforeWhatItCannotGoOnWith() {
        #expect(temporalTags("The talks on the “new” plan begin on Friday, officials said.").map(\.text)
            == ["Friday"])
        #expect(temporalTags("The firm hired the 10 engineers in March, its founder said.").map(\.text) == ["March"])
        #expect(temporalTags("Bathe 2009 was the name of the exhibition in the old town.").map(\.text) == ["2009"])
    }

    @Test func stepsOverNonASCIIText() {
        #expect(temporalTags("The vote — first set for March 3 — was delayed again by the chair.").map(\.text)
            == ["March 3"])
        let found = temporalTags("“Today is historic,” the minister told reporters outside.")
        #expect(found.map(\.text) == ["Today"])
        #expect(found.map(\.value) == ["2021-12-28"])
    }

    @Test func readsWordsWithDigitsInThem() {
        let found = temporalTags("The G20 summit in Q3 2022 drew protests from farmers and students.")
        #expect(found.map(\.text) == ["Q3 2022"])
        #expect(found.map(\.value) == ["2022-Q3"])
    }

    @Test func leavesLowercaseDateWordsToTheParser() {
        #expect(temporalTags("The new rules may start on Monday, the ministry said in a note.").map(\.text)
            == ["Monday"])
        #expect(temporalTags("A new year of talks began without a deal on any of the points.").isEmpty)
    }

    /// "in" and an amount is a date only in a sentence that looks ahead; otherwise the amount is a duration.
    @Test func readsTheAmountAfterInOnce() {
        let past = temporalTags("Shares rose two percent, their best day in a month, traders said.")
        #expect(past.map(\.text) == ["a month"])
        #expect(past.map(\.value) == ["P1M"])
        #expect(past.map(\.type) == [.duration])
        let future = temporalTags("Talks will resume in two weeks, the envoy told reporters.")
        #expect(future.map(\.text) == ["two weeks"])
        #expect(future.map(\.value) == ["2022-W02"])
        #expect(future.map(\.type) == [.date])
        let years = temporalTags("Prices rose in 2020 and will fall again in 10 days, the minister said.")
        #expect(years.map(\.text) == ["2020", "10 days"])
        #expect(years.map(\.value) == ["2020", "2022-01-07"])
    }

    /// Ordinals, relative words and "in a" are dropped before the parser when the next word cannot go on with them.
    @Test func dropsStartWordsTheNextWordRulesOut() throws {
        #expect(temporalTags("It was the first time the two leaders met in a hotel by the sea.").isEmpty)
        #expect(temporalTags("The office is next to the station, and this is where the last talks were held.").isEmpty)
        try expectTag(.init(sentence: "The first-quarter results came out before the holidays.",
                            text: "The first-quarter", value: "2021-Q1"))
        try expectTag(.init(sentence: "Such talks have failed in the past and may well fail again.", text: "the past",
                            value: "PAST_REF"))
        let found = temporalTags("The ministry said in a statement that talks will resume in a week or so.")
        #expect(found.map(\.text) == ["a week"])
        #expect(found.map(\.value) == ["2022-W01"])
    }

    /// Boundary nouns, seasons, "early"/"late" and "future" are dropped before the parser when the next word (or the
    /// word before "future") cannot go on with them.
    @Test func dropsPeriodWordsTheNextWordRulesOut() {
        #expect(temporalTags("The end came quickly for the coalition in the summer heat of the capital.").isEmpty)
        #expect(temporalTags("The late senator spoke early and often about the future of the old port.").isEmpty)
        let found = temporalTags("Investors looked to the future with hope, and to better days in the future.")
        #expect(found.map(\.text) == ["the future"])
        #expect(found.map(\.value) == ["FUTURE_REF"])
    }

    /// A plain number goes on to a month or "of" with at most two digits, and to a unit with at most three.
    @Test func dropsNumbersTheNextWordRulesOut() throws {
        #expect(temporalTags("Some 150 of the 300 delegates left after 12 rounds, at 10 a.m. on 3 March.").map(\.text)
            == ["10 a.m.", "3 March"])
        #expect(temporalTags("The plan runs for 18 months and costs 120 million in all, the board said.").map(\.text)
            == ["18 months"])
        try expectTag(.init(sentence: "Crews worked 100 hours straight to clear the line.", text: "100 hours",
                            value: "PT100H", type: .duration))
    }

    /// A participle after "be" leaves the tense to the word before it, which the look back reads next anyway.
    @Test func readsTheTenseThroughPassives() {
        #expect(temporalTags("The summit will be held on Friday, diplomats said.").map(\.value) == ["2021-12-31"])
        #expect(temporalTags("The summit was held on Friday, diplomats said.").map(\.value) == ["2021-12-24"])
    }
}

/// TIMEX3 values are spelled into a fixed buffer; these are the shapes that buffer must get right.
@Suite struct TimexSpellingTests {
    @Test func padsDigitsAndPutsTheSignFirst() {
        #expect(Timex.digits(7, width: 4) == "0007")
        #expect(Timex.digits(2022, width: 2) == "2022")
        #expect(Timex.digits(-5, width: 2) == "-05")
        #expect(Timex.digits(0, width: 1) == "0")
    }

    /// Two- and four-digit numbers take a shortcut; every one of them must match the general spelling.
    @Test func spellsEveryTwoAndFourDigitNumberLikeThePaddedDecimal() {
        func padded(_ value: Int, _ width: Int) -> String {
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        for value in 0..<100 where Timex.digits(value, width: 2) != padded(value, 2) {
            Issue.record("\(value) spelled \(Timex.digits(value, width: 2))")
        }
        for value in 0..<10_000 where Timex.digits(value, width: 4) != padded(value, 4) {
            Issue.record("\(value) spelled \(Timex.digits(value, width: 4))")
        }
        #expect(Timex.digits(100, width: 2) == "100")
        #expect(Timex.digits(12_345, width: 4) == "12345")
    }

    @Test func spellsDaysMonthsAndWeeks() throws {
        let day = try #require(CalendarDay("2022-01-09"))
        #expect(Timex.day(day) == "2022-01-09")
        #expect(Timex.month(2021, 12) == "2021-12")
        #expect(Timex.week(of: try #require(CalendarDay("2021-12-28"))) == "2021-W52")
    }

    @Test func spellsDurationsAndClockTimes() throws {
        try expectTag(.init(sentence: "The work will take two and a half years.", text: "two and a half years",
                            value: "P2.5Y", type: .duration))
        try expectTag(.init(sentence: "The talks lasted 90 minutes.", text: "90 minutes", value: "PT90M",
                            type: .duration))
        try expectTag(.init(sentence: "The vote opens at 18:05 UTC on Tuesday.", text: "18:05 UTC",
                            value: "2021-12-28T18:05Z", type: .time))
        try expectTag(.init(sentence: "The vote opens at 9 a.m.", text: "9 a.m.", value: "XXXX-XX-XXT09:00",
                            type: .time, anchor: nil))
    }
}

/// The tense look-back finds the start of a sentence sixteen bytes at a time.
@Suite struct TemporalSentenceEndMaskTests {
    @Test func marksExactlyTheSentenceEndsAndLineBreaksOfSixteenBytes() {
        let ends: Set<UInt8> = [0x2E, 0x21, 0x3F, 0x3B, 0x0A, 0x0D]
        for value in 0...255 {
            for position in 0..<16 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 16)
                bytes[position] = UInt8(value)
                let expected: UInt32 = ends.contains(UInt8(value)) ? 1 << UInt32(position) : 0
                TextBytes.withBytes(of: bytes) { text in
                    #expect(text.sentenceEnds(at: 0) == expected, "byte \(value) at \(position)")
                }
                bytes.withUnsafeBufferPointer { buffer in
                    #expect(SentenceByteMasks.portableSentenceEnds(at: buffer.baseAddress!) == expected, "byte \(value) at \(position)")
                }
            }
        }
    }
}
