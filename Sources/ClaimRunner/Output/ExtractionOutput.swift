import ClaimText

/// How `claims extract` prints documents: one JSON object per line, or a readable summary.
public enum ExtractionOutput {
    /// JSON Lines records, one per document, gathered in one buffer that the caller empties into
    /// its output in large writes (`drain`).
    ///
    /// One buffer serves the whole run: a buffer per record, then a copy into the output, then a
    /// `Data` copy for `FileHandle` cost more than writing the records.
    public struct JSONLines: ~Copyable {
        private var json: JSONStreamWriter

        /// `capacity` should exceed the size at which the caller drains, by about one record.
        public init(capacity: Int = 1 << 21) {
            json = JSONStreamWriter(capacity: capacity)
        }

        /// Bytes written and not yet drained.
        public var byteCount: Int { json.count }

        /// Appends the record of one document and its line break.
        public mutating func append(_ extracted: ExtractedDocument) {
            ExtractionOutput.writeJSON(for: extracted, into: &json)
            json.endLine()
        }

        /// Hands the records written so far to `write`, then empties the buffer.
        public mutating func drain(into write: (UnsafeRawBufferPointer) -> Void) {
            guard json.count > 0 else { return }
            json.withWrittenBytes(write)
            json.removeAll()
        }
    }

    /// Writes the JSON Lines record of one document (without the line break).
    ///
    /// Offsets are UTF-8 bytes into the input file as given (front matter included), end exclusive;
    /// for feed items and JSON Lines records, whose text does not appear verbatim in the file, they
    /// are offsets into the item's text. Written as a stream: this is the hot path of `claims extract`.
    ///
    /// Each date's `text` and each claim's `quote` are the document's text between the offsets
    /// found, so they are copied from the text's bytes, which were validated once when the file was read.
    static func writeJSON(for extracted: ExtractedDocument, into json: inout JSONStreamWriter) {
        let document = extracted.document
        json.beginObject()
        json.key("file"); json.string(document.file)
        json.key("item"); json.string(document.item)
        json.key("title"); json.string(document.title)
        json.key("published"); json.string(document.published?.description)
        json.key("source"); json.string(document.source)
        json.key("url"); json.string(document.url)
        var text = document.text
        text.withUTF8 { textBytes in
            // By index, each element borrowed: a `for in` copy of a claim retained every string in it.
            json.key("dates"); json.beginArray()
            for index in extracted.analysis.dates.indices {
                writeDate(extracted.analysis.dates[index], in: document, text: textBytes, into: &json)
            }
            json.endArray()
            json.key("claims"); json.beginArray()
            for index in extracted.analysis.claims.indices {
                writeClaim(extracted.analysis.claims[index], in: document, text: textBytes, into: &json)
            }
            json.endArray()
        }
        json.endObject()
    }

    private static func writeDate(_ date: borrowing TemporalExpression, in document: SourceDocument,
                                  text: UnsafeBufferPointer<UInt8>, into json: inout JSONStreamWriter) {
        let written = UnsafeBufferPointer(rebasing: text[date.start..<date.end])
        assert(written.elementsEqual(date.text.utf8), "a date's text is not the text at its offsets")
        json.beginObject()
        json.key("start"); json.int(document.fileOffset(forTextOffset: date.start))
        json.key("end"); json.int(document.fileOffset(forTextOffset: date.end))
        json.key("text"); json.string(utf8: written)
        json.key("type"); json.string(date.type.rawValue)
        json.key("value"); json.string(date.value)
        if let modifier = date.modifier { json.key("mod"); json.string(modifier) }
        json.endObject()
    }

    private static func writeClaim(_ claim: borrowing FoundClaim, in document: SourceDocument,
                                   text: UnsafeBufferPointer<UInt8>, into json: inout JSONStreamWriter) {
        let quote = UnsafeBufferPointer(rebasing: text[claim.sentence])
        assert(quote.elementsEqual(claim.quote.utf8), "a claim's quote is not the text of its sentence")
        json.beginObject()
        json.key("statement"); json.string(claim.statement)
        json.key("event_date"); json.string(claim.eventDate)
        json.key("kind"); json.string(claim.kind)
        json.key("participants"); json.strings(claim.participants)
        json.key("place"); json.string(claim.place)
        json.key("said_by"); json.string(claim.saidBy)
        json.key("status"); json.string(claim.status.rawValue)
        json.key("cue"); json.string(claim.cue)
        json.key("quote"); json.string(utf8: quote)
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
