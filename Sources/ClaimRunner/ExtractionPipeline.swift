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
        var analyzer = TextAnalyzer(cues: configuration.cueRules, eventVerbs: configuration.eventVerbRules, vocabulary: vocabulary)
        // Where past events are recorded, "have defeated Boeing for the contract" with no date is one.
        analyzer.readsRecentPast = configuration.ingest.recordPastEvents
        return analyzer
    }

    /// Reads every input with the first enabled extractor that accepts it, then asks the extractors that
    /// are sources of their own documents, and analyses each document (unless its extractor did).
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
        let vocabulary = self.vocabulary
        /// Hands on each document of a complete result, with the findings its extractor made or the analyser's.
        func take(_ result: ExtractionResult, from reader: ConfiguredExtractor) {
            result.problems.forEach(report)
            for item in result.documents {
                let analysis: DocumentAnalysis
                if let findings = item.findings {
                    switch ProvidedAnalysis.analysis(of: findings, text: item.text, vocabulary: vocabulary, extractor: reader.name) {
                    case .success(let provided): analysis = provided
                    case .failure(let problem):
                        report(problem.about(item.file, item: item.item))
                        continue
                    }
                } else {
                    analysis = analyzer.analyze(item.text, published: item.published)
                }
                summary.documents += 1
                summary.claims += analysis.claims.count
                document(ExtractedDocument(document: item, analysis: analysis, extractor: reader.name))
            }
        }
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
            take(result, from: reader)
        }
        // Sources of their own documents, then the end of whatever ran for the whole run.
        for reader in extractors {
            guard let source = reader.extractor as? any SourceExtractor, source.isSource else { continue }
            let problems = await source.collect(publishedOverride: options.published) { take($0, from: reader) }
            problems.forEach(report)
        }
        for reader in extractors {
            guard let scoped = reader.extractor as? any RunScopedExtractor else { continue }
            await scoped.finishRun().forEach(report)
        }
        return summary
    }
}

extension Workspace {
    /// Whether a configured extractor yields documents of its own, so that a run needs no paths.
    public var hasSourceExtractors: Bool {
        extractors.contains { ($0.extractor as? any SourceExtractor)?.isSource == true }
    }
}
