import ClaimCore

/// Reads a feed the XML parser gave up on, item by item, the way lenient feed readers do: each
/// `<item>…</item>` (or `<entry>…</entry>`) is cut out by its tags and each kept field is the text
/// between its own start and end tags, so one broken item (an unclosed `<p>` in a description, a
/// mismatched tag) costs that field at most, not the feed.
///
/// Only whole items are read: an item whose end tag never comes (a download cut off) is not.
struct LooseFeedReader {
    private(set) var rootName: String?
    private(set) var feedTitle: String?
    private(set) var items: [FeedItem] = []
    /// Items whose start tag has no end tag.
    private(set) var unfinishedItems = 0

    init(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        rootName = Self.firstElementName(in: text)
        let isAtom = rootName == "feed"
        let itemName = isAtom ? "entry" : "item"
        var searchFrom = text.startIndex
        var firstItemStart: String.Index?
        while let start = Self.startTag(itemName, in: text, from: searchFrom) {
            if firstItemStart == nil { firstItemStart = start.lowerBound }
            guard let end = text.range(of: "</\(itemName)>", range: start.upperBound..<text.endIndex) else {
                unfinishedItems += 1
                break
            }
            items.append(Self.item(from: text[start.upperBound..<end.lowerBound]))
            searchFrom = end.upperBound
        }
        let head = text[..<(firstItemStart ?? text.endIndex)]
        feedTitle = Self.elementText("title", in: head).map { Self.unescaped($0) }
    }

    private static func item(from body: Substring) -> FeedItem {
        var item = FeedItem()
        for name in FeedParser.itemFields {
            guard let start = startTag(name, in: body, from: body.startIndex),
                  let end = body.range(of: "</\(name)>", range: start.upperBound..<body.endIndex) else { continue }
            item.fields[name] = unescaped(body[start.upperBound..<end.lowerBound])
            if let type = attribute("type", inTag: body[start]) { item.contentTypes[name] = type }
        }
        // Atom links are empty elements: the alternate one (or one without `rel`) is the article.
        var searchFrom = body.startIndex
        while item.alternateLink == nil, let link = startTag("link", in: body, from: searchFrom) {
            let tag = body[link]
            if let href = attribute("href", inTag: tag), (attribute("rel", inTag: tag) ?? "alternate") == "alternate" {
                item.alternateLink = unescaped(Substring(href))
            }
            searchFrom = link.upperBound
        }
        return item
    }

    /// The range of `<name …>` (the whole start tag), not `<name…>` of a longer name.
    private static func startTag<S: StringProtocol>(_ name: String, in text: S, from: S.Index) -> Range<S.Index>? where S.SubSequence == Substring {
        var searchFrom = from
        while let found = text.range(of: "<\(name)", range: searchFrom..<text.endIndex) {
            let after = found.upperBound
            if after < text.endIndex, " \t\r\n>/".contains(text[after]),
               let close = text[after...].firstIndex(of: ">") {
                return found.lowerBound..<text.index(after: close)
            }
            searchFrom = after
        }
        return nil
    }

    private static func elementText(_ name: String, in text: Substring) -> Substring? {
        guard let start = startTag(name, in: text, from: text.startIndex),
              let end = text.range(of: "</\(name)>", range: start.upperBound..<text.endIndex) else { return nil }
        return text[start.upperBound..<end.lowerBound]
    }

    private static func attribute(_ name: String, inTag tag: Substring) -> String? {
        for quote in ["\"", "'"] {
            if let found = tag.range(of: " \(name)=\(quote)"), let end = tag[found.upperBound...].firstIndex(of: Character(quote)) {
                return String(tag[found.upperBound..<end])
            }
        }
        return nil
    }

    /// A field's text as the XML parser would have given it: CDATA sections verbatim, references
    /// decoded elsewhere, anything else (stray markup included) kept for the HTML reader after.
    private static func unescaped(_ raw: Substring) -> String {
        var result = ""
        var rest = raw
        while let cdata = rest.range(of: "<![CDATA[") {
            result += HTMLEntities.decoded(String(rest[..<cdata.lowerBound]))
            let end = rest.range(of: "]]>", range: cdata.upperBound..<rest.endIndex)
            result += rest[cdata.upperBound..<(end?.lowerBound ?? rest.endIndex)]
            rest = end.map { rest[$0.upperBound...] } ?? ""
        }
        return result + HTMLEntities.decoded(String(rest))
    }

    private static func firstElementName(in text: String) -> String? {
        var searchFrom = text.startIndex
        while let open = text.range(of: "<", range: searchFrom..<text.endIndex) {
            let after = text[open.upperBound...]
            if let first = after.first, first.isLetter {
                return String(after.prefix { !" \t\r\n>/".contains($0) })
            }
            searchFrom = open.upperBound
        }
        return nil
    }
}
