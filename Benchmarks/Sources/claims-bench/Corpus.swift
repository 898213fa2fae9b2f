/// Generated news text: sentences we wrote, recombined with varying names, dates and cues, so the
/// benchmark exercises dates, cues, attribution and plain filler in realistic proportions.
enum Corpus {
    static let speakers = [
        "The White House said", "According to Example Wire,", "The foreign ministry reported that",
        "A spokeswoman for the council said", "Officials told reporters that", "The company announced that",
    ]
    static let events = [
        "the security talks", "a summit of regional leaders", "the parliament vote on the budget",
        "the launch of the weather satellite", "the hearing on the merger", "a meeting of the ministers",
    ]
    static let cues = [
        "is scheduled for", "was postponed to", "was called off, having been planned for", "will take place on",
        "is very unlikely to happen on", "was confirmed for", "took place on",
    ]
    static let dates = [
        "January 10", "March 3", "next Monday", "mid-December", "the end of the year", "June 14, 2023",
        "Tuesday", "early next month", "the third quarter", "tomorrow",
    ]
    static let filler = [
        "Markets were calm in early trading, and analysts expected little change before the holidays.",
        "The statement did not mention the disputed border, which both sides have argued about for years.",
        "Shares of the company rose two percent after the announcement, their best day in a month.",
        "Residents of the capital said they had heard little about the plans and doubted they would change much.",
        "The report ran to more than two hundred pages and included maps, tables and interviews with farmers.",
    ]

    /// About `bytes` of text in articles of a few kilobytes, deterministic for a given size.
    static func articles(totalBytes: Int, articleBytes: Int = 4_000) -> [String] {
        var generator = SplitMix(seed: 42)
        var articles: [String] = []
        var total = 0
        while total < totalBytes {
            var text = ""
            while text.utf8.count < articleBytes {
                if generator.next() % 3 == 0 {
                    text += "\(speakers.randomElement(using: &generator)!) \(events.randomElement(using: &generator)!) "
                        + "\(cues.randomElement(using: &generator)!) \(dates.randomElement(using: &generator)!). "
                } else {
                    text += filler.randomElement(using: &generator)! + " "
                }
                if generator.next() % 5 == 0 { text += "\n\n" }
            }
            total += text.utf8.count
            articles.append(text)
        }
        return articles
    }
}

/// A small, fast, seedable generator so every run benchmarks the same text.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

extension Corpus {
    /// More varied sentences of our own: named people with titles, countries, capitals, places,
    /// attributions in several shapes, negations, hedges, references back ("the proposal", "on that
    /// date", "the two leaders"), past events and plain sentences without dates or cues.
    static let people = [
        "Foreign Minister Anna Lindqvist", "President Marco Delgado", "Secretary General Jens Halvorsen",
        "Prime Minister Ruth Okafor", "State Department spokesman Paul Verner", "Mr. Tanaka", "Dr. Elena Moreau",
    ]
    static let parties = [
        "Russia", "the United States", "NATO", "China", "Ukraine", "the European Union", "Moscow", "Washington",
        "Serbia and Moldova", "the U.S.", "France and Germany", "Japan", "the UN Security Council",
    ]
    static let places = ["Geneva", "Vienna", "Brussels", "a hotel in Oslo", "Helsinki", "the capital"]
    static let variedTemplates = [
        "{who} said talks between {party} and {party} on security guarantees are scheduled for {date}.",
        "According to {who}, {party} did not rule out a meeting with {party} on {date}.",
        "{party} proposed holding a summit in {place} on {date}, {who} said.",
        "The vote on the new budget was postponed to {date} after {who} raised objections.",
        "{who} confirmed that the delegations of {party} and {party} met in {place} on {date}.",
        "A personal meeting between {who} and {who} in {date} is very unlikely, officials said.",
        "There were no final agreements on the dates of the talks, {who} said on {date}.",
        "{who} suggested holding a meeting of the Russia-NATO Council on {date}.",
        "The proposal is under consideration in {party}, {who} said later.",
        "Such a prospect was dismissed by {who}.",
        "The two leaders may meet again on that date, {who} added.",
        "Russian and American delegations held talks in {place} on {date}.",
        "The launch of the satellite, planned for {date}, was called off because of the weather.",
        "{party} will receive the first aircraft {date}, the company said in a statement.",
        "The hearing took place on {date} and lasted four hours.",
        "Officials said the ceremony would not take place as planned.",
        "{who} announced on {date} that {party} will hold elections next spring.",
        "The deadline for the deal expires {date}, but negotiators hope to finish earlier.",
        "{party}'s ministers are expected to sign the agreement in {place} {date}.",
        "\"We are counting on talks with {party} in {date},\" {who} told reporters.",
        "The plane landed in {place} on {date} after a delay of two hours.",
        "{who}, who chairs the committee, said the inquiry had ended.",
        "It was not clear whether the trip to {place} would go ahead.",
        "The flight was cancelled, said {who}.",
        "Talks with {party} had been planned for {date}, but they were scrapped.",
        "The ministry said it considers {date} a possible date for consultations with {party}.",
        "Weather across the region stayed mild, and farmers welcomed the late rain.",
        "The museum reopened its east wing, which had been closed for repairs since the flood.",
        "Critics of the plan argued that it would cost too much and help too few people.",
        "Prices of wheat and corn fell sharply in Chicago, traders said.",
        "Her book, written over three years, tells the story of a small fishing town in the north.",
        "The company’s shares didn’t move much; investors are waiting for the earnings report.",
        "Neither side has commented on the U.S. proposal, which was handed over in mid-December.",
        "Mr. Ruiz, 54, was elected mayor in 2019 and has since focused on housing.",
    ]
    static let variedDates = dates + [
        "January 12", "December 7", "2022", "June this year", "this week", "Friday", "earlier this month",
        "two weeks ago", "the spring", "the first half of 2022", "10:00 a.m. on Monday", "Jan. 10", "2021-12-30",
    ]

    static func variedArticles(totalBytes: Int, articleBytes: Int = 3_000) -> [String] {
        var generator = SplitMix(seed: 7)
        var articles: [String] = []
        var total = 0
        while total < totalBytes {
            var text = ""
            while text.utf8.count < articleBytes {
                var sentence = variedTemplates.randomElement(using: &generator)!
                for (slot, choices) in [("{who}", people), ("{party}", parties), ("{place}", places), ("{date}", variedDates)] {
                    while let range = sentence.range(of: slot) {
                        sentence.replaceSubrange(range, with: choices.randomElement(using: &generator)!)
                    }
                }
                text += sentence + (generator.next() % 4 == 0 ? "\n\n" : " ")
            }
            total += text.utf8.count
            articles.append(text)
        }
        return articles
    }
}
