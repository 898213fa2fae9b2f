import ClaimCore

/// The report as one self-contained HTML page: inline CSS and SVG, no scripts, no network.
/// Every piece of text from articles and the ledger is escaped (`html(_:)`).
public struct HTMLReport: Sendable {
    public let presenter: ClaimPresenter
    /// Shown in the footer when `config.yaml` names a publisher.
    public let publisher: (name: String, url: String?)?

    public init(presenter: ClaimPresenter, publisher: (name: String, url: String?)? = nil) {
        self.presenter = presenter
        self.publisher = publisher
    }

    private var vocabulary: StatusVocabulary { presenter.vocabulary }
    private var palette: StatusPalette { StatusPalette(vocabulary: vocabulary) }
    private var charts: HTMLCharts { HTMLCharts(presenter: presenter, palette: palette) }

    public func render(_ report: ClaimReport) -> String {
        var page = ""
        write(report) { page += $0 }
        return page
    }

    /// The page of `render`, handed to `sink` in pieces of about 64 KB as it is made: the whole page
    /// of 100,000 claims, held at once, took more memory than the claims themselves.
    public func write(_ report: ClaimReport, to sink: (String) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            var page = TextChunks(sink: sink)
            write(report, into: &page)
            page.finish()
        }
    }

    private func write(_ report: ClaimReport, into page: inout TextChunks) {
        let title = "\(report.subject(in: vocabulary)) as of \(report.asOf)"
        page += """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(html(title))</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            <header>
            <h1>\(html(title))</h1>
            \(summary(report))
            </header>

            """
        page += "<section class=\"chart\"><h2>Open claims by event date and status</h2>\n\(charts.overview(report))\n</section>\n"
        if report.entries.isEmpty { page += "<p class=\"empty\">No claims to report.</p>\n" }
        for group in ReportGroup.allCases {
            let members = report.entries.indices.filter { report.entries[$0].group == group }
            guard !members.isEmpty else { continue }
            page += "<section class=\"group \(group.rawValue)\">\n<h2>\(html(group.title(soonDays: report.soonDays))) "
                + "<span class=\"count\">\(members.count)</span></h2>\n"
            for index in members { page += card(for: report.entries[index], asOf: report.asOf) }
            page += "</section>\n"
        }
        page += footer(report)
        page += "</body>\n</html>\n"
    }

    private func summary(_ report: ClaimReport) -> String {
        var chips = report.statusCounts(in: vocabulary).map { item in
            "<span class=\"pill\" style=\"background:\(palette.color(of: item.status))\">"
                + "\(html(vocabulary.label(of: item.status))) <b>\(item.count)</b></span>"
        }
        let flagged = [
            ("overdue", "overdue", report.count(.overdue)), ("disputed", "disputed", report.count(.disputed)),
            ("due_soon", "due within \(report.soonDays) days", report.count(in: .dueSoon)),
        ]
        for (name, label, count) in flagged {
            chips.append("<span class=\"pill flag \(name)\(count == 0 ? " none" : "")\">\(label) <b>\(count)</b></span>")
        }
        return "<p class=\"summary\"><b>\(report.entries.count)</b> claim\(report.entries.count == 1 ? "" : "s") · "
            + chips.joined(separator: " ") + "</p>"
    }

    private func card(for entry: ReportEntry, asOf: CalendarDay) -> String {
        let claim = entry.claim
        var card = "<article class=\"claim\" id=\"claim-\(claim.id)\">\n"
        card += "<h3>\(html(claim.statement))</h3>\n<p class=\"meta\">"
        card += "<span class=\"pill\" style=\"background:\(palette.color(of: claim.status))\">\(html(vocabulary.label(of: claim.status)))</span> "
        for flag in entry.flags { card += "<span class=\"pill flag \(flag.rawValue)\">\(flag.rawValue)</span> " }
        card += "<span class=\"date\">\(html(claim.event.date?.description ?? "no date"))</span> "
        card += "<span class=\"when\">\(html(presenter.distance(to: claim.event.date)))</span>"
        var details: [String] = []
        if let kind = claim.event.kind { details.append(html(kind)) }
        if !claim.event.participants.isEmpty { details.append(html(claim.event.participants.joined(separator: ", "))) }
        if let place = claim.event.place { details.append("in " + html(place)) }
        details.append("\(claim.evidence.count) evidence")
        card += " · " + details.joined(separator: " · ") + " · <code>\(claim.id)</code></p>\n"
        if let latest = claim.latestEvidence { card += latestEvidence(latest) }
        card += charts.timeline(entry, asOf: asOf) + "\n"
        if entry.timeline.count > 1 {
            card += "<ol class=\"changes\">"
            for point in entry.timeline {
                card += "<li><span class=\"date\">\(point.day)</span> "
                    + "<span class=\"dot\" style=\"background:\(palette.color(of: point.status))\"></span>"
                    + "\(html(vocabulary.label(of: point.status))) — \(html(point.because))</li>"
            }
            card += "</ol>\n"
        }
        return card + "</article>\n"
    }

    private func latestEvidence(_ evidence: Evidence) -> String {
        var source = html(evidence.source.name)
        if let url = evidence.source.url, url.hasPrefix("http://") || url.hasPrefix("https://") {
            source = "<a href=\"\(html(url))\">\(source)</a>"
        }
        var attribution = [evidence.source.published?.description, nil].compactMap { $0 }.map(html)
        attribution.append(source)
        if let saidBy = evidence.saidBy { attribution.append(html(saidBy)) }
        var block = "<blockquote class=\"latest\">"
        if let quote = evidence.quote { block += "<p>“\(html(quote))”</p>" }
        block += "<footer>latest: " + attribution.joined(separator: " · ")
        if let status = evidence.asserts { block += " · says <i>\(html(vocabulary.label(of: status)))</i>" }
        return block + "</footer></blockquote>\n"
    }

    private func footer(_ report: ClaimReport) -> String {
        var text = "Made by claims \(ToolInfo.version) from the ledger as it stood at the end of \(report.asOf)"
        if let publisher {
            let name = html(publisher.name)
            text += " · published by " + (publisher.url.map { "<a href=\"\(html($0))\">\(name)</a>" } ?? name)
        }
        return "<footer class=\"page\">\(text)</footer>\n"
    }

    static let css = """

        :root { color-scheme: light; --ink: #1d2433; --muted: #5f6b7a; --line: #dde2ea; --overdue: #c92a2a;
                --disputed: #d98200; --soon: #1971c2; }
        * { box-sizing: border-box; }
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
               color: var(--ink); background: #f6f7f9; margin: 0 auto; max-width: 1040px; padding: 24px; }
        h1 { font-size: 26px; margin: 0 0 6px; }
        h2 { font-size: 18px; margin: 28px 0 10px; }
        h3 { font-size: 16px; margin: 0 0 6px; overflow-wrap: anywhere; }
        .summary { margin: 0; color: var(--muted); }
        .pill { display: inline-block; color: #fff; border-radius: 10px; padding: 1px 9px; font-size: 13px;
                margin: 2px 2px 2px 0; white-space: nowrap; }
        .flag.overdue { background: var(--overdue); } .flag.disputed { background: var(--disputed); }
        .flag.due_soon { background: var(--soon); } .flag.none { background: #aab2bd; }
        .chart, .claim { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; }
        .chart h2 { margin-top: 0; }
        svg { display: block; width: 100%; height: auto; font-family: inherit; }
        .lane0 { fill: #f8f9fb; } .lane1 { fill: #eef1f5; }
        .lane-label { font-size: 13px; fill: var(--ink); }
        .grid { stroke: #d5dae2; stroke-width: 1; }
        .axis-label { font-size: 11px; fill: var(--muted); }
        .as-of { stroke: #1d2433; stroke-width: 1.5; stroke-dasharray: 4 3; }
        .as-of-label { font-size: 11px; fill: #1d2433; }
        .mark { stroke: #fff; stroke-width: 1.5; }
        .mark.overdue { stroke: var(--overdue); stroke-width: 3; }
        .mark.disputed { stroke: var(--disputed); stroke-width: 3; stroke-dasharray: 3 2; }
        .group > h2 { border-left: 5px solid var(--muted); padding-left: 10px; }
        .group.overdue > h2 { border-color: var(--overdue); } .group.disputed > h2 { border-color: var(--disputed); }
        .group.due_soon > h2 { border-color: var(--soon); }
        .count { color: var(--muted); font-weight: normal; }
        .claim { margin: 0 0 12px; }
        .group.overdue .claim { border-left: 4px solid var(--overdue); }
        .group.disputed .claim { border-left: 4px solid var(--disputed); }
        .group.due_soon .claim { border-left: 4px solid var(--soon); }
        .meta { margin: 0 0 8px; color: var(--muted); font-size: 13px; }
        .meta .date { font-weight: 600; color: var(--ink); }
        code { font-size: 12px; background: #f0f2f5; padding: 1px 4px; border-radius: 4px; }
        blockquote.latest { margin: 6px 0 10px; padding: 6px 12px; border-left: 3px solid var(--line); background: #fafbfc; }
        blockquote.latest p { margin: 0 0 2px; overflow-wrap: anywhere; }
        blockquote.latest footer { font-size: 12px; color: var(--muted); }
        .event { fill: #fde68a; fill-opacity: 0.55; stroke: #d9a400; stroke-width: 1; }
        .event.moved { fill: #e5e7eb; stroke: #9ca3af; stroke-dasharray: 3 2; }
        .event-label { font-size: 10px; fill: #8a6d00; }
        .bar-label { font-size: 10px; fill: #fff; font-weight: 600; }
        .evidence-dot { fill: #5f6b7a; }
        ol.changes { margin: 6px 0 0; padding-left: 18px; font-size: 12px; color: var(--muted); }
        ol.changes .date { font-variant-numeric: tabular-nums; color: var(--ink); }
        .dot { display: inline-block; width: 8px; height: 8px; border-radius: 4px; margin-right: 4px; }
        .empty { color: var(--muted); }
        footer.page { margin-top: 24px; font-size: 12px; color: var(--muted); }
        a { color: inherit; }

        """
}
