import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One `<item>` (RSS) or `<entry>` (Atom) as written, before any cleaning up.
struct FeedItem {
    var fields: [String: String] = [:]
    /// Atom `<link rel="alternate" href>` (or a link without `rel`).
    var alternateLink: String?
    /// Atom content `type`: `text`, `html` or `xhtml`, keyed by element name.
    var contentTypes: [String: String] = [:]
}

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom with Foundation's `XMLParser` into plain items.
///
/// Element names are kept as written, prefix included (`content:encoded`, `dc:date`), because
/// feeds use the customary prefixes and matching them is simpler than resolving namespaces.
final class FeedParser: NSObject, XMLParserDelegate {
    private(set) var rootName: String?
    private(set) var feedTitle: String?
    private(set) var items: [FeedItem] = []

    private var path: [String] = []
    private var item: FeedItem?
    private var itemDepth = 0
    /// The field being read: a direct child of the item, or the channel's or feed's `title`.
    private var field: (name: String, depth: Int)?
    private var text = ""

    /// Fields of an item that are kept.
    static let itemFields: Set<String> = [
        "title", "link", "guid", "id", "pubDate", "published", "updated", "dc:date",
        "description", "summary", "content", "content:encoded",
    ]
    /// Inside Atom `type="xhtml"` content, these elements end a paragraph.
    private static let blockElements: Set<String> = ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"]

    /// Parses the whole feed. Returns libxml2's error code when the XML is not well-formed, with
    /// where the parser stopped; the items read before that stay in `items`.
    func parse(_ data: Data) -> (errorCode: Int?, line: Int, column: Int) {
        let parser = XMLParser(data: data)
        parser.delegate = self
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let succeeded = parser.parse()
        if !succeeded {
            return ((parser.parserError as NSError?)?.code ?? -1, parser.lineNumber, parser.columnNumber)
        }
        // Foundation on Linux reports success for a file cut off mid-element; the open elements say otherwise.
        if !path.isEmpty { return (77, parser.lineNumber, parser.columnNumber) }
        return (nil, parser.lineNumber, parser.columnNumber)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if rootName == nil { rootName = name }
        path.append(name)
        let depth = path.count
        if item == nil, name == "item" || name == "entry" {
            item = FeedItem()
            itemDepth = depth
        } else if field != nil, Self.blockElements.contains(localName(name)) {
            text += "\n\n"  // XHTML content: keep paragraphs apart
        } else if item != nil, field == nil, depth == itemDepth + 1 {
            if name == "link", let href = attributes["href"] {
                let relation = attributes["rel"] ?? "alternate"
                if relation == "alternate", item?.alternateLink == nil { item?.alternateLink = href }
            }
            if Self.itemFields.contains(name) {
                field = (name, depth)
                text = ""
                if let type = attributes["type"] { item?.contentTypes[name] = type }
            }
        } else if item == nil, feedTitle == nil, field == nil, name == "title",
                  depth >= 2, path[depth - 2] == "channel" || path[depth - 2] == "feed" {
            field = (name, depth)
            text = ""
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if field != nil { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if field != nil { text += String(decoding: block, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let depth = path.count
        defer { path.removeLast() }
        if let current = field, current.depth == depth {
            if item != nil {
                if item?.fields[current.name] == nil { item?.fields[current.name] = text }
            } else {
                feedTitle = text
            }
            field = nil
        } else if field != nil, Self.blockElements.contains(localName(name)) {
            text += "\n\n"
        }
        if let finished = item, depth == itemDepth {
            items.append(finished)
            item = nil
        }
    }

    private func localName(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }
}
