import ClaimConfig
import ClaimCore
@testable import ClaimText
import TextKernel

extension CueRule {
    /// The default cue phrases, from the defaults file, status list by status list.
    static let defaults: [CueRule] = (Configuration.defaults.cues ?? []).flatMap { entry in
        entry.phrases.map { CueRule(phrase: $0, status: entry.status) }
    }
}

extension EventVerbRule {
    /// The default event verbs, from the defaults file, kind by kind.
    static let defaults: [EventVerbRule] = (Configuration.defaults.eventVerbs ?? []).flatMap { entry in
        entry.phrases.map { EventVerbRule(phrase: $0, kind: entry.kind) }
    }
}

extension TextAnalyzer {
    /// The analyzer with `cues` and `eventVerbs` (the default ones unless given) over the default statuses.
    init(cues: [CueRule] = CueRule.defaults, eventVerbs: [EventVerbRule] = EventVerbRule.defaults) {
        self.init(cues: cues, eventVerbs: eventVerbs, vocabulary: .standard)
    }
}

extension ClaimLexicon {
    /// The lexicon of `cues` and the default event verbs over the default statuses.
    convenience init(cues: [CueRule]) { self.init(cues: cues, eventVerbs: EventVerbRule.defaults, vocabulary: .standard) }
}

/// Runs the finder on `text` with date expressions given by hand, so that these tests do not depend
/// on the temporal tagger: each `(phrase, value)` marks the first occurrence of `phrase` in the text.
func claims(in text: String, published: String = "2021-12-28", dates: [(String, String)] = [],
            cues: [CueRule] = CueRule.defaults) -> [FoundClaim] {
    let expressions = dates.map { phrase, value in expression(phrase, value: value, in: text) }
    return TextAnalyzer(cues: cues).analyze(text, published: CalendarDay(published), dates: expressions).claims
}

func expression(_ phrase: String, value: String, type: TemporalType = .date, in text: String) -> TemporalExpression {
    let bytes = Array(text.utf8), needle = Array(phrase.utf8)
    var start = 0
    while start + needle.count <= bytes.count, Array(bytes[start..<(start + needle.count)]) != needle { start += 1 }
    precondition(start + needle.count <= bytes.count, "'\(phrase)' is not in the text")
    return TemporalExpression(start: start, end: start + needle.count, text: phrase, type: type, value: value)
}

/// The only claim of a one-claim text.
func onlyClaim(in text: String, published: String = "2021-12-28", dates: [(String, String)] = []) -> FoundClaim? {
    let found = claims(in: text, published: published, dates: dates)
    return found.count == 1 ? found[0] : nil
}

/// The sentences of a text, as strings, with their paragraph numbers.
func sentences(of text: String) -> [(text: String, paragraph: Int)] {
    var text = text
    text.makeContiguousUTF8()
    let bytes = Array(text.utf8)
    return TextBytes.withBytes(of: bytes) { buffer in
        SentenceSplitter.sentences(in: buffer).map {
            (String(decoding: bytes[$0.start..<$0.end], as: UTF8.self), $0.paragraph)
        }
    }
}
