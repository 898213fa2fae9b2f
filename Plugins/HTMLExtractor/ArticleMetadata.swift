import ClaimCore
import Foundation

/// Title, publication date, site name and address as a page's metadata gives them.
struct ArticleMetadata {
    var title: String?
    var source: String?
    var url: String?
    /// Every publication date the page states, best first, each with the tag that gave it.
    var dates: [WrittenDate] = []

    /// Meta tags that carry a publication date, in order of trust: Open Graph article tags first,
    /// then schema.org, then the older conventions (Dublin Core, Parse.ly, plain `date`).
    static let dateKeys = [
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
        "date", "pubdate", "publish-date", "publish_date", "publishdate", "dc.date", "dc.date.issued",
        "dcterms.date", "dcterms.issued", "dcterms.created", "parsely-pub-date", "sailthru.date",
    ]

    init(page: HTMLNode, articleRoot: HTMLNode) {
        var meta: [String: String] = [:]
        var titleElement: String?, canonical: String?
        var itempropDates: [String] = [], timeInArticle: String?, jsonLD = JSONLDFields()

        page.forEachDescendant { node in
            guard node.isElement else { return }
            switch node.name {
            case "meta":
                guard let content = node.attribute("content") else { return }
                for attribute in ["property", "name", "itemprop"] {
                    if let key = node.attribute(attribute)?.lowercased(), meta[key] == nil { meta[key] = content }
                }
            case "title" where titleElement == nil:
                titleElement = node.textContent
            case "link" where canonical == nil:
                if node.attribute("rel")?.lowercased().split(separator: " ").contains("canonical") == true {
                    canonical = node.attribute("href")
                }
            case "script" where node.attribute("type")?.lowercased() == "application/ld+json":
                jsonLD.read(node.textContent)
            default:
                if node.attribute("itemprop")?.lowercased() == "datepublished" {
                    if let date = node.attribute("datetime") ?? node.attribute("content") ?? Optional(node.textContent) {
                        itempropDates.append(date)
                    }
                }
            }
        }
        // A <time datetime> in the article itself is the byline's date on most sites.
        articleRoot.forEachDescendant { node in
            if timeInArticle == nil, node.isElement, node.name == "time", let date = node.attribute("datetime") {
                timeInArticle = date
            }
        }

        title = [meta["og:title"], meta["twitter:title"], jsonLD.headline, titleElement]
            .lazy.compactMap { $0.map(collapsingWhitespace) }.first { !$0.isEmpty }
        source = [meta["og:site_name"], meta["application-name"]].lazy.compactMap { $0 }.first { !$0.isEmpty }
        url = [meta["og:url"], canonical].lazy.compactMap { $0 }.first { !$0.isEmpty }
        dates = Self.dateKeys.compactMap { key in meta[key].map { WrittenDate($0, key: key) } }
        dates += itempropDates.map { WrittenDate($0, key: "datePublished") }
        if let published = jsonLD.datePublished { dates.append(WrittenDate(published, key: "datePublished")) }
        if let timeInArticle { dates.append(WrittenDate(timeInArticle, key: "time datetime")) }
        dates.removeAll { collapsingWhitespace($0.text).isEmpty }
    }

    /// The first date that reads as a real day; when none does, the first one, so the reader is told
    /// what the page says rather than that it says nothing.
    var bestDate: WrittenDate? {
        dates.first { PublicationDate(parsing: $0.text).calendarDay != nil } ?? dates.first
    }
}

/// `headline` and `datePublished` from schema.org JSON-LD, which many news sites carry instead of
/// (or besides) meta tags. Looks through `@graph` lists and nested objects; the first value wins.
struct JSONLDFields {
    var headline: String?
    var datePublished: String?

    mutating func read(_ json: String) {
        guard let value = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]) else { return }
        visit(value, depth: 0)
    }

    private mutating func visit(_ value: Any, depth: Int) {
        guard depth < 8 else { return }
        if let list = value as? [Any] {
            for element in list { visit(element, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            if datePublished == nil, let date = object["datePublished"] as? String { datePublished = date }
            if headline == nil, let text = object["headline"] as? String { headline = text }
            for key in object.keys.sorted() where key == "@graph" || key == "mainEntity" || key == "mainEntityOfPage" {
                visit(object[key]!, depth: depth + 1)
            }
        }
    }
}

/// Whitespace runs as single spaces, trimmed: titles often span lines in the source.
func collapsingWhitespace(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}
