import ClaimText

/// How `claims extract` prints documents: one JSON object per line, or a readable summary.
public enum ExtractionOutput {
    /// The JSON Lines record of one document. Offsets are UTF-8 bytes into the input file as given
    /// (front matter included), end exclusive; for feed items and JSON Lines records, whose text
    /// does not appear verbatim in the file, they are offsets into the item's text.
    public static func json(for extracted: ExtractedDocument) -> JSONValue {
        let document = extracted.document
        let offset = { (textOffset: Int) in JSONValue.int(document.fileOffset(forTextOffset: textOffset)) }
        return .object([
            ("file", .string(document.file)),
            ("item", .optional(document.item)),
            ("title", .optional(document.title)),
            ("published", .optional(document.published?.description)),
            ("source", .optional(document.source)),
            ("url", .optional(document.url)),
            ("dates", .array(extracted.analysis.dates.map { date in
                var fields: [(key: String, value: JSONValue)] = [
                    ("start", offset(date.start)), ("end", offset(date.end)), ("text", .string(date.text)),
                    ("type", .string(date.type.rawValue)), ("value", .string(date.value)),
                ]
                if let modifier = date.modifier { fields.append(("mod", .string(modifier))) }
                return .object(fields)
            })),
            ("claims", .array(extracted.analysis.claims.map { claim in
                .object([
                    ("statement", .string(claim.statement)),
                    ("event_date", .optional(claim.eventDate)),
                    ("kind", .optional(claim.kind)),
                    ("participants", .array(claim.participants.map(JSONValue.string))),
                    ("place", .optional(claim.place)),
                    ("said_by", .optional(claim.saidBy)),
                    ("status", .string(claim.status.rawValue)),
                    ("cue", .string(claim.cue)),
                    ("quote", .string(claim.quote)),
                    ("sentence", .object([
                        ("start", offset(claim.sentence.lowerBound)), ("end", offset(claim.sentence.upperBound)),
                    ])),
                ])
            })),
        ])
    }

    /// A readable block per document for people at a terminal.
    public static func text(for extracted: ExtractedDocument, vocabulary: StatusVocabulary) -> String {
        let document = extracted.document
        var head = document.file
        if let item = document.item { head += " [\(item)]" }
        if let title = document.title { head += ": \(title)" }
        var lines = [head]
        var meta: [String] = []
        meta.append("published \(document.published?.description ?? "unknown")")
        if let source = document.source { meta.append(source) }
        meta.append("read by \(extracted.extractor)")
        lines.append("  " + meta.joined(separator: " · "))
        let dates = extracted.analysis.dates.map { "\($0.text) → \($0.value)" }
        lines.append("  dates (\(dates.count)): " + (dates.isEmpty ? "none" : dates.joined(separator: "; ")))
        for claim in extracted.analysis.claims {
            lines.append("  • \(claim.eventDate ?? "no date")  \(vocabulary.label(of: claim.status))  \(claim.statement)")
            var detail: [String] = []
            if let saidBy = claim.saidBy { detail.append("said by \(saidBy)") }
            detail.append("cue '\(claim.cue)'")
            lines.append("      " + detail.joined(separator: " · "))
            lines.append("      “\(claim.quote)”")
        }
        if extracted.analysis.claims.isEmpty { lines.append("  no claims found") }
        return lines.joined(separator: "\n") + "\n"
    }
}
