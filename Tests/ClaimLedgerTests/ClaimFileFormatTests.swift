import ClaimConfig
import ClaimCore
import Testing
@testable import ClaimLedger

@Suite struct ClaimFileFormatTests {
    @Test func readingAWrittenClaimGivesItBack() throws {
        let claim = sampleClaim()
        let text = try ClaimFileFormat.yamlText(for: claim)
        let (read, warnings) = try ClaimFileFormat.claim(fromYAML: text, file: "c.yaml", vocabulary: .standard)
        #expect(read == claim)
        #expect(warnings.isEmpty)
    }

    @Test func aDocumentDigestIsWrittenOnlyWhenPresentAndReadBack() throws {
        let plain = try ClaimFileFormat.yamlText(for: sampleClaim())
        #expect(!plain.contains("document:"))

        var claim = sampleClaim()
        claim.record(Evidence(source: Source(name: "Example Wire", published: EventDate("2022-01-05")), quote: "Talks go ahead.",
                              recordedBy: "plain_text", recordedAt: claim.created, document: DocumentDigest.of("Talks go ahead.")))
        let text = try ClaimFileFormat.yamlText(for: claim)
        #expect(text.contains("  published: \"2022-01-05\"\n  document: sha256:"))
        let (read, warnings) = try ClaimFileFormat.claim(fromYAML: text, file: "c.yaml", vocabulary: .standard)
        #expect(read == claim)
        #expect(warnings.isEmpty)
    }

    @Test func theDigestIsSHA256OfTheText() {
        // FIPS 180-4 test vectors, first 128 bits.
        #expect(DocumentDigest.of("abc") == "sha256:ba7816bf8f01cfea414140de5dae2223")
        #expect(DocumentDigest.of("") == "sha256:e3b0c44298fc1c149afbf4c8996fb924")
        // Lengths either side of the padding boundary, and several blocks.
        #expect(DocumentDigest.of(String(repeating: "a", count: 55)) == "sha256:9f4390f8d30c2dd92ec9f095b65e2b9a")
        #expect(DocumentDigest.of(String(repeating: "a", count: 56)) == "sha256:b35439a4ac6f0948b6d6f9e3c6af0f5f")
        #expect(DocumentDigest.of(String(repeating: "a", count: 1000)) == "sha256:41edece42d63e8d9bf515a9ba6932e1c")
    }

    @Test func writesKeysInAFixedReadableOrder() throws {
        let text = try ClaimFileFormat.yamlText(for: sampleClaim())
        let topLevelKeys = text.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("-") }
            .map { String($0.prefix { $0 != ":" }) }
        #expect(topLevelKeys == ["id", "statement", "status", "event", "tags", "created", "updated", "evidence", "history"])
        #expect(text.contains("status: proposed\n"))
    }

    @Test(arguments: [
        "", "true", "no", "null", "~", "123", "1.5", "2022-01-10", "- dash", "? question", "* star", "a: b", "# hash",
        "line one\nline two\n", "  padded  ", "tab\there", "«ёлка» 🎄 “curly”", "'single' and \"double\"",
    ])
    func trickyStatementsRoundTrip(statement: String) throws {
        var claim = sampleClaim()
        claim.statement = statement
        let text = try ClaimFileFormat.yamlText(for: claim)
        let (read, _) = try ClaimFileFormat.claim(fromYAML: text, file: "c.yaml", vocabulary: .standard)
        #expect(read.statement == statement)
    }

    @Test func unknownStatusIsAnErrorAtItsLine() throws {
        let text = """
            id: talks
            statement: Talks on security
            status: maybe
            created: 2021-12-28T10:00:00Z
            """
        let error = try #require(throws: Diagnostics.self) {
            try ClaimFileFormat.claim(fromYAML: text, file: "claims/talks.yaml", vocabulary: .standard)
        }
        #expect(error.description == """
            claims/talks.yaml:3:9: error: unknown status 'maybe' for 'status'
            note: statuses defined in config.yaml: proposed, confirmed, very_unlikely, denied, postponed, cancelled, happened
            """)
    }

    @Test func reportsEveryProblemInAFile() throws {
        let text = """
            id: Bad_ID
            status: confirmd
            created: yesterday
            colour: blue
            """
        let error = try #require(throws: Diagnostics.self) {
            try ClaimFileFormat.claim(fromYAML: text, file: "x.yaml", vocabulary: .standard)
        }
        #expect(error.description == """
            x.yaml:4:1: warning: unknown key 'colour'
            note: known keys: 'id', 'statement', 'status', 'event', 'tags', 'created', 'updated', 'evidence', 'history'
            x.yaml:1:5: error: invalid claim id 'Bad_ID'
            note: ids use lowercase letters, digits and single hyphens
            x.yaml:1:1: error: missing required key 'statement'
            x.yaml:2:9: error: unknown status 'confirmd' for 'status'
            note: did you mean 'confirmed'?
            note: statuses defined in config.yaml: proposed, confirmed, very_unlikely, denied, postponed, cancelled, happened
            x.yaml:3:10: error: expected a timestamp like '2022-01-10T09:30:00Z' for 'created', found 'yesterday'
            """)
    }

    @Test func historyMustPointAtExistingEvidence() throws {
        let text = """
            id: talks
            statement: Talks
            status: proposed
            created: 2021-12-28T10:00:00Z
            history:
              - at: 2021-12-28T10:00:00Z
                to: proposed
                because: first report
                evidence: 3
            """
        let error = try #require(throws: Diagnostics.self) {
            try ClaimFileFormat.claim(fromYAML: text, file: "t.yaml", vocabulary: .standard)
        }
        #expect(error.description == "t.yaml:9:15: error: 'history[0].evidence' refers to evidence 3, but the claim has 0 evidence entries")
    }
}
