import ClaimCore
import Testing

@testable import ClaimText

/// Words that look like dates but are not: verbs, names, numbers and amounts.
@Suite struct TemporalNegativeTests {
    static let untagged: [String] = [
        "The summit may take place in Vienna.",
        "May the best team win, the coach said.",
        "Thousands march through the capital to protest.",
        "March on, the crowd chanted.",
        "Readers of The Sun were shocked by the report.",
        "April Ryan asked the press secretary a question.",
        "The company employs 2000 people at the plant.",
        "The ticket cost $2009 after fees.",
        "Turnout was up 2019% on some estimates.",
        "Boeing delivered its 737 and A380 fleets.",
        "The late senator was honoured by colleagues.",
        "Leaves fall early in the north.",
        "The story ran in USA Today first.",
        "The now-defunct airline owed millions.",
        "He scored 3:1 in the final.",
        "The senator is serving a second term.",
        "The bank set near-term targets and long-term goals.",
        "Nobody can say what the future of the plant will be.",
        "The future looks bleak for the mill.",
        "For the striking miners, it is high noon.",
        "Fire broke out on the 14th floor of the tower.",
        "The reactor needs 1,500 tonnes of steel.",
    ]

    @Test(arguments: untagged) func leavesNonDatesAlone(_ sentence: String) {
        let found = temporalTags(sentence)
        #expect(found.isEmpty, "tagged \(found.map { "\($0.text)=\($0.value)" })")
    }

    @Test func keepsMayTheMonthButNotMayTheVerb() {
        let found = temporalTags("The vote may be held in May.")
        #expect(found.map(\.text) == ["May"])
        #expect(found.map(\.value) == ["2022-05"])
    }

    @Test func ignoresLowercaseMonthNames() {
        #expect(temporalTags("Soldiers march in step; they may rest.").isEmpty)
    }
}
