import ClaimCore

/// One status change the rules make while replaying a claim's evidence.
public struct RuleStep: Hashable, Sendable {
    public var rule: String
    public var from: StatusID
    public var to: StatusID
    public var reason: String
    public var evidenceIndex: Int
    /// Set when the step moves the event to a new date.
    public var newDate: EventDate?
}

/// What the rules make of a claim's evidence: the status and date they arrive at, and how.
public struct StatusEvaluation: Hashable, Sendable {
    public var status: StatusID
    public var date: EventDate?
    public var steps: [RuleStep]
    /// Evidence a rule decided must not move the status, with the rule and its reason.
    public var kept: [KeptEvidence]

    public struct KeptEvidence: Hashable, Sendable {
        public var rule: String
        public var reason: String
        public var evidenceIndex: Int
    }
}

/// Replays a claim's evidence, oldest publication first, through the configured rules.
///
/// The replay is a pure function of the evidence, so ingesting the same documents twice, or
/// asking "what was the status on this day", gives the same answer every time.
public struct StatusEvaluator: Sendable {
    public let rules: [ConfiguredRule]
    public let vocabulary: StatusVocabulary

    public init(rules: [ConfiguredRule], vocabulary: StatusVocabulary) {
        self.rules = rules
        self.vocabulary = vocabulary
    }

    /// The status the rules give `claim`, counting only evidence published up to `day` when given.
    public func evaluate(_ claim: Claim, asOf day: CalendarDay? = nil) -> StatusEvaluation {
        let ordered = claim.evidence(publishedOnOrBefore: day).sorted { lhs, rhs in
            let l = lhs.evidence.source.published?.firstDay ?? lhs.evidence.recordedAt.day
            let r = rhs.evidence.source.published?.firstDay ?? rhs.evidence.recordedAt.day
            return l != r ? l < r : lhs.index < rhs.index
        }
        var evaluation = StatusEvaluation(
            status: claim.history.first?.to ?? ordered.first?.evidence.asserts ?? vocabulary.startingStatus,
            date: claim.originalDate, steps: [], kept: [])
        var earlier: [(index: Int, evidence: Evidence)] = []
        for (index, evidence) in ordered {
            let input = RuleInput(
                claim: claim, currentStatus: evaluation.status, currentDate: evaluation.date, evidenceIndex: index,
                evidence: evidence, earlier: earlier, vocabulary: vocabulary)
            earlier.append((index, evidence))
            for configured in rules {
                switch configured.rule.decide(input) {
                case .pass:
                    continue
                case .keep(let reason):
                    evaluation.kept.append(.init(rule: configured.id, reason: reason, evidenceIndex: index))
                case .move(let status, let reason, let newDate):
                    guard status != evaluation.status || (newDate != nil && newDate != evaluation.date) else { break }
                    evaluation.steps.append(RuleStep(
                        rule: configured.id, from: evaluation.status, to: status, reason: reason,
                        evidenceIndex: index, newDate: newDate))
                    evaluation.status = status
                    if let newDate { evaluation.date = newDate }
                }
                break
            }
        }
        return evaluation
    }
}

extension Claim {
    /// The event date the claim was created with, before any postponement moved it.
    public var originalDate: EventDate? {
        history.first { $0.previousDate != nil }?.previousDate ?? event.date
    }
}
