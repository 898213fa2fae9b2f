import Foundation

/// An instant to the second, in UTC, written `2022-01-10T09:30:00Z`.
///
/// Whole seconds keep claim files stable: a value read back from a file equals the one written.
public struct Timestamp: Hashable, Comparable, Sendable, LosslessStringConvertible {
    public let secondsSince1970: Int64

    public init(secondsSince1970: Int64) { self.secondsSince1970 = secondsSince1970 }

    public init(_ date: Date) { secondsSince1970 = Int64(date.timeIntervalSince1970.rounded(.down)) }

    public static var now: Timestamp { Timestamp(Date()) }

    /// Midnight UTC at the start of `day`.
    public init(_ day: CalendarDay) { secondsSince1970 = Int64(day.dayNumber) * 86_400 }

    /// Parses `YYYY-MM-DDTHH:MM:SSZ` (or `+00:00`); a bare `YYYY-MM-DD` means midnight UTC.
    public init?(_ text: String) {
        if let day = CalendarDay(text) {
            self.init(day)
            return
        }
        let bytes = Array(text.utf8)
        guard bytes.count >= 19, let day = CalendarDay(String(decoding: bytes[0..<10], as: UTF8.self)),
              bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              let hour = parseDigits(bytes[11..<13]), let minute = parseDigits(bytes[14..<16]),
              let second = parseDigits(bytes[17..<19]), hour < 24, minute < 60, second < 61
        else { return nil }
        var rest = bytes[19...]
        if rest.first == UInt8(ascii: ".") {  // fractional seconds are accepted and dropped
            rest = rest.dropFirst().drop { $0 >= 48 && $0 <= 57 }
        }
        var offsetSeconds = 0
        if rest.elementsEqual("Z".utf8) {
            offsetSeconds = 0
        } else if rest.count == 6, rest.first == UInt8(ascii: "+") || rest.first == UInt8(ascii: "-"),
                  let offsetHours = parseDigits(rest.dropFirst().prefix(2)),
                  let offsetMinutes = parseDigits(rest.suffix(2)) {
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (rest.first == UInt8(ascii: "-") ? -1 : 1)
        } else {
            return nil
        }
        let seconds = Int64(day.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second - offsetSeconds)
        self.init(secondsSince1970: seconds)
    }

    public var day: CalendarDay {
        CalendarDay(dayNumber: Int((Double(secondsSince1970) / 86_400).rounded(.down)))
    }

    public var date: Date { Date(timeIntervalSince1970: TimeInterval(secondsSince1970)) }

    public var description: String {
        let seconds = Int(secondsSince1970 - Int64(day.dayNumber) * 86_400)
        return "\(day)T\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2))Z"
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.secondsSince1970 < rhs.secondsSince1970 }
}
