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

    /// The default statuses get colours that say something (green confirmed, red denied …);
    /// statuses a configuration adds take the spare colours in vocabulary order.
    func color(of status: StatusID) -> String {
        switch status {
        case .proposed: return "#3b6fd4"
        case .confirmed: return "#1f9d55"
        case .veryUnlikely: return "#e07b00"
        case .denied: return "#c92a2a"
        case .postponed: return "#8e44ad"
        case .cancelled: return "#7a7f87"
        case .happened: return "#0c8599"
        default:
            let spare = ["#d6336c", "#5c940d", "#364fc7", "#a61e4d", "#087f5b", "#e8590c"]
            let position = vocabulary.ids.firstIndex(of: status) ?? status.rawValue.utf8.reduce(0) { $0 + Int($1) }
            return spare[position % spare.count]
        }
    }
}
