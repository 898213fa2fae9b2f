import ClaimCore

/// A linear map from days to x positions, with axis ticks at month or year starts.
struct TimeScale {
    let first: CalendarDay
    let last: CalendarDay
    let x0: Double
    let x1: Double

    /// Spans `days` (and the report day) with a margin on both sides, so marks never touch the edge.
    init(covering days: [CalendarDay], x0: Double, x1: Double) {
        let low = days.min()!, high = days.max()!
        let margin = max(3, low.days(until: high) / 12)
        first = low.adding(days: -margin)
        last = high.adding(days: margin)
        self.x0 = x0
        self.x1 = x1
    }

    func x(_ day: CalendarDay) -> Double {
        x0 + (x1 - x0) * Double(first.days(until: day)) / Double(max(1, first.days(until: last)))
    }

    /// The x range a date covers: a point for a day, a stretch for a month or a year.
    func span(_ date: EventDate) -> (start: Double, end: Double) {
        (x(date.firstDay), x(date.lastDay.adding(days: 1)))
    }

    /// First days of months (or of years, for long spans), at most about a dozen.
    var ticks: [(day: CalendarDay, label: String)] {
        let months = (last.year - first.year) * 12 + last.month - first.month
        let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        if months > 30 {
            return (first.year + 1...max(first.year + 1, last.year)).compactMap { year in
                CalendarDay(year: year, month: 1, day: 1).map { ($0, String(year)) }
            }
        }
        let step = max(1, months / 10)
        var ticks: [(CalendarDay, String)] = []
        var year = first.year, month = first.month + 1
        var count = 0
        while true {
            if month > 12 { month = 1; year += 1 }
            guard let day = CalendarDay(year: year, month: month, day: 1), day <= last else { break }
            if count % step == 0 { ticks.append((day, month == 1 || ticks.isEmpty ? "\(monthNames[month - 1]) \(year)" : monthNames[month - 1])) }
            count += 1
            month += 1
        }
        return ticks
    }
}

/// Inline SVG: the overview of open claims by event date and status, and each claim's timeline.
struct HTMLCharts {
    let presenter: ClaimPresenter
    let palette: StatusPalette

    var vocabulary: StatusVocabulary { presenter.vocabulary }

    // MARK: Overview

    /// One lane per status; each claim a mark at its event date (a bar for a month or a year),
    /// outlined red when overdue and dashed when disputed; a line at the report day.
    func overview(_ report: ClaimReport) -> String {
        let dated = report.entries.filter { $0.claim.event.date != nil }
        guard !dated.isEmpty else { return "<p class=\"empty\">No dated claims to chart.</p>" }
        let statuses = report.statusCounts(in: vocabulary).map(\.status).filter { status in
            dated.contains { $0.claim.status == status }
        }
        let width = 960.0, laneHeight = 34.0, top = 28.0, left = 120.0, right = 24.0
        let height = top + laneHeight * Double(statuses.count) + 34
        let days = dated.flatMap { [$0.claim.event.date!.firstDay, $0.claim.event.date!.lastDay] } + [report.asOf]
        let scale = TimeScale(covering: days, x0: left, x1: width - right)
        let bottom = top + laneHeight * Double(statuses.count)

        var svg = "<svg class=\"overview\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" "
            + "aria-label=\"Open claims by event date and status\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        svg += axis(scale, top: top, bottom: bottom)
        for (lane, status) in statuses.enumerated() {
            let y = top + laneHeight * Double(lane)
            svg += "<rect x=\"\(f(left))\" y=\"\(f(y))\" width=\"\(f(width - left - right))\" height=\"\(f(laneHeight))\" "
                + "class=\"lane\(lane % 2)\"/>\n"
            svg += "<text x=\"\(f(left - 10))\" y=\"\(f(y + laneHeight / 2 + 4))\" text-anchor=\"end\" class=\"lane-label\">"
                + html(vocabulary.label(of: status)) + "</text>\n"
            // Claims on the same date sit side by side in height rather than on top of each other.
            var stacked: [String: Int] = [:]
            for entry in dated where entry.claim.status == status {
                let date = entry.claim.event.date!
                let slot = stacked[date.description, default: 0]
                stacked[date.description] = slot + 1
                let cy = y + laneHeight / 2 + Double(slot % 3 - 1) * (slot == 0 ? 0 : 7)
                svg += mark(for: entry, date: date, scale: scale, centerY: cy)
            }
        }
        svg += asOfLine(scale.x(report.asOf), top: top - 14, bottom: bottom, label: "as of \(report.asOf)")
        return svg + "</svg>"
    }

    private func mark(for entry: ReportEntry, date: EventDate, scale: TimeScale, centerY: Double) -> String {
        let color = palette.color(of: entry.claim.status)
        var classes = ["mark"]
        if entry.flags.contains(.overdue) { classes.append("overdue") }
        if entry.flags.contains(.disputed) { classes.append("disputed") }
        let title = "<title>\(html(entry.claim.statement)) — \(date), \(html(vocabulary.label(of: entry.claim.status)))"
            + (entry.flags.isEmpty ? "" : " [" + entry.flags.map(\.rawValue).joined(separator: ", ") + "]") + "</title>"
        let link = "<a href=\"#claim-\(entry.claim.id)\">"
        if date.precision >= .day {
            return link + "<circle cx=\"\(f(scale.x(date.firstDay)))\" cy=\"\(f(centerY))\" r=\"7\" fill=\"\(color)\" "
                + "class=\"\(classes.joined(separator: " "))\">\(title)</circle></a>\n"
        }
        let span = scale.span(date)
        return link + "<rect x=\"\(f(span.start))\" y=\"\(f(centerY - 6))\" width=\"\(f(max(6, span.end - span.start)))\" height=\"12\" "
            + "rx=\"6\" fill=\"\(color)\" fill-opacity=\"0.55\" class=\"\(classes.joined(separator: " "))\">\(title)</rect></a>\n"
    }

