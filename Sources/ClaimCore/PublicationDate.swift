/// Reading publication dates as sources write them, shared by every extractor plugin.
///
/// A publication date is the calendar day *as written*, in the publisher's own time zone:
/// `2021-12-28T23:30:00-05:00` is December 28, not the UTC day after. Relative expressions in an
/// article ("tomorrow", "on Monday") count from the writer's day, so that is the day that matters.
public enum PublicationDate: Hashable, Sendable {
    case day(CalendarDay)
    /// Shaped like a date but no such day exists, e.g. `2021-02-30`.
    case impossible
    /// Not a date form we read.
    case unrecognized

    /// Reads ISO 8601 (`2021-12-28`, `2021-12-28T09:30:00+03:00`, also with a space for the `T`),
    /// RFC 822 as in RSS (`Tue, 28 Dec 2021 09:30:00 +0300`) and written dates (`December 28, 2021`,
    /// `28 December 2021`). Times and zones are checked for shape and otherwise ignored.
    public init(parsing text: String) {
        let text = text.trimmingWhitespace
        let bytes = Array(text.utf8)
        if bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
           let year = parseDigits(bytes[0..<4]), let month = parseDigits(bytes[5..<7]), let day = parseDigits(bytes[8..<10]) {
            guard bytes.count == 10 || PublicationDate.isTimeSuffix(bytes[10...]) else { self = .unrecognized; return }
            self = CalendarDay(year: year, month: month, day: day).map(PublicationDate.day) ?? .impossible
            return
        }
        self = PublicationDate.parseWritten(text)
    }

    public var calendarDay: CalendarDay? {
        if case .day(let day) = self { return day }
        return nil
    }

    /// `T09:30`, ` 09:30:00.123Z`, `T09:30:00+03:00` …: a separator, then only time and zone characters.
    private static func isTimeSuffix(_ rest: ArraySlice<UInt8>) -> Bool {
        guard let separator = rest.first, separator == UInt8(ascii: "T") || separator == UInt8(ascii: " "),
              rest.count > 1 else { return false }
        return rest.dropFirst().allSatisfy { byte in
            (byte >= 48 && byte <= 57) || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "Z")
        }
    }

    /// RFC 822 and written English dates: a day number, a month name and a year, in either order of
    /// day and month; a weekday, a time and a zone may come along and are ignored.
    private static func parseWritten(_ text: String) -> PublicationDate {
        let words = text.split { $0 == " " || $0 == "," || $0 == "\t" }.map { $0.lowercased() }
        var day: Int?, month: Int?, year: Int?
        for word in words {
            if word.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(word) {
                if word.count == 4, year == nil { year = number }
                else if word.count <= 2, day == nil { day = number }
                else if word.count == 2, year == nil { year = number < 70 ? 2000 + number : 1900 + number }  // RFC 822 two-digit years
                else { return .unrecognized }
            } else if let index = monthNames.firstIndex(where: { word.count >= 3 && $0.hasPrefix(word.withoutTrailingDot()) }) {
                guard month == nil else { return .unrecognized }
                month = index + 1
            } else if word.contains(":") || word.hasPrefix("+") || word.hasPrefix("-") || zoneNames.contains(word)
                        || weekdayNames.contains(where: { $0.hasPrefix(word.withoutTrailingDot()) && word.count >= 3 }) {
                continue
            } else {
                return .unrecognized
            }
        }
        guard let day, let month, let year else { return .unrecognized }
        return CalendarDay(year: year, month: month, day: day).map(PublicationDate.day) ?? .impossible
    }

    private static let monthNames = ["january", "february", "march", "april", "may", "june", "july",
                                     "august", "september", "october", "november", "december"]
    private static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    private static let zoneNames: Set<String> = ["gmt", "ut", "utc", "z", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt"]
}

/// A publication date as found in a source, with the name of the field it came from for messages.
public struct WrittenDate: Sendable {
    public var text: String
    /// The field's name as the source spells it: `published`, `pubDate`, `article:published_time`.
    public var key: String

    public init(_ text: String, key: String) {
        self.text = text
        self.key = key
    }
}

extension ExtractionRequest {
    /// Sets a document's publication date from `--published` or from the date its source gives, and
    /// returns the problems to report.
    ///
    /// `--published` wins over whatever the source says, so a date in the source is not even read
    /// then. A date that is present but unreadable or impossible is an error (the source is wrong);
    /// a missing one is a warning. Either way the document is kept: absolute dates in it still count.
    public func settlePublicationDate(of document: inout SourceDocument, written: WrittenDate?) -> [Diagnostic] {
        if let publishedOverride {
            document.published = publishedOverride
            return []
        }
        let file = document.file, item = document.item
        func problem(_ message: InputMessage) -> [Diagnostic] { [message.about(file, item: item)] }
        guard let written, !written.text.trimmingWhitespace.isEmpty else {
            document.published = nil
            return problem(.noPublicationDate)
        }
        switch PublicationDate(parsing: written.text) {
        case .day(let day):
            document.published = day
            return []
        case .impossible:
            document.published = nil
            return problem(.impossiblePublicationDate(written.text, key: written.key))
        case .unrecognized:
            document.published = nil
            return problem(.unrecognizedPublicationDate(written.text, key: written.key))
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing ASCII whitespace.
    var trimmingWhitespace: String {
        let utf8 = Array(self.utf8)
        guard let first = utf8.firstIndex(where: { !isASCIIWhitespace($0) }),
              let last = utf8.lastIndex(where: { !isASCIIWhitespace($0) }) else { return "" }
        return String(decoding: utf8[first...last], as: UTF8.self)
    }

    func withoutTrailingDot() -> String {
        hasSuffix(".") ? String(dropLast()) : String(self)
    }
}
