import ClaimCore

/// Writes CSV by RFC 4180: CRLF line ends; fields with a comma, quote or line break are quoted,
/// and quotes inside them doubled.
struct CSVWriter {
    private(set) var text = ""

    mutating func write(_ fields: [String]) {
        text += fields.map(CSVWriter.quoted).joined(separator: ",") + "\r\n"
    }

    static func quoted(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// One row per claim, for spreadsheets: the claim, its status and flags, and its latest evidence.
public enum ClaimCSV {
    public static let columns = [
        "id", "statement", "event_date", "kind", "participants", "place", "status", "status_label", "open", "flags",
        "evidence_count", "first_published", "latest_published", "latest_source", "latest_said_by", "latest_quote",
        "latest_url", "tags", "created", "updated",
    ]

    /// `presenter` decides the labels and the flags (as of its day).
    public static func render(_ claims: [Claim], presenter: ClaimPresenter) -> String {
        var writer = CSVWriter()
        writer.write(columns)
        let vocabulary = presenter.vocabulary
        for claim in claims {
            let latest = claim.latestEvidence
            let first = claim.evidence.compactMap { $0.source.published }.min()
            writer.write([
                claim.id.rawValue, claim.statement, claim.event.date?.description ?? "", claim.event.kind ?? "",
                claim.event.participants.joined(separator: "; "), claim.event.place ?? "",
                claim.status.rawValue, vocabulary.label(of: claim.status), vocabulary.isOpen(claim.status) ? "true" : "false",
                presenter.flags(of: claim).map(\.rawValue).joined(separator: " "),
                String(claim.evidence.count), first?.description ?? "", latest?.source.published?.description ?? "",
                latest?.source.name ?? "", latest?.saidBy ?? "", latest?.quote ?? "", latest?.source.url ?? "",
                claim.tags.joined(separator: "; "), claim.created.description, claim.updated.description,
            ])
        }
        return writer.text
    }
}

/// One claim per line with its whole evidence trail and history, in the shape of `show --format json`.
public enum ClaimJSONLines {
    public static func render(_ claims: [Claim], presenter: ClaimPresenter) -> String {
        claims.map { presenter.json(for: $0).text + "\n" }.joined()
    }
}
