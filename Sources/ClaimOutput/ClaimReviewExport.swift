import ClaimCore

/// schema.org ClaimReview JSON-LD, one review per claim, with the fields Google's fact-check
/// guidance requires (`claimReviewed`, `reviewRating.alternateName`, `url`) and recommends
/// (`author`, `datePublished`, `itemReviewed` as a `Claim` with `author`, `datePublished`,
/// `appearance`, `firstAppearance`).
public struct ClaimReviewExporter: Sendable {
    public let presenter: ClaimPresenter
    /// The organisation publishing the reviews (`publisher:` in config.yaml).
    public let publisher: (name: String, url: String?)?

    public init(presenter: ClaimPresenter, publisher: (name: String, url: String?)?) {
        self.presenter = presenter
        self.publisher = publisher
    }

    /// A JSON array of reviews: the form fact-check feeds and `claims import` read.
    public func render(_ claims: [Claim]) -> String {
        JSONValue.array(claims.map(review(of:))).prettyText + "\n"
    }

    /// A schema.org `DataFeed`, the shape fact-check feeds are published in: one `DataFeedItem` per
    /// claim holding its review, and `dateModified`, the last time any claim changed (so the same
    /// ledger always gives the same feed).
    public func renderFeed(_ claims: [Claim]) -> String {
        let items = claims.map { claim -> JSONValue in
            .object([
                ("@type", .string("DataFeedItem")),
                ("dateCreated", .string(claim.created.description)),
                ("dateModified", .string(claim.updated.description)),
                ("item", .array([review(of: claim, inFeed: true)])),
            ])
        }
        var fields: [(key: String, value: JSONValue)] = [("@context", .string("https://schema.org")), ("@type", .string("DataFeed"))]
        if let publisher = publisherOrganization { fields.append(("publisher", publisher)) }
        if let latest = claims.map(\.updated).max() { fields.append(("dateModified", .string(latest.description))) }
        fields.append(("dataFeedElement", .array(items)))
        return JSONValue.object(fields).prettyText + "\n"
    }

    public func review(of claim: Claim) -> JSONValue {
        review(of: claim, inFeed: false)
    }

    /// A review; inside a feed it takes the feed's `@context` instead of repeating it.
    private func review(of claim: Claim, inFeed: Bool) -> JSONValue {
        let vocabulary = presenter.vocabulary
        var fields: [(key: String, value: JSONValue)] = inFeed ? [] : [("@context", .string("https://schema.org"))]
        fields.append(("@type", .string("ClaimReview")))
        // The review's page: the claim's card in the published HTML report.
        if let base = publisher?.url { fields.append(("url", .string(Self.joined(base, "#claim-\(claim.id)")))) }
        fields.append(("identifier", .string(claim.id.rawValue)))
        fields.append(("claimReviewed", .string(claim.statement.shortened(to: 140))))
        fields.append(("datePublished", .string(claim.updated.day.description)))
        if let organization = publisherOrganization {
            fields.append(("author", organization))
            fields.append(("publisher", organization))
        }
        var rating: [(key: String, value: JSONValue)] = [
            ("@type", .string("Rating")),
            ("alternateName", .string(vocabulary.label(of: claim.status))),
            ("name", .string(vocabulary.label(of: claim.status))),
        ]
        if let value = vocabulary.role(of: claim.status).map(Self.likelihood) {
            rating += [("ratingValue", .int(value)), ("bestRating", .int(5)), ("worstRating", .int(1))]
        }
        if let reason = claim.history.last?.because { rating.append(("ratingExplanation", .string(reason))) }
        fields.append(("reviewRating", .object(rating)))
        fields.append(("itemReviewed", itemReviewed(claim)))
        return .object(fields)
    }

    /// How likely a status of `role` makes the event look, on the 1 (false) to 5 (true) scale that
    /// ClaimReview ratings use. A status the vocabulary no longer defines has no number, only its label.
    static func likelihood(_ role: StatusRole) -> Int {
        switch role {
        case .occurrence: 5
        case .confirmation: 4
        case .plan, .postponement: 3
        case .doubt: 2
        case .denial, .cancellation: 1
        }
    }

    private var publisherOrganization: JSONValue? {
        guard let publisher else { return nil }
        var fields: [(key: String, value: JSONValue)] = [("@type", .string("Organization")), ("name", .string(publisher.name))]
        if let url = publisher.url { fields.append(("url", .string(url))) }
        return .object(fields)
    }

    /// The claim as first made: who said it, when, and everywhere it appeared.
    private func itemReviewed(_ claim: Claim) -> JSONValue {
        let ordered = claim.evidence.enumerated().sorted { lhs, rhs in
            let l = lhs.element.source.published?.firstDay ?? lhs.element.recordedAt.day
            let r = rhs.element.source.published?.firstDay ?? rhs.element.recordedAt.day
            return l != r ? l < r : lhs.offset < rhs.offset
        }.map(\.element)
        var fields: [(key: String, value: JSONValue)] = [("@type", .string("Claim"))]
        if let first = ordered.first {
            fields.append(("author", Self.speaker(first.voice)))
            if let published = first.source.published { fields.append(("datePublished", .string(published.description))) }
            var seen = Set<String>()
            let appearances = ordered.filter { seen.insert($0.source.url ?? "\($0.source.name) \($0.source.published?.description ?? "")").inserted }
            fields.append(("appearance", .array(appearances.map(Self.creativeWork))))
            fields.append(("firstAppearance", Self.creativeWork(first)))
        }
        if let date = claim.event.date {
            fields.append(("temporalCoverage", .string(date.description)))
            var event: [(key: String, value: JSONValue)] = [
                ("@type", .string("Event")), ("name", .string(claim.statement)), ("startDate", .string(date.description)),
            ]
            if let place = claim.event.place { event.append(("location", .object([("@type", .string("Place")), ("name", .string(place))]))) }
            if !claim.event.participants.isEmpty {
                event.append(("attendee", .array(claim.event.participants.map(Self.speaker))))
            }
            fields.append(("about", .object(event)))
        }
        return .object(fields)
    }

    private static func creativeWork(_ evidence: Evidence) -> JSONValue {
        var fields: [(key: String, value: JSONValue)] = [("@type", .string("CreativeWork"))]
        if let url = evidence.source.url { fields.append(("url", .string(url))) }
        if let published = evidence.source.published { fields.append(("datePublished", .string(published.description))) }
        fields.append(("publisher", .object([("@type", .string("Organization")), ("name", .string(evidence.source.name))])))
        return .object(fields)
    }

    /// A Person or an Organization, guessed from the name: "the State Department", "the Kremlin"
    /// and names with institutional words are organisations; "Ned Price" is a person.
    static func speaker(_ name: String) -> JSONValue {
        let lowered = name.lowercased()
        let institutional = [
            "ministry", "department", "house", "council", "office", "government", "agency", "committee", "commission",
            "parliament", "kremlin", "nato", "press", "news", "union", "party", "court", "embassy", "bank", "company",
            "spokes", "officials", "sources", "organization", "organisation", "association", "institute",
        ]
        let isOrganization = lowered.hasPrefix("the ") || institutional.contains { lowered.contains($0) }
        return .object([("@type", .string(isOrganization ? "Organization" : "Person")), ("name", .string(name))])
    }

    private static func joined(_ base: String, _ fragment: String) -> String {
        (base.firstIndex(of: "#").map { String(base[..<$0]) } ?? base) + fragment
    }
}
