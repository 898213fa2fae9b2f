import ClaimCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// RSS 2.0, RSS 1.0 and Atom feeds: every item is a document with its own title, link and date.
///
/// - An item's text is its fullest body (`content:encoded`, Atom `content`, then `description` or
///   `summary`) turned from HTML into plain text (see `FragmentText`); an item with no body is read
///   from its title alone.
/// - Offsets in item documents count UTF-8 bytes into the item's text, not the feed file: the text
///   has been unescaped twice (XML, then HTML) and cannot be mapped back, so `segments` is empty.
/// - Dates: RSS `pubDate` (RFC 822), Atom `published` (else `updated`), `dc:date`; the day is the
///   one written, in the feed's own offset ("Tue, 28 Dec 2021 23:30:00 -0500" is December 28),
///   like every publication date (see `PublicationDate`).
/// - A feed that is not well-formed XML is reported with the parser's line and column; the items
///   completed before the error are kept, since each is whole and was read correctly.
public struct FeedExtractor: Extractor {
    public static let descriptor = PluginDescriptor(
        id: "rss_feed",
        name: "RSS and Atom feeds",
        summary: "reads RSS 2.0 and Atom feeds, each item a document with its own title, link and date",
        settings: [
            SettingDescriptor("max_items", "read at most this many items of each feed, first ones first (default: all)"),
        ],
        example: """
            - id: rss_feed
              max_items: 50
            """)

    static let extensions: Set<String> = ["rss", "atom", "xml"]

    let maxItems: Int?

    public init(settings: ConfigNode) throws(Diagnostic) {
        let settings = try settings.extractorSettings(for: Self.descriptor.id, known: ["max_items"])
        if let node = settings["max_items"] {
            let value = try node.int(for: "max_items")
            guard value >= 1 else {
                throw SettingMessage.expected("a whole number of at least 1", for: "max_items", found: "'\(value)'").at(node.location)
            }
            maxItems = value
        } else {
            maxItems = nil
        }
    }

    /// `.rss` and `.atom` files; `.xml` files and others only when they start like a feed.
    public func canRead(_ input: InputFile) -> Bool {
        let fileExtension = input.fileExtension
        if fileExtension == "rss" || fileExtension == "atom" { return true }
        var leading = input.leadingText(maxBytes: 1024)
        if leading.contains("\0"), case .success(let markup) = MarkupText.reading(Array(input.bytes.prefix(1024))) {
            leading = String(decoding: markup.utf8, as: UTF8.self).lowercased()  // UTF-16 or UTF-32
        }
        guard leading.hasPrefix("<") else { return false }
        return leading.contains("<rss") || leading.contains("<feed") || leading.contains("<rdf:rdf")
    }

    public func extract(_ request: ExtractionRequest) async throws -> ExtractionResult {
        let input = request.input
        var result = ExtractionResult()
        guard let utf8 = readableBytes(of: input, problems: &result.problems) else { return result }

        let repaired = FeedRepair(utf8)
        let parser = FeedParser()
        let outcome = parser.parse(Data(repaired.bytes))
        var rootName = parser.rootName
        var feedTitle = parser.feedTitle
        var items = parser.items
        if let code = outcome.errorCode {
            // A feed that declares entities of its own is read strictly or not at all: reading it
            // leniently would mean expanding them by hand, unbounded.
            let loose = repaired.declaresEntities ? nil : LooseFeedReader(repaired.bytes)
            if let loose, loose.unfinishedItems == 0, !loose.items.isEmpty {
                rootName = loose.rootName
                feedTitle = loose.feedTitle
                items = loose.items
                result.problems.append(FeedExtractorMessage.readLeniently(
                    problem: Self.describe(code), line: outcome.line, column: outcome.column, itemsRead: items.count).about(input.path))
            } else {
                result.problems.append(FeedExtractorMessage.malformedXML(
                    problem: Self.describe(code), line: outcome.line, column: outcome.column, itemsRead: items.count).about(input.path))
            }
        } else if let slip = repaired.firstSlip {
            result.problems.append(FeedExtractorMessage.slipsEscaped(
                problem: slip.problem, line: slip.line, column: slip.column, count: repaired.slipCount).about(input.path))
        }
        if let root = rootName, !["rss", "feed", "rdf:RDF"].contains(root) {
            return ExtractionResult(problems: [FeedExtractorMessage.notAFeed(root: root).about(input.path)])
        }
        if outcome.errorCode == nil, items.isEmpty {
            result.problems.append(FeedExtractorMessage.noItems.about(input.path))
        }

        for (index, item) in items.prefix(maxItems ?? Int.max).enumerated() {
            let entry = FeedEntry(item, number: index + 1)
            let itemID = entry.identifier
            guard !entry.text.isEmpty else {
                result.problems.append(FeedExtractorMessage.emptyItem.about(input.path, item: itemID))
                continue
            }
            var document = SourceDocument(file: input.path, item: itemID, title: entry.title, source: feedTitle.map(FeedEntry.plain),
                                          url: entry.link, text: entry.text)
            result.problems += request.settlePublicationDate(of: &document, written: entry.published)
            result.documents.append(document)
        }
        return result
    }

    /// The feed as UTF-8, converted from the encoding it declares or starts with; nil, with the
    /// problem noted, when it cannot be read as text.
    private func readableBytes(of input: InputFile, problems: inout [Diagnostic]) -> [UInt8]? {
        if input.bytes.isEmpty { problems.append(InputMessage.empty.about(input.path)); return nil }
        switch MarkupText.reading(input.bytes) {
        case .failure(let unknown):
            problems.append(InputMessage.unknownEncoding(label: unknown.label).about(input.path))
            return nil
        case .success(let markup) where markup.isUTF8:
            // UTF-8 is checked strictly, with the offset of the first bad byte, as every text input is.
            if case .failure(let problem) = input.decodedText() { problems.append(problem); return nil }
            // The declaration may still name another encoding (a file re-saved as UTF-8); the parser must not believe it.
            return FeedRepair.declaringUTF8(markup.utf8)
        case .success(let markup):
            if let nul = markup.utf8.firstIndex(of: 0) {
                problems.append(InputMessage.binary(nulOffset: nul).about(input.path))
                return nil
            }
            if markup.replacedBytes > 0 {
                problems.append(InputMessage.invalidBytes(count: markup.replacedBytes, encoding: markup.encoding).about(input.path))
            }
            return FeedRepair.declaringUTF8(markup.utf8)
        }
    }

    /// The parser's complaint in words. Foundation on Linux gives no message of its own, and its
    /// codes are libxml2's `xmlParserErrors` numbers (which `XMLParser.ErrorCode` mirrors).
    private static func describe(_ code: Int) -> String {
        switch code {
        case 4: return "no XML found"
        case 5, 86: return "extra content after the end of the feed"
        case 9: return "invalid character"
        case 23: return "entity reference without ';'"
        case 26: return "undeclared entity"
        case 39, 41: return "broken attribute"
        case 68: return "'<' not followed by a name"
        case 73: return "'>' expected"
        case 76: return "mismatched end tag"
        case 77: return "the feed ends before its elements are closed"
        default: return "parser error \(code)"
        }
    }
}
