import ClaimCore
import Foundation
import Testing
@testable import ClaimConfig

@Suite struct ConfigurationTests {
    /// The rendered issues of a config that must fail.
    private func problems(_ text: String, file: String = "config.yaml") -> String {
        do {
            let loaded = try Configuration.parse(text, file: file)
            return "no error; warnings: \(loaded.warnings)"
        } catch {
            return error.description
        }
    }

    @Test func readsCompleteConfiguration() throws {
        let loaded = try Configuration.parse("""
            version: 1
            claims_directory: ledger/claims
            publisher: { name: Example Desk, url: https://example.org }
            statuses:
              proposed: { label: proposed, open: true, conflicts_with: [denied, very_unlikely] }
              very_unlikely: { open: true }
              denied: { open: false, conflicts_with: [proposed] }
            overdue: { grace_days: 3 }
            cues:
              proposed: ["scheduled for", "proposed"]
              denied: [denied]
            extractors:
              - id: rss_feed
                feeds: [https://example.org/news.xml]
              - id: process
                name: court_records
                command: [./tools/court-records]
                timeout_seconds: 30
              - id: process
                name: other
            matching: { threshold: 0.75 }
            ingest: { record_past_events: true }
            extraction: { max_file_megabytes: 8 }
            rules:
              disabled: [stale_claim]
              opt_in: [single_source]
              settings:
                stale_claim: { max_age_days: 30 }
              custom:
                anonymous_sourcing:
                  extends: phrase_match
                  severity: warning
                  phrases: ["sources say"]
            """, file: "desk/config.yaml")
        #expect(loaded.warnings.isEmpty)
        let config = loaded.configuration
        #expect(config.version == 1)
        #expect(config.claimsDirectory == "ledger/claims")
        #expect(config.configDirectory == "desk")
        #expect(config.claimsDirectoryPath == "desk/ledger/claims")
        #expect(config.publisher == Configuration.Publisher(name: "Example Desk", url: URL(string: "https://example.org")))
        #expect(config.statuses == StatusVocabulary([
            StatusDefinition(id: .proposed, label: "proposed", role: .plan, isOpen: true, conflictsWith: [.denied, .veryUnlikely]),
            StatusDefinition(id: .veryUnlikely, label: "very unlikely", role: .doubt, isOpen: true),
            StatusDefinition(id: .denied, label: "denied", role: .denial, isOpen: false, conflictsWith: [.proposed]),
        ]))
        #expect(config.overdue.graceDays == 3)
        #expect(config.cues?.map(\.status) == [.proposed, .denied])
        #expect(config.cues?.first?.phrases == ["scheduled for", "proposed"])
        #expect(config.cues?.first?.location == SourceLocation(file: "desk/config.yaml", line: 10, column: 3))

        #expect(config.extractors.map(\.id) == ["rss_feed", "process", "process"])
        #expect(config.extractors.map(\.displayName) == ["rss_feed", "court_records", "other"])
        let court = config.extractors[1]
        #expect(court.settings.entries?.map(\.key) == ["command", "timeout_seconds"])
        #expect(court.settings["timeout_seconds"]?.location == SourceLocation(file: "desk/config.yaml", line: 18, column: 22))
        #expect(court.location == SourceLocation(file: "desk/config.yaml", line: 15, column: 5))
        #expect(court.idLocation == SourceLocation(file: "desk/config.yaml", line: 15, column: 9))
        #expect(config.extractors[2].settings.entries?.isEmpty == true)

        #expect(config.matching.threshold == 0.75)
        #expect(config.ingest.recordPastEvents)
        #expect(config.extraction.maxFileMegabytes == 8)
        #expect(config.extraction.maxFileBytes == 8 << 20)
        #expect(config.rules.disabled == [LocatedName("stale_claim", at: SourceLocation(file: "desk/config.yaml", line: 25, column: 14))])
        #expect(config.rules.optIn.map(\.name) == ["single_source"])
        #expect(config.rules.settings.map(\.rule.name) == ["stale_claim"])
        #expect(try config.rules.settings.first?.settings["max_age_days"]?.int(for: "x") == 30)
        let custom = try #require(config.rules.custom.first)
        #expect(custom.name.name == "anonymous_sourcing")
        #expect(custom.extends.name == "phrase_match")
        #expect(custom.settings.entries?.map(\.key) == ["severity", "phrases"])
    }

    @Test func minimalConfigurationMeansTheDefaults() throws {
        let loaded = try Configuration.parse("version: 1\n", file: "config.yaml")
        #expect(loaded.configuration == Configuration.standard)
        #expect(loaded.warnings.isEmpty)
        let standard = Configuration.standard
        #expect(standard.claimsDirectory == "claims")
        #expect(standard.claimsDirectoryPath == "claims")
        #expect(standard.statuses == .standard)
        #expect(standard.overdue.graceDays == 0)
        #expect(standard.cues == nil)
        #expect(standard.extractors.isEmpty)
        #expect(standard.matching.threshold == 0.5)
        #expect(!standard.ingest.recordPastEvents)
        #expect(standard.extraction.maxFileMegabytes == 64)
        #expect(standard.rules == Configuration.Rules())
    }

    @Test func readsEventVerbsByKind() throws {
        let loaded = try Configuration.parse("""
            version: 1
            event_verbs:
              launch: ["lifted off", "blasted off"]
              voyage: ["set sail"]
            """, file: "config.yaml")
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.configuration.eventVerbs?.map(\.kind) == ["launch", "voyage"])
        #expect(loaded.configuration.eventVerbs?.first?.phrases == ["lifted off", "blasted off"])
        #expect(Configuration.standard.eventVerbs == nil)
        #expect(problems("version: 1\nevent_verbs:\n  launch: [\"\"]\n").contains("event_verbs.launch[0]"))
    }

    @Test func emptySectionsKeepDefaults() throws {
        let config = try Configuration.parse("version: 1\noverdue:\nrules:\nextractors:\n", file: "config.yaml").configuration
        #expect(config == Configuration.standard)
    }

    @Test func warnsAboutUnknownTopLevelKeyWithSuggestion() throws {
        let loaded = try Configuration.parse("version: 1\nextractor:\n  - id: rss_feed\nzzz: 1\n", file: "config.yaml")
        #expect(loaded.warnings.map(\.description) == [
            """
            config.yaml:2:1: warning: unknown key 'extractor'
            note: did you mean 'extractors'?
            """,
            """
            config.yaml:4:1: warning: unknown key 'zzz'
            note: known keys: 'version', 'claims_directory', 'publisher', 'statuses', 'overdue', 'cues', 'event_verbs', 'extractors', 'matching', 'ingest', 'extraction', 'rules', 'ratings', 'ledger'
            """,
        ])
    }

    @Test func warnsAboutUnknownNestedKey() throws {
        let loaded = try Configuration.parse("version: 1\noverdue: { grace_dayz: 2 }\n", file: "config.yaml")
        #expect(loaded.warnings.map(\.description) == [
            "config.yaml:2:12: warning: unknown key 'grace_dayz' in 'overdue'\nnote: did you mean 'grace_days'?",
        ])
        #expect(loaded.configuration.overdue.graceDays == 0)
    }

    @Test func rejectsWrongType() {
        #expect(problems("version: 1\noverdue:\n  grace_days: \"2\"\n") == """
            config.yaml:3:15: error: expected a whole number for 'overdue.grace_days', found a string
            """)
    }

    @Test func rejectsVersionNewerThanTool() {
        #expect(problems("version: 2\nfuture_key: {}\n") == """
            config.yaml:1:10: error: config version 2 is newer than this tool supports (1)
            note: update claims to read this file
            """)
    }

    @Test func requiresVersion() {
        #expect(problems("claims_directory: claims\n") == """
            config.yaml:1:1: error: missing required key 'version'
            note: start the file with 'version: 1'
            """)
        #expect(problems("") == """
            config.yaml:1:1: error: missing required key 'version'
            note: start the file with 'version: 1'
            """)
        #expect(problems("version: one\n") == "config.yaml:1:10: error: expected a whole number for 'version', found a string")
        #expect(problems("version: 0\n") == "config.yaml:1:10: error: config version 0 does not exist; versions start at 1")
    }

    @Test func rejectsNonMappingFile() {
        #expect(problems("- version: 1\n") == "config.yaml:1:1: error: expected a mapping of settings at the top of the file, found a list")
    }

    @Test func reportsDuplicateKeyWithNote() {
        #expect(problems("version: 1\nmatching: { threshold: 0.2 }\nmatching: { threshold: 0.3 }\n") == """
            config.yaml:3:1: error: duplicate key 'matching'
            matching: { threshold: 0.3 }
            ^
            note: first defined at config.yaml:2:1
            """)
    }

    @Test func reportsYAMLSyntaxErrorWithCaret() {
        #expect(problems("version: 1\nclaims_directory: \"claims\n") == """
            config.yaml:3:1: error: could not parse YAML: found unexpected end of stream
            note: while scanning a quoted scalar that starts at config.yaml:2:19
            """)
        #expect(problems("version: 1\npublisher:\n  name: Desk\n url: x\n") == """
            config.yaml:4:2: error: could not parse YAML: did not find expected key
             url: x
             ^
            note: while parsing a block mapping that starts at config.yaml:1:1
            """)
    }

    @Test func rejectsUnknownStatusInConflicts() {
        #expect(problems("""
            version: 1
            statuses:
              proposed: { open: true, conflicts_with: [cancelld, withdrawn] }
              cancelled: { open: false }
            """) == """
            config.yaml:3:44: error: unknown status 'cancelld' in 'statuses.proposed.conflicts_with'
            note: did you mean 'cancelled'?
            config.yaml:3:54: error: unknown status 'withdrawn' in 'statuses.proposed.conflicts_with'
            note: defined statuses: 'proposed', 'cancelled'
            """)
    }

    @Test func rejectsUnknownStatusInCues() {
        #expect(problems("""
            version: 1
            cues:
              postponed: ["put off"]
              confirmd: ["confirmed"]
            """) == """
            config.yaml:4:3: error: unknown status 'confirmd' in 'cues'
            note: did you mean 'confirmed'?
            """)
    }

    @Test func checksCuesAgainstTheFilesOwnStatuses() {
        // `statuses` comes after `cues` here and replaces the standard set, which had 'confirmed'.
        #expect(problems("""
            version: 1
            cues:
              confirmed: [confirmed]
            statuses:
              open_question: { role: plan, open: true }
            """) == """
            config.yaml:3:3: error: unknown status 'confirmed' in 'cues'
            note: defined statuses: 'open_question'
            """)
    }

    @Test func rejectsBadThreshold() {
        #expect(problems("version: 1\nmatching: { threshold: 1.5 }\n") == """
            config.yaml:2:24: error: expected a number from 0 to 1 for 'matching.threshold', found '1.5'
            """)
        #expect(problems("version: 1\nmatching: { threshold: high }\n") == """
            config.yaml:2:24: error: expected a number for 'matching.threshold', found a string
            """)
    }

    @Test func rejectsOutOfRangeNumbers() {
        #expect(problems("version: 1\noverdue: { grace_days: -1 }\nextraction: { max_file_megabytes: 0 }\n") == """
            config.yaml:2:24: error: expected a whole number of at least 0 for 'overdue.grace_days', found '-1'
            config.yaml:3:35: error: expected a whole number of at least 1 for 'extraction.max_file_megabytes', found '0'
            """)
    }

    @Test func acceptsOnlyTrueAndFalseAsBooleans() {
        #expect(problems("version: 1\ningest: { record_past_events: yes }\n") == """
            config.yaml:2:31: error: expected 'true' or 'false' for 'ingest.record_past_events', found a string
            """)
    }

    @Test func reportsAllProblemsAtOnceInFileOrder() {
        #expect(problems("""
            version: 1
            claims_directory: [a]
            matching: { threshold: 2 }
            extractorz: []
            cues:
              nope: [x]
            overdue: { grace_days: x }
            """) == """
            config.yaml:2:19: error: expected a string for 'claims_directory', found a list
            config.yaml:3:24: error: expected a number from 0 to 1 for 'matching.threshold', found '2'
            config.yaml:4:1: warning: unknown key 'extractorz'
            note: did you mean 'extractors'?
            config.yaml:6:3: error: unknown status 'nope' in 'cues'
            note: defined statuses: 'proposed', 'confirmed', 'very_unlikely', 'denied', 'postponed', 'cancelled', 'happened'
            config.yaml:7:24: error: expected a whole number for 'overdue.grace_days', found a string
            """)
    }

    @Test func validatesStatusDefinitions() {
        #expect(problems("""
            version: 1
            statuses:
              Very-Unlikely: { role: doubt, open: true }
              proposed: { label: "" }
              happened: { open: false, conflicts_with: [happened] }
            """) == """
            config.yaml:3:3: error: status id 'Very-Unlikely' is not snake_case
            note: use lowercase letters, digits and single underscores, e.g. 'very_unlikely'
            config.yaml:4:13: error: missing required key 'open' in 'statuses.proposed'
            config.yaml:4:22: error: expected a string for 'statuses.proposed.label', found an empty string
            config.yaml:5:45: error: status 'happened' cannot conflict with itself
            """)
        #expect(problems("version: 1\nstatuses: {}\n") == """
            config.yaml:2:11: error: expected at least one status in 'statuses', found a mapping
            note: leave 'statuses' out to use the standard statuses
            """)
    }

    @Test func readsEachStatusRole() throws {
        let loaded = try Configuration.parse("""
            version: 1
            statuses:
              floated: { role: plan, open: true }
              rumoured: { label: "rumoured", role: plan, open: true }
              took_place: { role: occurrence, open: false }
            """, file: "config.yaml")
        let statuses = loaded.configuration.statuses
        #expect(statuses.definitions.map(\.role) == [.plan, .plan, .occurrence])
        #expect(statuses.statuses(withRole: .plan) == ["floated", "rumoured"])
        #expect(statuses.primaryStatus(for: .plan) == "floated")
        #expect(statuses.primaryStatus(for: .occurrence) == "took_place")
        #expect(statuses.primaryStatus(for: .denial) == nil)
        #expect(statuses.startingStatus == "floated")
        #expect(loaded.configuration.statusesLocation == SourceLocation(file: "config.yaml", line: 2, column: 1))
    }

    @Test func aStatusWithoutARoleNeedsADefaultID() throws {
        // Files written before roles existed keep working: the default ids take their default roles.
        let old = try Configuration.parse("version: 1\nstatuses:\n  proposed: { open: true }\n  happened: { open: false }\n",
                                          file: "config.yaml")
        #expect(old.configuration.statuses.definitions.map(\.role) == [.plan, .occurrence])
        #expect(old.warnings.isEmpty)
        #expect(problems("""
            version: 1
            statuses:
              proposed: { open: true }
              rumoured: { open: true }
            """) == """
            config.yaml:4:3: error: status 'rumoured' has no role
            note: add 'role: …' with one of plan, confirmation, doubt, denial, postponement, cancellation, occurrence
            """)
    }

    @Test func rejectsAnUnknownRole() {
        #expect(problems("""
            version: 1
            statuses:
              floated: { role: plans, open: true }
              axed: { role: [cancellation], open: false }
              shelved: { role: abeyance, open: true }
            """) == """
            config.yaml:3:20: error: unknown role 'plans' for 'statuses.floated.role'
            note: did you mean 'plan'?
            config.yaml:4:17: error: expected a string for 'statuses.axed.role', found a list
            config.yaml:5:20: error: unknown role 'abeyance' for 'statuses.shelved.role'
            note: roles: 'plan', 'confirmation', 'doubt', 'denial', 'postponement', 'cancellation', 'occurrence'
            """)
    }

    @Test func aVocabularyNeedsAPlanStatus() {
        #expect(problems("""
            version: 1
            claims_directory: claims
            statuses:
              took_place: { role: occurrence, open: false }
            """) == """
            config.yaml:3:1: error: no status has the role 'plan', which new claims start in
            note: give one status 'role: plan'
            """)
    }

    @Test func validatesCuePhrases() {
        #expect(problems("version: 1\ncues:\n  proposed: [\"\", ok]\n  denied: denied\n") == """
            config.yaml:3:14: error: expected a cue phrase for 'cues.proposed[0]', found an empty string
            config.yaml:4:11: error: expected a list for 'cues.denied', found a string
            """)
    }

    @Test func validatesPublisher() {
        #expect(problems("version: 1\npublisher: { url: ftp://example.org/x }\n") == """
            config.yaml:2:12: error: missing required key 'name' in 'publisher'
            config.yaml:2:19: error: expected an http or https URL for 'publisher.url', found 'ftp://example.org/x'
            """)
        #expect(problems("version: 1\npublisher: { name: Desk, url: example.org }\n") == """
            config.yaml:2:31: error: expected an http or https URL for 'publisher.url', found 'example.org'
            """)
    }

    @Test func validatesExtractorEntries() {
        #expect(problems("""
            version: 1
            extractors:
              - rss_feed
              - name: no_id
              - id: plain_text
              - id: plain_text
              - id: process
                name: a
              - id: process
                name: a
            """) == """
            config.yaml:3:5: error: expected a mapping with an 'id' for 'extractors[0]', found a string
            config.yaml:4:5: error: missing required key 'id' in 'extractors[1]'
            config.yaml:6:9: error: extractor 'plain_text' is listed twice
            note: first listed at config.yaml:5:9; give each entry its own 'name'
            config.yaml:9:9: error: extractor 'process' named 'a' is listed twice
            note: first listed at config.yaml:7:9; give each entry its own 'name'
            """)
    }

    @Test func validatesRules() throws {
        #expect(problems("""
            version: 1
            rules:
              disabled: [stale_claim, single_source]
              opt_in: [single_source]
              settings:
                stale_claim: 30
              custom:
                Anon: { extends: phrase_match }
                missing_kind: { phrases: [x] }
              enabled: []
            """) == """
            config.yaml:4:12: error: rule 'single_source' is both disabled and opted in
            note: disabled at config.yaml:3:27
            config.yaml:6:18: error: expected a mapping for 'rules.settings.stale_claim', found a number
            config.yaml:8:5: error: custom rule name 'Anon' is not snake_case
            note: use lowercase letters, digits and single underscores, e.g. 'anonymous_sourcing'
            config.yaml:9:19: error: missing required key 'extends' in 'rules.custom.missing_kind'
            config.yaml:10:3: warning: unknown key 'enabled' in 'rules'
            note: known keys: 'disabled', 'opt_in', 'settings', 'custom'
            """)
        let loaded = try Configuration.parse("version: 1\nrules:\n  disabled: [a, a]\n", file: "config.yaml")
        #expect(loaded.configuration.rules.disabled.map(\.name) == ["a"])
        #expect(loaded.warnings.map(\.description) == [
            "config.yaml:3:17: warning: rule 'a' is listed twice in 'rules.disabled'\nnote: first listed at config.yaml:3:14",
        ])
    }

    @Test func loadsFromDisk() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("claims-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("config.yaml").path
        try Data("version: 1\nclaims_directory: tracked\n".utf8).write(to: URL(fileURLWithPath: path))
        let config = try Configuration.load(contentsOf: path).configuration
        #expect(config.configDirectory == folder.path)
        #expect(config.claimsDirectoryPath == folder.path + "/tracked")

        let missing = folder.appendingPathComponent("none.yaml").path
        #expect(throws: Diagnostics.self) { try Configuration.load(contentsOf: missing) }
        do {
            _ = try Configuration.load(contentsOf: missing)
        } catch {
            #expect(error.description == "\(missing): error: could not read the configuration: no such file")
        }

        let invalid = folder.appendingPathComponent("latin1.yaml").path
        try Data([0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x3A, 0x20, 0x31, 0x0A, 0x6E, 0x3A, 0x20, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: invalid))
        do {
            _ = try Configuration.load(contentsOf: invalid)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("\(invalid):2:4: error: file is not valid UTF-8"))
        }
    }

    @Test func findsConfigDirectory() {
        #expect(Configuration.directory(of: "config.yaml") == ".")
        #expect(Configuration.directory(of: "a/b/config.yaml") == "a/b")
        #expect(Configuration.directory(of: "/config.yaml") == "/")
        #expect(Configuration(claimsDirectory: "/abs", configDirectory: "x").claimsDirectoryPath == "/abs")
    }

    @Test func topLevelKeysAreSnakeCase() {
        for key in ConfigurationKey.allCases { #expect(isSnakeCase(key.rawValue)) }
    }
}
