/// Writes the short description of an event claim: participants, the event, topic, place and date,
/// e.g. "Russia and the United States hold talks on security guarantees" (the date is the claim's own field).
enum ClaimStatement {
    /// How each kind reads after its participants ("… hold talks") and without them ("Talks"). A switch
    /// on the first byte, then one comparison: a switch over the kinds would compare the kind with each
    /// in turn, and a `[String: …]` table would hash it, for every claim.
    private static func knownPhrase(for kind: String) -> (withParticipants: StaticString, alone: StaticString)? {
        guard let first = kind.utf8.first else { return nil }
        switch first {
        case UInt8(ascii: "t"): if kind == "talks" { return ("hold talks", "Talks") }
        case UInt8(ascii: "m"): if kind == "meeting" { return ("meet", "Meeting") }
        case UInt8(ascii: "c"): if kind == "council meeting" { return ("hold a council meeting", "Council meeting") }
        case UInt8(ascii: "s"):
            if kind == "summit" { return ("hold a summit", "Summit") }
            if kind == "signing" { return ("sign", "Signing") }
        case UInt8(ascii: "v"):
            if kind == "visit" { return ("visit", "Visit") }
            if kind == "vote" { return ("vote", "Vote") }
        case UInt8(ascii: "e"): if kind == "election" { return ("hold an election", "Election") }
        case UInt8(ascii: "l"): if kind == "launch" { return ("launch", "Launch") }
        case UInt8(ascii: "r"): if kind == "release" { return ("release", "Release") }
        case UInt8(ascii: "h"):
            if kind == "hearing" { return ("hold a hearing", "Hearing") }
            if kind == "handover" { return ("hand over", "Handover") }
        case UInt8(ascii: "d"):
            if kind == "deadline" { return ("face a deadline", "Deadline") }
            if kind == "delivery" { return ("deliver", "Delivery") }
        case UInt8(ascii: "a"): if kind == "announcement" { return ("make an announcement", "Announcement") }
        default: break
        }
        return nil
    }

    /// `storage` is scratch space kept across claims: its capacity is reused, its contents are not read.
    /// `isAfterDate`: the event comes after `date` ("resume after Christmas"), not on it.
    static func make(kind: String?, participants: [String], topic: String?, place: String?, date: String?,
                     isAfterDate: Bool = false, fallback: String, storage: inout [UInt8]) -> String {
        // Room for every piece: names with their separators and articles, the longest kind phrase,
        // and what capitalizing a non-ASCII first letter may add.
        var bound = 64 + (kind?.utf8.count ?? 0) + (topic?.utf8.count ?? 0) + (place?.utf8.count ?? 0)
            + (date?.utf8.count ?? 0) + fallback.utf8.count
        for name in participants { bound += name.utf8.count + 9 }
        // The writer takes the storage's memory for the statement and gives it back. Statements are
        // written one after another into it, and it is emptied only when it has grown large.
        var text = Writer()
        swap(&text.bytes, &storage)
        if text.bytes.count > 1 << 16 { text.bytes.removeAll(keepingCapacity: true) }
        text.start = text.bytes.count
        if text.bytes.capacity - text.start < bound { text.bytes.reserveCapacity(2 * (text.start + bound)) }
        write(kind: kind, participants: participants, topic: topic, place: place, date: date,
              isAfterDate: isAfterDate, fallback: fallback, to: &text)
        let statement = text.text
        swap(&text.bytes, &storage)
        return statement
    }

    private static func write(kind: String?, participants: [String], topic: String?, place: String?, date: String?,
                              isAfterDate: Bool, fallback: String, to text: inout Writer) {
        // Only an empty list writes no names: a participant is never an empty string, but if one were,
        // `[""]` would still write nothing.
        let namesEmpty = participants.isEmpty || participants.count == 1 && participants[0].isEmpty
        if let kind {
            let known = knownPhrase(for: kind)
            if namesEmpty {
                // The first piece: the writer capitalizes it, so an unknown kind goes in as it is.
                if let known { text.append(known.alone) } else { text.append(kind) }
            } else if participants.count == 1 && kind == "meeting" {
                appendList(participants, to: &text)
                text.append(" meeting")
            } else {
                appendList(participants, to: &text)
                text.append(" ")
                if let known { text.append(known.withParticipants) } else { text.append(kind) }
            }
        } else {
            // No kind: the sentence's own words say what happens, and they name its participants.
            text.append(fallback)
        }
        if let topic { text.append(" "); text.append(topic) }
        if let place { text.append(" in "); text.append(place) }
        // The date is the claim's own field: written here it would go stale when the event moves. Only
        // "after" stays, since the claim then has no date to hold it ("resume after 2022-01-07").
        if let date, isAfterDate {
            text.append(" after ")
            text.append(date)
        }
    }

    /// Builds a statement as UTF-8 bytes, made a `String` once at the end: appending `String` pieces
    /// costs growth checks and ASCII flag updates per append.
    /// It capitalizes as it goes: the first character always lies in the first non-empty piece, since
    /// every later piece starts with a space.
    private struct Writer {
        var bytes: [UInt8] = []
        /// Where this statement starts in `bytes`.
        var start = 0
        private var capitalized = false

        var text: String { String(decoding: bytes[start...], as: UTF8.self) }

        mutating func append(_ piece: StaticString) {
            let at = bytes.count
            piece.withUTF8Buffer { bytes.append(contentsOf: $0) }
            capitalizeFirst(from: at)
        }

        mutating func append(_ piece: String) {
            let at = bytes.count
            // Native strings lend their UTF-8 in place, copied whole rather than byte by byte.
            if piece.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
                bytes.append(contentsOf: piece.utf8)
            }
            capitalizeFirst(from: at)
        }

        /// Capitalizes the first piece that is not empty, which starts at `at`.
        private mutating func capitalizeFirst(from at: Int) {
            guard !capitalized, at < bytes.count else { return }
            capitalized = true
            let first = bytes[at]
            let second = at + 1 < bytes.count ? bytes[at + 1] : 0
            guard first < 0x80, second < 0x80 else {
                let piece = ClaimStatement.capitalizingFirst(String(decoding: bytes[at...], as: UTF8.self))
                bytes.removeLast(bytes.count - at)
                bytes.append(contentsOf: piece.utf8)
                return
            }
            // `capitalizingFirst` on ASCII: only a lowercase first letter changes.
            if first >= 97 && first <= 122 { bytes[at] = first - 32 }
        }
    }

    /// `text.prefix(1).uppercased() + text.dropFirst()`, without Unicode case mapping when the text
    /// starts with an ASCII character (an ASCII byte followed by another, or by nothing).
    static func capitalizingFirst(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first else { return text }
        let second = utf8.dropFirst().first ?? 0
        guard first < 0x80, second < 0x80 else { return text.prefix(1).uppercased() + text.dropFirst() }
        guard first >= 97 && first <= 122 else { return text }  // not a lowercase letter: nothing changes
        return String(Unicode.Scalar(first - 32)) + text.dropFirst()
    }

    /// "Russia", "Russia and the United States", "Biden, Putin and Macron".
    private static func appendList(_ names: [String], to text: inout Writer) {
        for (index, name) in names.enumerated() {
            if index > 0 { text.append(index == names.count - 1 ? " and " : ", ") }
            if ParticipantNames.takesArticle(name) { text.append("the ") }
            text.append(name)
        }
    }
}
