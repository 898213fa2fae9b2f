import ClaimCore
import Foundation

/// What one ClaimReview says, reduced to what the ledger records.
struct ClaimReviewRecord: Sendable {
    /// 1-based position among the reviews in the file, for messages.
    var position: Int
    var statement: String
    /// `reviewRating.alternateName` (or its `name`): the fact-checker's verdict in words.
    var rating: String?
    /// `reviewRating.ratingValue` as a fraction from worst (0) to best (1).
    var numericRating: Double?
    var reviewURL: String?
    var reviewDate: EventDate?
    /// Who reviewed the claim: the review's author, else its publisher.
    var reviewer: String?
    /// Who made the claim (`itemReviewed.author`), when the claim was made, and where it appeared.
    var claimAuthor: String?
    var claimDate: EventDate?
    var identifier: String?
    /// The event's date, place and participants, when the review carries them (`claims export` does).
    var eventDate: EventDate?
    var place: String?
    var participants: [String]
}

/// The three shapes in which fact-checkers and the services that collect their work exchange reviews.
public enum ReviewShape: String, CaseIterable, Sendable {
    /// ClaimReview JSON-LD: one review, an array of them, or an `@graph`.
    case claimreview
    /// A schema.org `DataFeed` whose `dataFeedElement`s are `DataFeedItem`s holding ClaimReviews.
    case datafeed
    /// A Fact Check Tools claim search: `{"claims": [{"text", "claimant", "claimReview": [...]}]}`.
    case factcheckAPI = "factcheck-api"

    var noun: String {
        switch self {
        case .claimreview: "ClaimReview"
        case .datafeed: "DataFeed item with a ClaimReview"
        case .factcheckAPI: "Fact Check Tools claim with a review"
        }
    }
}

/// Reads reviews in any of the three shapes (or only `shape`), a piece at a time (see
/// `JSONPieceReader`), handing over each review as soon as it is read. A node of no known shape is
/// counted and left alone; a review without the claim's text is reported and skipped.
struct ClaimReviewReader {
    let file: String
    let shape: ReviewShape?
    private(set) var problems: [Diagnostic] = []
    private(set) var reviewsRead = 0
    private var others = 0
    private var position = 0
    /// Members of a top-level object that hold no records, read as one node at the end (a single
    /// review written as a top-level object arrives this way).
    private var header: [String: Any] = [:]

    /// Top-level members whose array elements are records, read one by one.
    private static let recordArrays: Set<String> = ["@graph", "dataFeedElement", "claims"]

    init(file: String, shape: ReviewShape?) {
        self.file = file
        self.shape = shape
    }

    /// Reads the whole stream; `progress` gets the bytes read so far.
    mutating func read(_ handle: FileHandle, progress: (Int) -> Void, record: (ClaimReviewRecord) throws(RunnerFailure) -> Void) throws(RunnerFailure) {
        var pieces = JSONPieceReader()
        var bytesRead = 0
        do {
            while true {
                let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
                if chunk.isEmpty { break }
                bytesRead += chunk.count
                try pieces.feed(chunk) { piece in try self.take(piece, record: record) }
                progress(bytesRead)
            }
            try pieces.finish { piece in try self.take(piece, record: record) }
        } catch let malformed as JSONPieceReader.Malformed {
            throw .io(.notJSON(path: file, reason: "\(malformed.reason) at byte \(malformed.offset)"))
        } catch let failure as RunnerFailure {
            throw failure
        } catch {
            throw .io(.couldNotRead(path: file))
        }
        if !header.isEmpty { try visit(header, record: record) }
        if reviewsRead == 0 && problems.isEmpty {
            problems.append(RunnerMessage.noReviews(expected: shape?.noun, otherNodes: others).about(file))
        }
    }

    private mutating func take(_ piece: JSONPieceReader.Piece, record: (ClaimReviewRecord) throws(RunnerFailure) -> Void) throws(RunnerFailure) {
        switch piece {
        case .element(let value, nil), .scalar(let value):
            try visitAll(value, record: record)
        case .element(let value, let key?):
            if Self.recordArrays.contains(key) {
                try visitAll(value, record: record)
            } else {
                header[key, default: [Any]()] = (header[key] as? [Any] ?? []) + [value]
            }
        case .member(let key, let value):
            header[key] = value
        }
    }

    /// Every node in `value`: arrays and `@graph`s are opened.
    private mutating func visitAll(_ value: Any, record: (ClaimReviewRecord) throws(RunnerFailure) -> Void) throws(RunnerFailure) {
        if let array = value as? [Any] {
            for element in array { try visitAll(element, record: record) }
        } else if let object = value as? [String: Any] {
            if let graph = object["@graph"] { try visitAll(graph, record: record) } else { try visit(object, record: record) }
        }
    }

    private mutating func visit(_ node: [String: Any], record: (ClaimReviewRecord) throws(RunnerFailure) -> Void) throws(RunnerFailure) {
        let nodeTypes = Self.types(of: node)
        if nodeTypes.contains("DataFeed") {
            for element in Self.list(node["dataFeedElement"]) { try visitAll(element, record: record) }
        } else if nodeTypes.contains("DataFeedItem") {
            for item in Self.list(node["item"]) {
                guard let reviewNode = item as? [String: Any], Self.types(of: reviewNode).contains("ClaimReview") else { others += 1; continue }
                try review(reviewNode, shape: .datafeed, record: record)
            }
        } else if nodeTypes.contains("ClaimReview") {
            try review(node, shape: .claimreview, record: record)
        } else if let reviews = node["claimReview"] {
            // A Fact Check Tools claim: the claim's words once, reviewed by one or more publishers.
            for case let entry as [String: Any] in Self.list(reviews) {
                try factCheck(claim: node, review: entry, record: record)
            }
        } else {
            others += 1
        }
    }