    // MARK: Timeline of one claim

    /// The claim's status over time as coloured stretches, its event date (earlier dates faded when
    /// it was moved), the evidence as dots, and the report day.
    func timeline(_ entry: ReportEntry, asOf: CalendarDay) -> String {
        guard !entry.timeline.isEmpty else { return "" }
        let width = 960.0, left = 8.0, right = 8.0
        let eventDates = uniqueDates(entry.timeline.compactMap(\.eventDate) + [entry.claim.event.date].compactMap { $0 })
        var days = entry.timeline.map(\.day) + [asOf]
        days += eventDates.flatMap { [$0.firstDay, $0.lastDay] }
        days += entry.claim.evidence.compactMap { $0.source.published?.firstDay }
        let scale = TimeScale(covering: days, x0: left, x1: width - right)
        let barY = 30.0, barHeight = 14.0

        var svg = "<svg class=\"timeline\" viewBox=\"0 0 \(Int(width)) 78\" role=\"img\" "
            + "aria-label=\"Status of this claim over time\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        for date in eventDates {
            let isCurrent = date == entry.claim.event.date
            let span = scale.span(date)
            svg += "<rect x=\"\(f(span.start))\" y=\"10\" width=\"\(f(max(2, span.end - span.start)))\" height=\"48\" "
                + "class=\"event\(isCurrent ? "" : " moved")\"><title>event date \(date)\(isCurrent ? "" : " (moved)")</title></rect>\n"
            svg += "<text x=\"\(f(span.start))\" y=\"8\" class=\"event-label\">\(isCurrent ? "event" : "was") \(date)</text>\n"
        }
        for (index, point) in entry.timeline.enumerated() {
            let end = index + 1 < entry.timeline.count ? entry.timeline[index + 1].day : asOf
            let x = scale.x(point.day), x2 = max(scale.x(end), x + 2)
            let label = vocabulary.label(of: point.status)
            svg += "<rect x=\"\(f(x))\" y=\"\(f(barY))\" width=\"\(f(x2 - x))\" height=\"\(f(barHeight))\" "
                + "fill=\"\(palette.color(of: point.status))\"><title>\(point.day): \(html(label)) — \(html(point.because))</title></rect>\n"
            // Label a stretch only when it is wide enough to hold its name.
            if x2 - x > Double(label.count) * 6.5 + 6 {
                svg += "<text x=\"\(f(x + 4))\" y=\"\(f(barY + 11))\" class=\"bar-label\">\(html(label))</text>\n"
            }
        }
        for item in entry.claim.evidence {
            guard let day = item.source.published?.firstDay else { continue }
            svg += "<circle cx=\"\(f(scale.x(day)))\" cy=\"\(f(barY + barHeight + 7))\" r=\"3\" class=\"evidence-dot\">"
                + "<title>\(day) \(html(item.source.name)) — \(html(item.voice))</title></circle>\n"
        }
        svg += asOfLine(scale.x(asOf), top: 10, bottom: 58, label: nil)
        svg += "<text x=\"\(f(left))\" y=\"74\" class=\"axis-label\">\(scale.first.adding(days: 0))</text>"
        svg += "<text x=\"\(f(width - right))\" y=\"74\" text-anchor=\"end\" class=\"axis-label\">\(scale.last)</text>\n"
        return svg + "</svg>"
    }

    // MARK: Pieces

    private func axis(_ scale: TimeScale, top: Double, bottom: Double) -> String {
        var svg = ""
        for tick in scale.ticks {
            let x = f(scale.x(tick.day))
            svg += "<line x1=\"\(x)\" y1=\"\(f(top))\" x2=\"\(x)\" y2=\"\(f(bottom))\" class=\"grid\"/>"
            svg += "<text x=\"\(x)\" y=\"\(f(bottom + 18))\" text-anchor=\"middle\" class=\"axis-label\">\(tick.label)</text>\n"
        }
        return svg
    }

    private func asOfLine(_ x: Double, top: Double, bottom: Double, label: String?) -> String {
        var svg = "<line x1=\"\(f(x))\" y1=\"\(f(top))\" x2=\"\(f(x))\" y2=\"\(f(bottom))\" class=\"as-of\"/>"
        if let label { svg += "<text x=\"\(f(x + 4))\" y=\"\(f(top + 9))\" class=\"as-of-label\">\(label)</text>" }
        return svg + "\n"
    }

    private func uniqueDates(_ dates: [EventDate]) -> [EventDate] {
        var seen = Set<EventDate>()
        return dates.filter { seen.insert($0).inserted }
    }

    /// Coordinates with one decimal: short, and the same on every run.
    private func f(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
