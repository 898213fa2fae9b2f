/// Writes the short description of an event claim: participants, the event, topic, place and date,
/// e.g. "Russia and the United States hold talks on security guarantees on 2022-01-10".
enum ClaimStatement {
    /// How each kind reads after its participants ("… hold talks") and without them ("Talks"); a
    /// switch rather than a `[String: …]` table, whose lookup hashed the kind for every claim.
    private static func knownPhrase(for kind: String) -> (withParticipants: String, alone: String)? {
        switch kind {
        case "talks": return ("hold talks", "Talks")
        case "meeting": return ("meet", "Meeting")
        case "council meeting": return ("hold a council meeting", "Council meeting")
        case "summit": return ("hold a summit", "Summit")
        case "visit": return ("visit", "Visit")
        case "vote": return ("vote", "Vote")
        case "election": return ("hold an election", "Election")
        case "launch": return ("launch", "Launch")
        case "release": return ("release", "Release")
        case "hearing": return ("hold a hearing", "Hearing")
        case "deadline": return ("face a deadline", "Deadline")
        case "signing": return ("sign", "Signing")
        case "delivery": return ("deliver", "Delivery")
        case "announcement": return ("make an announcement", "Announcement")
        case "handover": return ("hand over", "Handover")
        default: return nil
        }
    }

    /// `storage` is scratch space kept across claims: its capacity is reused, its contents are not read.
    /// `isAfterDate`: the event comes after `date` ("resume after Christmas"), not on it.
    static func make(kind: String?, participants: [String], topic: String?, place: String?, date: String?,
                     isAfterDate: Bool = false, fallback: String, storage: inout [UInt8]) -> String {
        var text = Writer(storage: &storage)
        defer { text.giveBack(to: &storage) }
        // Only an empty list writes no names: a participant is never an empty string, but if one were,
        // `[""]` would still write nothing.
        let namesEmpty = participants.isEmpty || participants.count == 1 && participants[0].isEmpty
        if let kind {
            let known = knownPhrase(for: kind)
            if namesEmpty {
                // The first piece: the writer capitalizes it, so an unknown kind goes in as it is.
                text.append(known?.alone ?? kind)
            } else if participants.count == 1 && kind == "meeting" {
                appendList(participants, to: &text)
                text.append(" meeting")
            } else {
                appendList(participants, to: &text)
                text.append(" ")
                text.append(known?.withParticipants ?? kind)
            }
        } else if !namesEmpty {
            appendList(participants, to: &text)
            text.append(": ")
            text.append(fallback)
        } else {
            text.append(fallback)
        }
        if let topic { text.append(" "); text.append(topic) }
        if let place { text.append(" in "); text.append(place) }
        if let date { text.append(isAfterDate ? " after " : date.utf8.count >= 10 ? " on " : " in "); text.append(date) }
        return text.text
    }

    /// Builds a statement as UTF-8 bytes in one buffer, made a `String` once at the end: appending
    /// `String` pieces cost about 5,000 instructions per claim (growth checks, ASCII flag updates per
    /// append). The buffer is the caller's, reused from claim to claim rather than allocated for each.
    /// It capitalizes as it goes: the first character always lies in the first non-empty piece, since
    /// every later piece starts with a space.
    private struct Writer {
        private var bytes: [UInt8] = []
        private var capitalized = false

        /// Takes over `storage`'s buffer, emptied; `giveBack(to:)` returns it.
        init(storage: inout [UInt8]) {
            swap(&bytes, &storage)
            bytes.removeAll(keepingCapacity: true)
            if bytes.capacity < 96 { bytes.reserveCapacity(96) }
        }

        mutating func giveBack(to storage: inout [UInt8]) {
            swap(&bytes, &storage)
        }

        var text: String { String(decoding: bytes, as: UTF8.self) }

        /// The piece's UTF-8 as one block copy where the string has contiguous storage (as native
        /// strings do), rather than a generic walk of its `utf8` view.
        @inline(__always) private mutating func appendBytes(of piece: String) {
            if piece.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
                bytes.append(contentsOf: piece.utf8)
            }
        }

        mutating func append(_ piece: String) {
            guard !capitalized, let first = piece.utf8.first else { appendBytes(of: piece); return }
            capitalized = true
            let second = piece.utf8.dropFirst().first ?? 0
            guard first < 0x80, second < 0x80 else {
                bytes.append(contentsOf: ClaimStatement.capitalizingFirst(piece).utf8)
                return
            }
            // `capitalizingFirst` on ASCII: only a lowercase first letter changes.
            let at = bytes.count
            appendBytes(of: piece)
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
