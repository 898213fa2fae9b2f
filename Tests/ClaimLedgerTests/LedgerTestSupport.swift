import ClaimCore
import Foundation

/// A fresh directory per test, so tests run in parallel without sharing state.
func makeTemporaryDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("claims-ledger-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// A claim modelled on late-December reporting about security talks planned for January 10.
func sampleClaim(id: String = "russia-us-security-talks-2022-01-10") -> Claim {
    let created = Timestamp("2021-12-28T10:00:00Z")!
    var claim = Claim(
        id: ClaimID(id)!,
        statement: "Russia and the United States hold talks on security guarantees",
        event: Event(date: EventDate("2022-01-10"), kind: "talks", participants: ["Russia", "United States"], place: "Geneva"),
        status: .proposed, tags: ["security", "2022: talks"], created: created)
    let index = claim.record(Evidence(
        source: Source(name: "Example Wire", url: "https://news.example/talks?id=1#top", published: EventDate("2021-12-28")),
        saidBy: "the White House", quote: "The meeting is scheduled for January 10: \"both sides\" agreed — «да».",
        asserts: .proposed, cue: "scheduled for", recordedBy: "plain_text", recordedAt: created))
    claim.changeStatus(to: .proposed, at: created, because: "first evidence", rule: "first_report", evidence: index)
    return claim
}
