/// Writes the short description of an event claim: participants, the event, topic, place and date,
/// e.g. "Russia and the United States hold talks on security guarantees on 2022-01-10".
enum ClaimStatement {
    /// How each kind reads after its participants ("… hold talks") and without them ("Talks").
    private static let phrases: [String: (withParticipants: String, alone: String)] = [
        "talks": ("hold talks", "Talks"),
        "meeting": ("meet", "Meeting"),
        "council meeting": ("hold a council meeting", "Council meeting"),
        "summit": ("hold a summit", "Summit"),
        "visit": ("visit", "Visit"),
        "vote": ("vote", "Vote"),
        "election": ("hold an election", "Election"),
        "launch": ("launch", "Launch"),
        "release": ("release", "Release"),
        "hearing": ("hold a hearing", "Hearing"),
        "deadline": ("face a deadline", "Deadline"),
        "signing": ("sign", "Signing"),
        "delivery": ("deliver", "Delivery"),
        "announcement": ("make an announcement", "Announcement"),
        "handover": ("hand over", "Handover"),
    ]

    static func make(kind: String?, participants: [String], topic: String?, place: String?, date: String?,
                     fallback: String) -> String {
        var text: String
        let names = list(participants)
        if let kind {
            let phrase = phrases[kind] ?? (kind, kind.prefix(1).uppercased() + kind.dropFirst())
            if names.isEmpty {
                text = phrase.alone
            } else if participants.count == 1 && kind == "meeting" {
                text = names + " meeting"
            } else {
                text = names + " " + phrase.withParticipants
            }
        } else if !names.isEmpty {
            text = names + ": " + fallback
        } else {
            text = fallback
        }
        if let topic { text += " " + topic }
        if let place { text += " in " + place }
        if let date { text += (date.utf8.count >= 10 ? " on " : " in ") + date }
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// "Russia", "Russia and the United States", "Biden, Putin and Macron".
    private static func list(_ names: [String]) -> String {
        let written = names.map { ParticipantNames.takesArticle.contains($0) ? "the " + $0 : $0 }
        switch written.count {
        case 0: return ""
        case 1: return written[0]
        default: return written.dropLast().joined(separator: ", ") + " and " + written.last!
        }
    }
}
