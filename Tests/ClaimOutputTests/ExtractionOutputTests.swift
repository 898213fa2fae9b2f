import ClaimCore
import ClaimText
import Testing
@testable import ClaimOutput

/// The JSON Lines records of `claims extract`: quotes and date texts are escaped from the document's
/// bytes, offsets are moved into the file, and the run's one buffer is drained whole.
@Suite struct ExtractionOutputTests {
    /// Non-ASCII letters, curly quotes and a dash (whose lead byte 0xE2 is also U+2028's), and
    /// characters JSON must escape, in a text that starts 12 bytes into its file.
    static let text = "Talks in Genève are “set” for \"May 3\" — a\\b\tnote."

    static func document(file: String = "talks.md") -> ExtractedDocument {
        let bytes = Array(text.utf8)
        let dateStart = bytes.firstIndex(of: UInt8(ascii: "M"))!
        let date = TemporalExpression(start: dateStart, end: dateStart + 5, text: "May 3", type: .date, value: "2022-05-03")
        let claim = FoundClaim(
            statement: "Talks on 2022-05-03", eventDate: "2022-05-03", dateExpression: date, kind: "talks",
            participants: ["Genève"], status: "proposed", cue: "set", quote: text, sentence: 0..<bytes.count)
        let source = SourceDocument(
            file: file, title: "Talks", text: text, segments: [TextSegment(textOffset: 0, fileOffset: 12, length: bytes.count)])
        return ExtractedDocument(document: source, analysis: DocumentAnalysis(dates: [date], claims: [claim]), extractor: "plain_text")
    }

    static func expectedLine(file: String = "talks.md") -> String {
        let dateStart = Array(text.utf8).firstIndex(of: UInt8(ascii: "M"))! + 12
        let end = text.utf8.count + 12
        return #"{"file":"\#(file)","item":null,"title":"Talks","published":null,"source":null,"url":null,"#
            + #""dates":[{"start":\#(dateStart),"end":\#(dateStart + 5),"text":"May 3","type":"DATE","value":"2022-05-03"}],"#
            + #""claims":[{"statement":"Talks on 2022-05-03","event_date":"2022-05-03","kind":"talks","participants":["Genève"],"#
            + #""place":null,"said_by":null,"status":"proposed","cue":"set","#
            + #""quote":"Talks in Genève are “set” for \"May 3\" — a\\b\tnote.","sentence":{"start":12,"end":\#(end)}}]}"#
            + "\n"
    }

    @Test func quotesAndDateTextsAreEscapedFromTheDocumentsBytes() {
        var lines = ExtractionOutput.JSONLines()
        lines.append(Self.document())
        var output: [UInt8] = []
        lines.drain { output += $0 }
        #expect(String(decoding: output, as: UTF8.self) == Self.expectedLine())
    }

    @Test func drainingHandsOverEveryLineOnceAndTheBufferIsReused() {
        var lines = ExtractionOutput.JSONLines(capacity: 16)  // small, so the buffer has to grow
        var output: [UInt8] = []
        lines.append(Self.document(file: "one.md"))
        lines.append(Self.document(file: "two.md"))
        #expect(lines.byteCount > 0)
        lines.drain { output += $0 }
        #expect(lines.byteCount == 0)
        lines.drain { output += $0 }  // nothing new: nothing handed over
        lines.append(Self.document(file: "three.md"))
        lines.drain { output += $0 }
        let expected = Self.expectedLine(file: "one.md") + Self.expectedLine(file: "two.md") + Self.expectedLine(file: "three.md")
        #expect(String(decoding: output, as: UTF8.self) == expected)
    }

    /// The publication day is written from its digits; the text must be its description, also for
    /// years that do not have four digits.
    @Test func publishedDaysAreWrittenAsTheirDescription() {
        let days = [(2021, 12, 28), (2022, 1, 5), (999, 10, 1), (5, 2, 3), (0, 1, 1), (9999, 12, 31), (10000, 1, 1), (-44, 3, 15)]
            .map { CalendarDay(year: $0.0, month: $0.1, day: $0.2)! }
        for day in days {
            var extracted = Self.document()
            extracted.document.published = day
            var lines = ExtractionOutput.JSONLines()
            lines.append(extracted)
            var output: [UInt8] = []
            lines.drain { output += $0 }
            #expect(String(decoding: output, as: UTF8.self).contains(#""published":"\#(day.description)","#), "\(day)")
        }
    }

    /// Text gathered from several runs of the file (HTML, feeds) maps each offset through its run.
    @Test func offsetsInTextOfSeveralRunsAreMovedThroughTheirRun() {
        var extracted = Self.document()
        let length = Self.text.utf8.count
        extracted.document.segments = [
            TextSegment(textOffset: 0, fileOffset: 100, length: 10), TextSegment(textOffset: 10, fileOffset: 300, length: length - 10),
        ]
        var lines = ExtractionOutput.JSONLines()
        lines.append(extracted)
        var output: [UInt8] = []
        lines.drain { output += $0 }
        let date = extracted.analysis.dates[0]
        let expected = [date.start, date.end, 0, length].map { String(extracted.document.fileOffset(forTextOffset: $0)) }
        #expect(expected == ["\(300 + date.start - 10)", "\(300 + date.end - 10)", "100", "\(300 + length - 10)"])
        let line = String(decoding: output, as: UTF8.self)
        #expect(line.contains(#""dates":[{"start":\#(expected[0]),"end":\#(expected[1]),"#))
        #expect(line.contains(#""sentence":{"start":\#(expected[2]),"end":\#(expected[3])}"#))
    }
}
