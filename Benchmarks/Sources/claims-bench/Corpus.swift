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
