import ClaimText

/// How `claims extract` prints documents: one JSON object per line, or a readable summary.
public enum ExtractionOutput {
    /// Appends the JSON Lines record of one document (without the line break) to `output`.
    ///
    /// Offsets are UTF-8 bytes into the input file as given (front matter included), end exclusive;
    /// for feed items and JSON Lines records, whose text does not appear verbatim in the file, they
    /// are offsets into the item's text. Written as a stream: this is the hot path of `claims extract`.
    public static func writeJSON(for extracted: ExtractedDocument, into output: inout [UInt8]) {
        let document = extracted.document
        // Room for a typical record, so the buffer seldom grows (and copies) while it is written.
        var json = JSONStreamWriter(capacity: 256 + 128 * extracted.analysis.dates.count + 512 * extracted.analysis.claims.count)
        json.beginObject()
        json.key("file"); json.string(document.file)
        json.key("item"); json.string(document.item)
        json.key("title"); json.string(document.title)
        json.key("published"); json.string(document.published?.description)
        json.key("source"); json.string(document.source)
        json.key("url"); json.string(document.url)
        json.key("dates"); json.beginArray()
        // By index, each element borrowed: a `for in` copy of a claim retained every string in it.
        for index in extracted.analysis.dates.indices {
            writeDate(extracted.analysis.dates[index], in: document, into: &json)
        }
        json.endArray()
        json.key("claims"); json.beginArray()
        for index in extracted.analysis.claims.indices {
            writeClaim(extracted.analysis.claims[index], in: document, into: &json)
        }
        json.endArray()
        json.endObject()
        json.append(to: &output)
    }

    private static func writeDate(_ date: borrowing TemporalExpression, in document: SourceDocument, into json: inout JSONStreamWriter) {
        json.beginObject()
        json.key("start"); json.int(document.fileOffset(forTextOffset: date.start))
        json.key("end"); json.int(document.fileOffset(forTextOffset: date.end))
        json.key("text"); json.string(date.text)
        json.key("type"); json.string(date.type.rawValue)
        json.key("value"); json.string(date.value)
        if let modifier = date.modifier { json.key("mod"); json.string(modifier) }
        json.endObject()
    }

    private static func writeClaim(_ claim: borrowing FoundClaim, in document: SourceDocument, into json: inout JSONStreamWriter) {
        json.beginObject()
        json.key("statement"); json.string(claim.statement)
        json.key("event_date"); json.string(claim.eventDate)
        json.key("kind"); json.string(claim.kind)
        json.key("participants"); json.strings(claim.participants)
        json.key("place"); json.string(claim.place)
        json.key("said_by"); json.string(claim.saidBy)
        json.key("status"); json.string(claim.status.rawValue)
        json.key("cue"); json.string(claim.cue)
        json.key("quote"); json.string(claim.quote)
        json.key("sentence"); json.beginObject()
        json.key("start"); json.int(document.fileOffset(forTextOffset: claim.sentence.lowerBound))
        json.key("end"); json.int(document.fileOffset(forTextOffset: claim.sentence.upperBound))
        json.endObject()
        json.endObject()
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
