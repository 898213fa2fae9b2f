import ClaimCore

/// The report as an aligned table for a terminal: one row per claim, the statement and the latest
/// evidence on indented lines below it, group by group.
public struct TextReport: Sendable {
    public let presenter: ClaimPresenter
    /// ANSI colours, for a terminal only (the CLI decides: a terminal, and `NO_COLOR` unset).
    public let colors: Bool

    public init(presenter: ClaimPresenter, colors: Bool = false) {
        self.presenter = presenter
        self.colors = colors
    }

    public func render(_ report: ClaimReport) -> String {
        let vocabulary = presenter.vocabulary
        var output = style("\(report.subject(in: vocabulary)) as of \(report.asOf): \(report.entries.count)", .bold)
        output += " (\(report.count(.overdue)) overdue, \(report.count(.disputed)) disputed, "
            + "\(report.count(in: .dueSoon)) due within \(report.soonDays) day\(report.soonDays == 1 ? "" : "s"))\n"
        let counts = report.statusCounts(in: vocabulary)
        if !counts.isEmpty {
            output += "By status: " + counts.map { "\(vocabulary.label(of: $0.status)) \($0.count)" }.joined(separator: " · ") + "\n"
        }
        let rows = report.entries.map(row(for:))
        let header = Row(event: "EVENT", when: "WHEN", status: "STATUS", evidence: "EVIDENCE", flags: "FLAGS", id: "CLAIM")
        let widths = Row.widths(of: [header] + rows)
        for group in ReportGroup.allCases {
            let members = report.entries.indices.filter { report.entries[$0].group == group }
            guard !members.isEmpty else { continue }
            output += "\n" + style("\(group.title(soonDays: report.soonDays).uppercased()) (\(members.count))", groupStyle(group)) + "\n"
            output += style(header.text(widths), .dim) + "\n"
            for index in members {
                // Read in place: a copy of each entry (its claim and timeline) showed in large reports.
                output += rows[index].text(widths, flagStyle: { style($0, flagStyle($0)) }) + "\n"
                output += "      " + report.entries[index].claim.statement + "\n"
                if let latest = report.entries[index].claim.latestEvidence {
                    output += style("      latest: " + presenter.describe(latest, quoteLimit: 160), .dim) + "\n"
                }
            }
        }
        return output
    }

    private func row(for entry: ReportEntry) -> Row {
        let claim = entry.claim
        return Row(
            event: claim.event.date?.description ?? "-", when: presenter.distance(to: claim.event.date),
            status: presenter.vocabulary.label(of: claim.status), evidence: String(claim.evidence.count),
            flags: entry.flags.map(\.rawValue).joined(separator: " "), id: claim.id.rawValue)
    }

    /// The cells of one table row; widths are measured on the plain text, before any colour.
    private struct Row {
        var event, when, status, evidence, flags, id: String

        /// The widest cell of each column but the last, in one pass that copies no row.
        static func widths(of rows: [Row]) -> [Int] {
            var widths = [0, 0, 0, 0, 0]
            for index in rows.indices {
                widths[0] = max(widths[0], rows[index].event.count)
                widths[1] = max(widths[1], rows[index].when.count)
                widths[2] = max(widths[2], rows[index].status.count)
                widths[3] = max(widths[3], rows[index].evidence.count)
                widths[4] = max(widths[4], rows[index].flags.count)
            }
            return widths
        }

        func text(_ widths: [Int], flagStyle: (String) -> String = { $0 }) -> String {
            let evidenceCell = String(repeating: " ", count: max(0, widths[3] - evidence.count)) + evidence
            let styledFlags = flags.split(separator: " ").map { flagStyle(String($0)) }.joined(separator: " ")
            let flagCell = styledFlags + String(repeating: " ", count: max(0, widths[4] - flags.count))
            return "  " + padded(event, widths[0]) + "  " + padded(when, widths[1]) + "  " + padded(status, widths[2])
                + "  " + evidenceCell + "  " + flagCell + "  " + id
        }

        private func padded(_ text: String, _ width: Int) -> String {
            text + String(repeating: " ", count: max(0, width - text.count))
        }
    }

    // MARK: Colour

    enum Style: String {
        case bold = "1", dim = "2", red = "1;31", yellow = "1;33", cyan = "1;36", plain = "0"
    }

    private func style(_ text: String, _ style: Style) -> String {
        guard colors, style != .plain else { return text }
        return "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m"
    }

    private func groupStyle(_ group: ReportGroup) -> Style {
        switch group {
        case .overdue: .red
        case .disputed: .yellow
        case .dueSoon: .cyan
        case .later: .bold
        }
    }

    private func flagStyle(_ flag: String) -> Style {
        switch ClaimFlag(rawValue: flag) {
        case .overdue: .red
        case .disputed: .yellow
        case nil: .plain
        }
    }
}
