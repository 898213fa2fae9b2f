import ClaimCore
import ClaimText
import TextKernel

/// How `claims extract` prints documents: one JSON object per line, or a readable summary.
public enum ExtractionOutput {
    /// JSON Lines records, one per document, gathered in one buffer that the caller empties into
    /// its output in large writes (`drain`).
    ///
    /// One buffer serves the whole run: a buffer per record, then a copy into the output, then a
    /// `Data` copy for `FileHandle` would cost more than writing the records.
    public struct JSONLines: ~Copyable {
        private var json: JSONStreamWriter
        private let includesText: Bool

        /// `capacity` should exceed the size at which the caller drains, by about one record.
        /// `includesText` adds each document's text as `"text"`, the text its offsets count into.
        public init(capacity: Int = 1 << 21, includesText: Bool = false) {
            json = JSONStreamWriter(capacity: capacity)
            self.includesText = includesText
        }

        /// Bytes written and not yet drained.
        public var byteCount: Int { json.count }

        /// Appends the record of one document and its line break.
        public mutating func append(_ extracted: ExtractedDocument) {
            ExtractionOutput.writeJSON(for: extracted, includingText: includesText, into: &json)
            json.endLine()
        }

        /// Hands the records written so far to `write`, then empties the buffer.
        public mutating func drain(into write: (TextBytes) -> Void) {
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
    static func writeJSON(for extracted: ExtractedDocument, includingText: Bool = false, into json: inout JSONStreamWriter) {
        json.beginObject()
        json.key("file"); json.string(extracted.document.file)
        json.key("item"); json.string(extracted.document.item)
        json.key("title"); json.string(extracted.document.title)
        json.key("published"); json.string(extracted.document.published?.description)
        json.key("source"); json.string(extracted.document.source)
        json.key("url"); json.string(extracted.document.url)
        let offsets = FileOffsets(extracted.document.segments)
        TextBytes.withBytes(of: extracted.document.text) { text in
            json.key("dates"); json.beginArray()
            for index in extracted.analysis.dates.indices {
                writeDate(index, of: extracted.analysis, offsets: offsets, text: text, into: &json)
            }
            json.endArray()
            json.key("claims"); json.beginArray()
            for index in extracted.analysis.claims.indices {
                writeClaim(index, of: extracted.analysis, offsets: offsets, text: text, into: &json)
            }
            json.endArray()
            if includingText { json.key("text"); json.string(utf8: text) }
        }
        json.endObject()
    }

    /// Each date and claim is read in place, field by field, through its index: a copy of one would
    /// retain and release every string in it, including those not written.
    private static func writeDate(_ index: Int, of analysis: DocumentAnalysis, offsets: FileOffsets,
                                  text: TextBytes, into json: inout JSONStreamWriter) {
        let start = analysis.dates[index].start, end = analysis.dates[index].end
        let written = text.run(start..<end)
        assert(written.elementsEqual(analysis.dates[index].text.utf8), "a date's text is not the text at its offsets")
        json.beginObject()
        json.key("start"); json.int(offsets.fileOffset(forTextOffset: start))
        json.key("end"); json.int(offsets.fileOffset(forTextOffset: end))
        json.key("text"); json.string(utf8: written)
        json.key("type"); json.string(analysis.dates[index].type.rawValue)
        json.key("value"); json.string(analysis.dates[index].value)
        if let modifier = analysis.dates[index].modifier { json.key("mod"); json.string(modifier.rawValue) }
        json.endObject()
    }

    private static func writeClaim(_ index: Int, of analysis: DocumentAnalysis, offsets: FileOffsets,
                                   text: TextBytes, into json: inout JSONStreamWriter) {
        let sentence = analysis.claims[index].sentence
        let quote = text.run(sentence)
        assert(quote.elementsEqual(analysis.claims[index].quote.utf8), "a claim's quote is not the text of its sentence")
        json.beginObject()
        json.key("statement"); json.string(analysis.claims[index].statement)
        json.key("event_date"); json.string(analysis.claims[index].eventDate)
        json.key("kind"); json.string(analysis.claims[index].kind)
        json.key("participants"); json.strings(analysis.claims[index].participants)
        json.key("place"); json.string(analysis.claims[index].place)
        json.key("said_by"); json.string(analysis.claims[index].saidBy)
        json.key("status"); json.string(analysis.claims[index].status.rawValue)
        json.key("cue"); json.string(analysis.claims[index].cue)
        json.key("quote"); json.string(utf8: quote)
        json.key("sentence"); json.beginObject()
        json.key("start"); json.int(offsets.fileOffset(forTextOffset: sentence.lowerBound))
        json.key("end"); json.int(offsets.fileOffset(forTextOffset: sentence.upperBound))
        json.endObject()
        json.endObject()
    }

    /// `SourceDocument.fileOffset(forTextOffset:)` with its usual case, a text that is one run of
    /// the file, worked out once per document: the search through the segments, a call into
    /// another module, would run for every offset written. Only the segments are kept: a copy of the
    /// document would retain and release each of its strings.
    struct FileOffsets {
        private let segments: [TextSegment]
        /// The only segment, when it starts the text.
        private let single: TextSegment?

        init(_ segments: [TextSegment]) {
            self.segments = segments
            single = segments.count == 1 && segments[0].textOffset == 0 ? segments[0] : nil
        }

        func fileOffset(forTextOffset offset: Int) -> Int {
            guard let single else { return SourceDocument.fileOffset(forTextOffset: offset, in: segments) }
            return single.fileOffset + min(max(0, offset), single.length)
        }
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
