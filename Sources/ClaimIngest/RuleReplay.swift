import ClaimCore
import ClaimRules

/// What the rules did to a claim after new evidence.
enum RuleOutcome {
    case unchanged
    /// The status (and perhaps the date) moved; the history entry that says so.
    case moved(StatusChange)
    /// The rules would move the status, but a person set it by hand.
    case manualKept(manual: StatusID, rulesSay: StatusID, rule: String)
}

extension Claim {
    /// Lets the rules move the status and date after new evidence, unless a person set the status by
    /// hand; the same decision for `ingest`, `import` and `merge-file`, so all three keep one history.
    mutating func applyRules(_ evaluator: StatusEvaluator, at time: Timestamp) -> RuleOutcome {
        let evaluation = evaluator.evaluate(self)
        guard evaluation.status != status || evaluation.date != event.date, let step = evaluation.steps.last else { return .unchanged }
        if let manual = lastManualChange {
            guard evaluation.status != status else { return .unchanged }
            return .manualKept(manual: manual.to, rulesSay: evaluation.status, rule: step.rule)
        }
        if let newDate = evaluation.date, newDate != event.date, step.newDate != nil {
            reschedule(to: newDate, status: evaluation.status, at: time, because: step.reason, rule: step.rule, evidence: step.evidenceIndex)
        } else {
            changeStatus(to: evaluation.status, at: time, because: step.reason, rule: step.rule, evidence: step.evidenceIndex)
        }
        return history.last.map { .moved($0) } ?? .unchanged
    }
}
