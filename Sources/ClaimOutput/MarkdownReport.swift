import ClaimCore

/// The report as Markdown that pastes into a ticket or a chat: a heading, a summary, and one table
/// per group. Text from articles is escaped so it cannot break the table or turn into markup.
public struct MarkdownReport: Sendable {
    public let presenter: ClaimPresenter

    public init(presenter: ClaimPresenter) { self.presenter = presenter }

    public func render(_ report: ClaimReport) -> String {
        let vocabulary = presenter.vocabulary
        var lines = ["## \(report.subject(in: vocabulary)) as of \(report.asOf)", ""]
        var summary = "**\(report.entries.count)** claim\(report.entries.count == 1 ? "" : "s"): "
            + "\(report.count(.overdue)) overdue, \(report.count(.disputed)) disputed, "
            + "\(report.count(in: .dueSoon)) due within \(report.soonDays) day\(report.soonDays == 1 ? "" : "s")"
        let counts = report.statusCounts(in: vocabulary)
        if !counts.isEmpty {
            summary += " — " + counts.map { "\(vocabulary.label(of: $0.status)) \($0.count)" }.joined(separator: " · ")
        }
        lines.append(summary)
        for group in ReportGroup.allCases {
            let entries = report.entries(in: group)
            guard !entries.isEmpty else { continue }
            lines += ["", "### \(group.title(soonDays: report.soonDays)) (\(entries.count))", ""]
            lines.append("| Event | When | Status | Claim | Latest evidence | Evidence | Flags |")
            lines.append("|---|---|---|---|---|---:|---|")
            for entry in entries { lines.append(row(for: entry)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func row(for entry: ReportEntry) -> String {
        let claim = entry.claim
        let cells = [
            claim.event.date?.description ?? "–",
            presenter.distance(to: claim.event.date),
            Self.escape(presenter.vocabulary.label(of: claim.status)),
            "**\(Self.escape(claim.statement))**<br>`\(claim.id)`",
            claim.latestEvidence.map { Self.escape(presenter.describe($0, quoteLimit: 200)) } ?? "–",
            String(claim.evidence.count),
            entry.flags.isEmpty ? "–" : entry.flags.map { "**\($0.rawValue)**" }.joined(separator: " "),
        ]
        return "| " + cells.joined(separator: " | ") + " |"
    }

    /// Backslash-escapes what Markdown would read as markup or as a cell border, and folds line breaks.
    static func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~": output += "\\" + String(character)
            case "\n", "\r", "\r\n": output += " "
            default: output.append(character)
            }
        }
        return output
    }
}