    private mutating func review(_ node: [String: Any], shape found: ReviewShape, record: (ClaimReviewRecord) throws(RunnerFailure) -> Void) throws(RunnerFailure) {
        guard shape == nil || shape == found else { others += 1; return }
        position += 1
        guard let statement = Self.statement(of: node) else {
            problems.append(RunnerMessage.reviewWithoutStatement(key: "claimReviewed").about(file, item: "review \(position)"))
            return
        }
        reviewsRead += 1
        let parsed = Self.record(node, statement: statement, position: position)
        if parsed.rating == nil, parsed.numericRating == nil, let rating = node["reviewRating"] as? [String: Any], rating["ratingValue"] != nil {
            let written = Self.text(rating["ratingValue"]) ?? "\(rating["ratingValue"]!)"
            problems.append(RunnerMessage.unreadableRating(written).about(file, item: "review \(position)"))
        }
        try record(parsed)
    }

    private mutating func factCheck(claim: [String: Any], review: [String: Any], record: (ClaimReviewRecord) throws(RunnerFailure) -> Void) throws(RunnerFailure) {
        guard shape == nil || shape == .factcheckAPI else { others += 1; return }
        position += 1
        guard let statement = Self.text(claim["text"]) else {
            problems.append(RunnerMessage.reviewWithoutStatement(key: "text").about(file, item: "review \(position)"))
            return
        }
        reviewsRead += 1
        let publisher = review["publisher"] as? [String: Any]
        try record(ClaimReviewRecord(
            position: position, statement: statement, rating: Self.text(review["textualRating"]), numericRating: nil,
            reviewURL: Self.text(review["url"]), reviewDate: Self.date(review["reviewDate"]),
            reviewer: Self.text(publisher?["name"]) ?? Self.text(publisher?["site"]),
            claimAuthor: Self.text(claim["claimant"]), claimDate: Self.date(claim["claimDate"]),
            identifier: nil, eventDate: nil, place: nil, participants: []))
    }

    private static func record(_ node: [String: Any], statement: String, position: Int) -> ClaimReviewRecord {
        let rating = node["reviewRating"] as? [String: Any]
        let item = node["itemReviewed"] as? [String: Any] ?? [:]
        let about = item["about"] as? [String: Any] ?? [:]
        let location = about["location"] as? [String: Any]
        return ClaimReviewRecord(
            position: position, statement: statement,
            rating: text(rating?["alternateName"]) ?? text(rating?["name"]), numericRating: rating.flatMap(numericRating),
            reviewURL: text(node["url"]), reviewDate: date(node["datePublished"]),
            reviewer: name(node["author"]) ?? name(node["publisher"]),
            claimAuthor: name(item["author"]), claimDate: date(item["datePublished"]) ?? date(firstOf(item["firstAppearance"])?["datePublished"]),
            identifier: text(node["identifier"]) ?? text(item["identifier"]),
            eventDate: date(about["startDate"]) ?? date(item["temporalCoverage"]),
            place: text(location?["name"]) ?? text(about["location"]),
            participants: list(about["attendee"]).compactMap(name))
    }

    /// `claimReviewed`, or the reviewed event's full name when `claimReviewed` is its shortened form
    /// (as `claims export` writes a long statement).
    private static func statement(of node: [String: Any]) -> String? {
        guard let reviewed = text(node["claimReviewed"]) else { return nil }
        let event = (node["itemReviewed"] as? [String: Any])?["about"] as? [String: Any]
        if reviewed.hasSuffix("…"), let name = text(event?["name"]), name.hasPrefix(reviewed.dropLast()) { return name }
        return reviewed
    }

    /// `ratingValue` placed between `worstRating` and `bestRating` (schema.org's defaults: 1 and 5)
    /// as a fraction from 0 (worst) to 1 (best).
    private static func numericRating(_ rating: [String: Any]) -> Double? {
        guard let value = number(rating["ratingValue"]) else { return nil }
        let best = number(rating["bestRating"]) ?? 5, worst = number(rating["worstRating"]) ?? 1
        guard best != worst else { return nil }
        return min(1, max(0, (value - worst) / (best - worst)))
    }

    private static func number(_ value: Any?) -> Double? {
        if let number = value as? NSNumber { return number.doubleValue }
        return text(value).flatMap(Double.init)
    }

    // MARK: JSON-LD helpers

    private static func types(of node: [String: Any]) -> [String] {
        list(node["@type"]).compactMap { ($0 as? String).map { $0.replacingOccurrences(of: "schema:", with: "") } }
    }

    private static func list(_ value: Any?) -> [Any] {
        guard let value else { return [] }
        return value as? [Any] ?? [value]
    }

    private static func firstOf(_ value: Any?) -> [String: Any]? { list(value).first as? [String: Any] }

    /// A string value, trimmed, with HTML's character references decoded: fact-check markup tools
    /// often write `claimReviewed` and names as HTML ("Smith &amp; Sons", "&#8220;").
    private static func text(_ value: Any?) -> String? {
        guard let string = value as? String else { return nil }
        let trimmed = HTMLEntities.decoded(string).trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A Person or Organization's `name`, or a bare string.
    private static func name(_ value: Any?) -> String? {
        if let object = list(value).first as? [String: Any] { return text(object["name"]) }
        return text(list(value).first)
    }

    /// ISO 8601 dates and timestamps; a time zone offset is dropped with the time.
    private static func date(_ value: Any?) -> EventDate? {
        guard let string = text(value) else { return nil }
        return EventDate(string) ?? (string.count > 10 ? CalendarDay(String(string.prefix(10))).map { EventDate($0) } : nil)
    }
}
