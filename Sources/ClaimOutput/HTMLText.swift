import ClaimCore

/// Escapes text for HTML and SVG element content and quoted attribute values. Every string that
/// comes from an article, a person or the ledger passes through here before it reaches the page.
func html(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": output += "&amp;"
        case "<": output += "&lt;"
        case ">": output += "&gt;"
        case "\"": output += "&quot;"
        case "'": output += "&#39;"
        default: output.unicodeScalars.append(scalar)
        }
    }
    return output
}

/// One colour per status, so a status looks the same in every chart and label of the page.
struct StatusPalette: Sendable {
    let vocabulary: StatusVocabulary

    /// The primary status of each role gets a colour that says something (green confirmation, red
    /// denial …); the other statuses take the spare colours in vocabulary order.
    func color(of status: StatusID) -> String {
        if let role = vocabulary.role(of: status), vocabulary.primaryStatus(for: role) == status {
            switch role {
            case .plan: return "#3b6fd4"
            case .confirmation: return "#1f9d55"
            case .doubt: return "#e07b00"
            case .denial: return "#c92a2a"
            case .postponement: return "#8e44ad"
            case .cancellation: return "#7a7f87"
            case .occurrence: return "#0c8599"
            }
        }
        let spare = ["#d6336c", "#5c940d", "#364fc7", "#a61e4d", "#087f5b", "#e8590c"]
        let position = vocabulary.ids.firstIndex(of: status) ?? status.rawValue.utf8.reduce(0) { $0 + Int($1) }
        return spare[position % spare.count]
    }
}
