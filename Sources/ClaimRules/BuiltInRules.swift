import ClaimCore

/// Every status rule this build provides, in the order they are asked: no global registry, no reflection.
///
/// Custom rules from `config.yaml` are asked before these, so a newsroom's own rules take precedence.
public enum BuiltInRules {
    public static let all: [any StatusRule.Type] = [
        HappenedReportRule.self,
        ClosedStaysClosedRule.self,
        RescheduleRule.self,
        OtherPartyConfirmsRule.self,
        LatestAssertionRule.self,
    ]

    /// Rule kinds a custom rule may `extend`.
    public static let kinds: [any StatusRule.Type] = [
        SourceAssertsRule.self,
    ]

    public static var descriptors: [RuleDescriptor] { all.map { $0.descriptor } }
}
