import ClaimCore
import ClaimIngest

/// How `claims ingest` reports each change: one line, indented details, for people.
public enum IngestOutput {
    public static func text(for change: IngestChange, vocabulary: StatusVocabulary, explain: Bool) -> String? {
        switch change {
        case .newClaim(let claim, let source, let nearest):
            var text = "new claim \(claim.id) (\(vocabulary.label(of: claim.status))) from \(source)\n"
                + "    \(claim.statement)\n"
                + (claim.evidence.first.map { "    evidence 1: \(describe($0, vocabulary))\n" } ?? "")
            if explain {
                text += nearest.map { "    no match: nearest \($0.id), \($0.score)\n" } ?? "    no match: no candidate shares its month or a participant\n"
            }
            return text
        case .evidenceAdded(let id, let evidence, let index, let match):
            var text = "evidence \(index + 1) for \(id): \(describe(evidence, vocabulary))\n"
            if explain { text += "    matched: \(match)\n" }
            return text
        case .statusChanged(let id, let change):
            var text = "status of \(id): \(change.from.map(vocabulary.label(of:)) ?? "none") → \(vocabulary.label(of: change.to))"
            if let previous = change.previousDate { text += " (moved from \(previous))" }
            return text + "\n    because" + (change.rule.map { " [\($0)]" } ?? "") + " \(change.because)\n"
        case .manualStatusKept(let id, let manual, let rulesSay, let rule):
            return "kept \(id) at '\(vocabulary.label(of: manual))', set by hand; rule [\(rule)] says '\(vocabulary.label(of: rulesSay))'\n"
        case .findingSkipped(let statement, let source, let reason):
            return explain ? "skipped finding from \(source): \(statement)\n    because: \(reason)\n" : nil
        case .duplicateSkipped(let id):
            return explain ? "already recorded for \(id)\n" : nil
        }
    }

    private static func describe(_ evidence: Evidence, _ vocabulary: StatusVocabulary) -> String {
        var text = evidence.voice
        if let status = evidence.asserts { text += " (\(vocabulary.label(of: status)))" }
        if let quote = evidence.quote {
            let short = quote.count > 100 ? String(quote.prefix(99)) + "…" : quote
            text += ": “\(short)”"
        }
        return text
    }
}
