import ClaimCore
import Foundation
import Testing
@testable import ClaimConfig

/// The defaults are one YAML file (`Sources/ClaimConfig/Defaults/defaults.yaml`): `claims init`
/// writes it, a configuration without a section means it, and the repo's own `config.yaml` follows it.
@Suite struct DefaultsTests {
    @Test func theDefaultsFileReadsCleanly() throws {
        let loaded = try Configuration.parse(Configuration.defaultsText, file: "defaults.yaml")
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.configuration.statuses == Configuration.defaults.statuses)
        #expect(Configuration.defaultsText.hasPrefix("# claims configuration."))
    }

    @Test func theDefaultStatusesHaveEveryRoleOnce() {
        let statuses = StatusVocabulary.standard
        #expect(statuses.ids == [.proposed, .confirmed, .veryUnlikely, .denied, .postponed, .cancelled, .happened])
        #expect(statuses.definitions.map(\.role) == [.plan, .confirmation, .doubt, .denial, .postponement, .cancellation, .occurrence])
        #expect(Set(statuses.definitions.map(\.role)) == Set(StatusRole.allCases))
        #expect(Configuration.standard.statuses == statuses)
    }

    @Test func theDefaultCuesListEachStatusOnce() throws {
        let cues = try #require(Configuration.defaults.cues)
        #expect(cues.map(\.status) == StatusVocabulary.standard.ids)
        for entry in cues {
            #expect(!entry.phrases.isEmpty)
            #expect(Set(entry.phrases).count == entry.phrases.count, "\(entry.status) repeats a phrase")
        }
    }

    /// The repo's `config.yaml` is the defaults with the parties of its own ledger's story.
    @Test func theRepositoryConfigurationFollowsTheDefaults() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let loaded = try Configuration.load(contentsOf: root.appendingPathComponent("config.yaml").path)
        #expect(loaded.warnings.isEmpty)
        let repo = loaded.configuration, defaults = Configuration.defaults
        #expect(repo.statuses == defaults.statuses)
        #expect(repo.cues?.map(\.status) == defaults.cues?.map(\.status))
        for (mine, theirs) in zip(repo.cues ?? [], defaults.cues ?? []) {
            #expect(mine.phrases == theirs.phrases, "cues for '\(mine.status)' differ from defaults.yaml")
        }
        #expect(repo.claimsDirectory == defaults.claimsDirectory)
        #expect(repo.overdue == defaults.overdue)
        #expect(repo.extractors.map(\.id) == defaults.extractors.map(\.id))
        #expect(repo.matching == defaults.matching)
        #expect(repo.ingest == defaults.ingest)
        #expect(repo.extraction == defaults.extraction)
        #expect(repo.rules.disabled.map(\.name) == defaults.rules.disabled.map(\.name))
        #expect(repo.rules.optIn.map(\.name) == defaults.rules.optIn.map(\.name))
        #expect(repo.rules.settings.map(\.rule.name) == defaults.rules.settings.map(\.rule.name))
        #expect(repo.ratings == defaults.ratings)
    }

    /// The default ratings say what the common verdicts mean for an event claim, in several languages.
    @Test func theDefaultRatingsMapCommonVerdicts() throws {
        let ratings = try #require(Configuration.defaults.ratings)
        #expect(ratings.outcome(forText: "TRUE") == .status(.confirmed))
        #expect(ratings.outcome(forText: "Mostly True") == .status(.confirmed))
        #expect(ratings.outcome(forText: "Pants on Fire!") == .status(.denied))
        #expect(ratings.outcome(forText: "Faux") == .status(.denied))
        #expect(ratings.outcome(forText: "Half-True") == .noStatus)
        #expect(ratings.outcome(forText: "Satire") == .noStatus)
        #expect(ratings.outcome(forText: "Premature") == nil)
        #expect(ratings.outcome(forFraction: 1) == .status(.confirmed))
        #expect(ratings.outcome(forFraction: 0.5) == .noStatus)
        #expect(ratings.outcome(forFraction: 0) == .status(.denied))
    }
}
