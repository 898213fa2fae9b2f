import ExecExtractor
import FeedExtractor
import HTMLExtractor
import JSONLinesExtractor
import TextExtractor

/// Every extractor this build provides, in one explicit list: no global registry, no reflection.
///
/// When a file could be read by several, the order in `config.yaml` decides which one reads it.
public enum BuiltInExtractors {
    public static let all: [any Extractor.Type] = [
        TextExtractor.self,
        HTMLExtractor.self,
        FeedExtractor.self,
        JSONLinesExtractor.self,
        ExecExtractor.self,
    ]

    public static var descriptors: [PluginDescriptor] { all.map { $0.descriptor } }
}
