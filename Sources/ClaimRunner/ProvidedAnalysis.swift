import ClaimText

/// Findings an extractor made itself, turned into the analysis the built-in analyser would have given,
/// so that `extract` prints them and `ingest` records them the same way.
enum ProvidedAnalysis {
    /// The analysis, or the first name the configuration does not know (a status, a date type).
    /// The offsets were checked against the text by the extractor that read them.
    static func analysis(of findings: ProvidedFindings, text: String, vocabulary: StatusVocabulary, extractor: String) -> Result<DocumentAnalysis, Diagnostic> {
        let bytes = Array(text.utf8)
        func words(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var dates: [TemporalExpression] = []
        for date in findings.dates {
            guard let type = TemporalType(rawValue: date.type) else {
                return .failure(RunnerMessage.unknownProvidedName(extractor: extractor, value: date.type, field: "type", expected: ["DATE", "TIME", "DURATION", "SET"]).diagnostic)
            }
            var modifier: TemporalModifier?
            if let written = date.modifier {
                guard let known = TemporalModifier(rawValue: written) else {
                    return .failure(RunnerMessage.unknownProvidedName(extractor: extractor, value: written, field: "mod", expected: TemporalModifier.allCases.map(\.rawValue)).diagnostic)
                }
                modifier = known
            }
            dates.append(TemporalExpression(start: date.start, end: date.end, text: words(date.start..<date.end), type: type,
                                            value: date.value, modifier: modifier))
        }
        var claims: [FoundClaim] = []
        for claim in findings.claims {
            let status = StatusID(claim.status)
            guard vocabulary.contains(status) else {
                return .failure(RunnerMessage.unknownProvidedName(extractor: extractor, value: claim.status, field: "status", expected: vocabulary.ids.map(\.rawValue)).diagnostic)
            }
            let dateExpression = dates.first { claim.sentence.contains($0.start) && $0.value == claim.eventDate }
            claims.append(FoundClaim(
                statement: claim.statement, eventDate: claim.eventDate, dateExpression: dateExpression, kind: claim.kind,
                participants: claim.participants, place: claim.place, saidBy: claim.saidBy, status: status, cue: claim.cue,
                quote: words(claim.sentence), sentence: claim.sentence))
        }
        return .success(DocumentAnalysis(dates: dates, claims: claims))
    }
}
