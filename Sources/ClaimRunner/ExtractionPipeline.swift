import ClaimConfig
import ClaimText

/// What an extraction run did, for the closing line and the exit code.
public struct ExtractionSummary: Sendable {
    public var inputs = 0
    public var documents = 0
    public var claims = 0
    public var errors = 0
    public var warnings = 0

    /// Something was skipped or could not be read: the run finished, but not cleanly.
    public var hasErrors: Bool { errors > 0 }
}

public struct ExtractionOptions: Sendable {
    public var paths: [String]
    /// `--published`: replaces or supplies every document's publication date.
    public var published: CalendarDay?

    public init(paths: [String], published: CalendarDay? = nil) {
        self.paths = paths
        self.published = published
    }
}

extension Workspace {
    /// The analyzer with the cue rules and event verbs of `config.yaml`, or else those of the defaults file.
    public var analyzer: TextAnalyzer {
        TextAnalyzer(cues: configuration.cueRules, eventVerbs: configuration.eventVerbRules, vocabulary: vocabulary)
    }

    /// Reads every input with the first enabled extractor that accepts it and analyses each document.
    ///
    /// Documents are handed to `document` one at a time as they are found, so memory does not grow
    /// with the number of inputs. Problems go to `problem`; the run continues past them.
    ///
    /// `progress` hears `(inputs done, inputs in all)` after each input, for a progress bar.
    public func extract(
        _ options: ExtractionOptions,
        document: (ExtractedDocument) -> Void,
        problem: (Diagnostic) -> Void,
        progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) async -> ExtractionSummary {
        var summary = ExtractionSummary()
        func report(_ item: Diagnostic) {
            if item.severity == .error { summary.errors += 1 } else { summary.warnings += 1 }
            problem(item)
        }
        let analyzer = self.analyzer
        let (inputs, collectProblems) = InputCollector.collect(options.paths)
        collectProblems.forEach(report)
        let maxBytes = configuration.extraction.maxFileBytes
        for source in inputs {
            defer { progress(summary.inputs, inputs.count) }
            summary.inputs += 1
            let input: InputFile
            switch InputCollector.read(source, maxBytes: maxBytes) {
            case .success(let file): input = file
            case .failure(let failure):
                report(failure)
                continue
            }
            guard let reader = extractors.first(where: { $0.extractor.canRead(input) }) else {
                report(RunnerMessage.noExtractorReads(enabled: extractors.map(\.name)).about(input.path))
                continue
            }
            let result: ExtractionResult
            do {
                result = try await reader.extractor.extract(
                    ExtractionRequest(input: input, publishedOverride: options.published, yamlReader: YAMLReader()))
            } catch {
                report(RunnerMessage.extractorFailed(reader.name, reason: "\(error)").about(input.path))
                continue
            }
            result.problems.forEach(report)
            for item in result.documents {
                let analysis = analyzer.analyze(item.text, published: item.published)
                summary.documents += 1
                summary.claims += analysis.claims.count
                document(ExtractedDocument(document: item, analysis: analysis, extractor: reader.name))
            }
        }
        return summary
    }
}
