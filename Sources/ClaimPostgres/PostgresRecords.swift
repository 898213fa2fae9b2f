import ClaimCore
import ClaimLedger
import Foundation

/// Maps claims to table rows and back. Values are stored in the text the claim files use, and
/// rows read back are checked as a claim file is (a status the vocabulary lacks, a date that does
/// not parse), each problem reported with the claim it belongs to.
struct PostgresRecords {
    let location: String
    let vocabulary: StatusVocabulary
    var issues: [Diagnostic] = []

    init(location: String, vocabulary: StatusVocabulary) {
        self.location = location
        self.vocabulary = vocabulary
    }

    static let claimFields = "id, statement, status, event_date, kind, participants, place, tags, created, updated"
    static let evidenceFields =
        "claim_id, position, source, url, published, document, said_by, quote, status, event_date, cue, recorded_by, recorded_at, note"
    static let historyFields = "claim_id, position, at, from_status, to_status, because, rule, evidence, by_person, previous_date"

    /// Arrays come back as JSON, which Foundation reads without a hand-written parser of PostgreSQL's array syntax.
    static let claimColumns =
        "SELECT id, statement, status, event_date, kind, array_to_json(participants)::text, place, array_to_json(tags)::text, created, updated"
    static let evidenceColumns = "SELECT \(evidenceFields)"
    static let historyColumns = "SELECT \(historyFields)"

    static func placeholders(_ count: Int) -> String {
        (1...count).map { "$\($0)" }.joined(separator: ", ")
    }

    // MARK: Writing

    static func values(of claim: Claim) -> [String?] {
        [
            claim.id.rawValue, claim.statement, claim.status.rawValue, claim.event.date?.description, claim.event.kind,
            arrayLiteral(claim.event.participants), claim.event.place, arrayLiteral(claim.tags),
            claim.created.description, claim.updated.description,
        ]
    }

    static func values(of evidence: Evidence, claim: String, position: Int) -> [String?] {
        [
            claim, String(position), evidence.source.name, evidence.source.url, evidence.source.published?.description,
            evidence.document, evidence.saidBy, evidence.quote, evidence.asserts?.rawValue, evidence.eventDate?.description,
            evidence.cue, evidence.recordedBy, evidence.recordedAt.description, evidence.note,
        ]
    }

    static func values(of change: StatusChange, claim: String, position: Int) -> [String?] {
        [
            claim, String(position), change.at.description, change.from?.rawValue, change.to.rawValue, change.because,
            change.rule, change.evidence.map(String.init), change.by, change.previousDate?.description,
        ]
    }

    /// A `text[]` literal: every element quoted, with `"` and `\` escaped.
    static func arrayLiteral(_ values: [String]) -> String {
        let elements = values.map { value in
            "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        return "{" + elements.joined(separator: ",") + "}"
    }

    // MARK: Reading

    /// Claims in the order of their file names (`a-2.yaml` before `a.yaml`), as the folder store lists them.
    mutating func claims(rows: PostgresRows, evidence: PostgresRows, history: PostgresRows) -> [Claim] {
        // A claim with one unreadable row is left out whole, as a claim file with an error is:
        // saving it back without that row would lose it.
        var broken: Set<String> = []
        var trails: [String: [Evidence]] = [:]
        for row in evidence.rows {
            guard let id = row[0] else { continue }
            guard let item = readEvidence(row, claim: id) else { broken.insert(id); continue }
            trails[id, default: []].append(item)
        }
        var changes: [String: [StatusChange]] = [:]
        for row in history.rows {
            guard let id = row[0] else { continue }
            guard let change = readChange(row, claim: id) else { broken.insert(id); continue }
            changes[id, default: []].append(change)
        }
        var claims: [Claim] = []
        claims.reserveCapacity(rows.count)
        for row in rows.rows {
            guard let text = row[0], !broken.contains(text) else { continue }
            guard let id = ClaimID(text) else {
                report(LedgerMessage.invalidClaimID(text), claim: text)
                continue
            }
            guard let status = status(row[2], claim: text, key: "status"),
                  let created = timestamp(row[8], claim: text, key: "created"),
                  let updated = timestamp(row[9], claim: text, key: "updated")
            else { continue }
            let event = Event(
                date: row[3].flatMap { eventDate($0, claim: text, key: "event.date") }, kind: row[4],
                participants: strings(row[5]), place: row[6])
            claims.append(Claim(
                id: id, statement: row[1] ?? "", event: event, status: status, tags: strings(row[7]),
                created: created, updated: updated, evidence: trails[text] ?? [], history: changes[text] ?? []))
        }
        return claims.sorted { $0.id.rawValue + ".yaml" < $1.id.rawValue + ".yaml" }
    }

    private mutating func readEvidence(_ row: [String?], claim: String) -> Evidence? {
        guard let recordedAt = timestamp(row[12], claim: claim, key: "evidence.recorded_at") else { return nil }
        var asserts: StatusID?
        if let text = row[8] {
            guard let known = status(text, claim: claim, key: "evidence.status") else { return nil }
            asserts = known
        }
        return Evidence(
            source: Source(name: row[2] ?? "", url: row[3], published: row[4].flatMap { eventDate($0, claim: claim, key: "evidence.published") }),
            saidBy: row[6], quote: row[7], asserts: asserts, cue: row[10], recordedBy: row[11] ?? "", recordedAt: recordedAt,
            note: row[13], eventDate: row[9].flatMap { eventDate($0, claim: claim, key: "evidence.event_date") }, document: row[5])
    }

    private mutating func readChange(_ row: [String?], claim: String) -> StatusChange? {
        guard let at = timestamp(row[2], claim: claim, key: "history.at"),
              let to = status(row[4], claim: claim, key: "history.to")
        else { return nil }
        var from: StatusID?
        if let text = row[3] {
            guard let known = status(text, claim: claim, key: "history.from") else { return nil }
            from = known
        }
        return StatusChange(
            at: at, from: from, to: to, because: row[5] ?? "", rule: row[6], evidence: row[7].flatMap { Int($0) }, by: row[8],
            previousDate: row[9].flatMap { eventDate($0, claim: claim, key: "history.previous_date") })
    }

    private mutating func status(_ text: String?, claim: String, key: String) -> StatusID? {
        let id = StatusID(text ?? "")
        guard vocabulary.contains(id) else {
            report(LedgerMessage.unknownStatus(text ?? "", for: key, defined: vocabulary.ids.map(\.rawValue)), claim: claim)
            return nil
        }
        return id
    }

    private mutating func timestamp(_ text: String?, claim: String, key: String) -> Timestamp? {
        guard let text, let value = Timestamp(text) else {
            report(SettingMessage.expected("a timestamp like '2022-01-10T09:30:00Z'", for: key, found: "'\(text ?? "")'"), claim: claim)
            return nil
        }
        return value
    }

    private mutating func eventDate(_ text: String, claim: String, key: String) -> EventDate? {
        guard let value = EventDate(text) else {
            report(SettingMessage.expected("a date like '2022-01-10'", for: key, found: "'\(text)'"), claim: claim)
            return nil
        }
        return value
    }

    private func strings(_ json: String?) -> [String] {
        guard let data = json?.data(using: .utf8), let array = try? JSONSerialization.jsonObject(with: data) as? [String] else { return [] }
        return array
    }

    private mutating func report(_ message: some DiagnosticMessage, claim: String) {
        issues.append(message.about("\(location) claim \(claim)"))
    }
}
