import ClaimCore
import Testing
@testable import ClaimText

/// Cues are read by the role of the status they assert: the same sentences give the same readings
/// under a vocabulary whose ids are all different, and a second status of a role (`rumoured`) is
/// never what a negation or the tense leads to.
@Suite struct CueRoleTests {
    static let vocabulary = StatusVocabulary([
        StatusDefinition(id: "floated", label: "floated", role: .plan, isOpen: true),
        StatusDefinition(id: "rumoured", label: "rumoured", role: .plan, isOpen: true),
        StatusDefinition(id: "locked_in", label: "locked in", role: .confirmation, isOpen: true),
        StatusDefinition(id: "long_shot", label: "long shot", role: .doubt, isOpen: true),
        StatusDefinition(id: "rebuffed", label: "rebuffed", role: .denial, isOpen: true),
        StatusDefinition(id: "pushed_out", label: "pushed out", role: .postponement, isOpen: true),
        StatusDefinition(id: "axed", label: "axed", role: .cancellation, isOpen: false),
        StatusDefinition(id: "took_place", label: "took place", role: .occurrence, isOpen: false),
    ])

    static let cues = [
        CueRule(phrase: "is rumoured", status: "rumoured"), CueRule(phrase: "scheduled for", status: "floated"),
        CueRule(phrase: "confirmed", status: "locked_in"), CueRule(phrase: "confirm", status: "locked_in"),
        CueRule(phrase: "ruled out", status: "long_shot"), CueRule(phrase: "rule out", status: "long_shot"),
        CueRule(phrase: "postponed", status: "pushed_out"), CueRule(phrase: "called off", status: "axed"),
        CueRule(phrase: "took place", status: "took_place"), CueRule(phrase: "will", status: "floated"),
    ]

    func status(_ text: String, _ date: (String, String), published: String = "2022-01-05") -> StatusID? {
        let expressions = [expression(date.0, value: date.1, in: text)]
        let found = TextAnalyzer(cues: Self.cues, vocabulary: Self.vocabulary)
            .analyze(text, published: CalendarDay(published), dates: expressions).claims
        return found.count == 1 ? found[0].status : nil
    }

    @Test func negationsLeadToTheRolesPrimaryStatus() {
        #expect(status("The ministry did not confirm the talks on January 10.", ("January 10", "2022-01-10")) == "floated")
        #expect(status("The chancellor did not rule out a summit in February.", ("February", "2022-02")) == "floated")
        #expect(status("The summit in March was not postponed.", ("March", "2022-03")) == "locked_in")
        #expect(status("The summit on January 3 never took place.", ("January 3", "2022-01-03")) == "rebuffed")
        #expect(status("The minister may confirm the talks on January 10.", ("January 10", "2022-01-10")) == "floated")
    }

    @Test func theStrongestRoleWinsAndASecondPlanStatusIsKept() {
        #expect(status("The summit, scheduled for March 3, was called off.", ("March 3", "2022-03-03")) == "axed")
        #expect(status("A summit is rumoured for March 3.", ("March 3", "2022-03-03")) == "rumoured")
        // No cue: the tense says, and it says the primary statuses.
        #expect(status("The leaders met in Geneva on January 3.", ("January 3", "2022-01-03")) == "took_place")
        #expect(status("The leaders meet in Geneva on January 30.", ("January 30", "2022-01-30")) == "floated")
        // An occurrence cue about a future date is not read as one.
        #expect(status("The talks will be held on January 30, after the visit took place.", ("January 30", "2022-01-30")) == "floated")
    }
}
