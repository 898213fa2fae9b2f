import Foundation

/// What one ClaimReview says, reduced to what the ledger records.
struct ClaimReviewRecord: Sendable {
    /// 1-based position among the reviews in the file, for messages.
    var position: Int
    var statement: String
    /// `reviewRating.alternateName` (or its `name`): the fact-checker's verdict in words.
    var rating: String?
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

/// Reads ClaimReview JSON-LD: a single review, an array of reviews, or a `@graph`. Other nodes
/// are counted and left alone; a review without `claimReviewed` is reported and skipped.
enum ClaimReviewReader {
    static func records(in data: Data, file: String) throws(RunnerFailure) -> (records: [ClaimReviewRecord], problems: [Diagnostic]) {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw .io(.notJSON(path: file, reason: error.localizedDescription))
        }
        var nodes: [[String: Any]] = []
        collect(root, into: &nodes)
        var records: [ClaimReviewRecord] = []
        var problems: [Diagnostic] = []
        var others = 0
        for node in nodes {
            guard types(of: node).contains("ClaimReview") else {
                others += 1
                continue
            }
            let position = records.count + problems.count + 1
            guard let statement = text(node["claimReviewed"]), !statement.isEmpty else {
                problems.append(RunnerMessage.reviewWithoutStatement.about(file, item: "review \(position)"))
                continue
            }
            records.append(record(node, statement: statement, position: position))
        }
        if records.isEmpty && problems.isEmpty {
            problems.append(RunnerMessage.noClaimReview(otherNodes: others).about(file))
        }
        return (records, problems)
    }

    private static func record(_ node: [String: Any], statement: String, position: Int) -> ClaimReviewRecord {
        let rating = node["reviewRating"] as? [String: Any]
        let item = node["itemReviewed"] as? [String: Any] ?? [:]
        let about = item["about"] as? [String: Any] ?? [:]
        let location = about["location"] as? [String: Any]
        return ClaimReviewRecord(
            position: position, statement: statement,
            rating: text(rating?["alternateName"]) ?? text(rating?["name"]),
            reviewURL: text(node["url"]), reviewDate: date(node["datePublished"]),
            reviewer: name(node["author"]) ?? name(node["publisher"]),
            claimAuthor: name(item["author"]), claimDate: date(item["datePublished"]) ?? date(firstOf(item["firstAppearance"])?["datePublished"]),
            identifier: text(node["identifier"]) ?? text(item["identifier"]),
            eventDate: date(about["startDate"]) ?? date(item["temporalCoverage"]),
            place: text(location?["name"]) ?? text(about["location"]),
            participants: list(about["attendee"]).compactMap(name))
    }

    // MARK: JSON-LD helpers

    /// Nodes at the top, in arrays, and in `@graph`, in document order.
    private static func collect(_ value: Any, into nodes: inout [[String: Any]]) {
        if let array = value as? [Any] {
            for element in array { collect(element, into: &nodes) }
        } else if let object = value as? [String: Any] {
            if let graph = object["@graph"] { collect(graph, into: &nodes) } else { nodes.append(object) }
        }
    }

    private static func types(of node: [String: Any]) -> [String] {
        list(node["@type"]).compactMap { ($0 as? String).map { $0.replacingOccurrences(of: "schema:", with: "") } }
    }

    private static func list(_ value: Any?) -> [Any] {
        guard let value else { return [] }
        return value as? [Any] ?? [value]
    }

    private static func firstOf(_ value: Any?) -> [String: Any]? { list(value).first as? [String: Any] }

    private static func text(_ value: Any?) -> String? {
        guard let string = value as? String else { return nil }
        let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
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
