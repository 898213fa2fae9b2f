import Testing

/// The fields Google's fact-check (ClaimReview) structured-data guidance asks for: required
/// `claimReviewed`, `reviewRating` with `alternateName`, and `url`; recommended `author`,
/// `datePublished` and `itemReviewed`, a `Claim` with `author` (a Person or Organization with a
/// name), `datePublished`, `appearance` and `firstAppearance`.
enum ClaimReviewCheck {
    static func problems(in review: [String: Any]) -> [String] {
        var problems: [String] = []
        func text(_ value: Any?, _ path: String) {
            if (value as? String)?.isEmpty != false { problems.append("missing '\(path)'") }
        }
        if review["@type"] as? String != "ClaimReview" { problems.append("'@type' is not 'ClaimReview'") }
        if review["@context"] as? String != "https://schema.org" { problems.append("'@context' is not 'https://schema.org'") }
        text(review["claimReviewed"], "claimReviewed")
        if let claim = review["claimReviewed"] as? String, claim.count > 140 { problems.append("'claimReviewed' is not short") }
        text(review["url"], "url")
        if let url = review["url"] as? String, !url.hasPrefix("https://") && !url.hasPrefix("http://") { problems.append("'url' is not a URL") }
        text(review["datePublished"], "datePublished")
        for key in ["author", "publisher"] {
            let party = review[key] as? [String: Any]
            text(party?["name"], "\(key).name")
        }
        let rating = review["reviewRating"] as? [String: Any]
        if rating?["@type"] as? String != "Rating" { problems.append("'reviewRating' is not a 'Rating'") }
        text(rating?["alternateName"], "reviewRating.alternateName")
        let item = review["itemReviewed"] as? [String: Any]
        if item?["@type"] as? String != "Claim" { problems.append("'itemReviewed' is not a 'Claim'") }
        let author = item?["author"] as? [String: Any]
        if !["Person", "Organization"].contains(author?["@type"] as? String ?? "") {
            problems.append("'itemReviewed.author' is not a Person or Organization")
        }
        text(author?["name"], "itemReviewed.author.name")
        text(item?["datePublished"], "itemReviewed.datePublished")
        if (item?["appearance"] as? [Any])?.isEmpty != false { problems.append("missing 'itemReviewed.appearance'") }
        if item?["firstAppearance"] == nil { problems.append("missing 'itemReviewed.firstAppearance'") }
        return problems
    }
}

@Suite struct ClaimReviewCheckTests {
    @Test func namesEveryMissingField() {
        let review: [String: Any] = [
            "@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": "A claim",
            "reviewRating": ["@type": "Rating"], "itemReviewed": ["@type": "Claim"],
        ]
        #expect(ClaimReviewCheck.problems(in: review) == [
            "missing 'url'", "missing 'datePublished'", "missing 'author.name'", "missing 'publisher.name'",
            "missing 'reviewRating.alternateName'", "'itemReviewed.author' is not a Person or Organization",
            "missing 'itemReviewed.author.name'", "missing 'itemReviewed.datePublished'",
            "missing 'itemReviewed.appearance'", "missing 'itemReviewed.firstAppearance'",
        ])
    }
}
