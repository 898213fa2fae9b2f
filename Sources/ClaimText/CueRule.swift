import ClaimCore

/// A phrase that, found near an event, says what status the sentence asserts: "scheduled for" → `proposed`.
/// The default phrases are data, in ClaimConfig's `defaults.yaml` (and in the `cues:` of `config.yaml`).
///
/// Phrases are lowercase words separated by spaces; `…` (or `...`) stands for up to eight words of any
/// kind, as in "considers … a possible date". Matching ignores case and treats `’` as `'`.
public struct CueRule: Hashable, Sendable {
    public var phrase: String
    public var status: StatusID

    public init(phrase: String, status: StatusID) {
        self.phrase = phrase
        self.status = status
    }

    /// Single words that hedge or mark the future rather than announce anything: alone they make a
    /// claim only where a date is given ("will meet on Monday"), never from a sentence without one.
    static let weakWords: Set<String> = [
        "will", "would", "shall", "should", "may", "might", "could", "won't", "possible", "possibility", "upcoming",
        "forthcoming",
    ]

    /// The phrase's words, lowercased, with `...` read as `…` and `’` as `'`.
    static func words(of phrase: String) -> [String] {
        phrase.lowercased().replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "...", with: " … ")
            .replacingOccurrences(of: "…", with: " … ")
            .split(separator: " ").map(String.init)
    }
}
