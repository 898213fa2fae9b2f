import ClaimCore
import HTMLExtractor
import Testing

/// Where the article is on pages whose markup does not say, or says it of the wrong thing: the
/// story is found by its prose, and the furniture inside it is left out.
@Suite struct ArticleLocatorTests {
    let extractor = try! HTMLExtractor(settings: noSettings)

    static let story = [
        "Dock workers at the port of Kellford will strike for two days from March 6, their union said on Tuesday, after talks on pay broke down.",
        "The union, which represents some 2,400 workers, said the walkout would halt container traffic, though ferries would keep running.",
        "Port managers said they regretted the decision and hoped to return to the table before the strike begins, but no date was set.",
    ]

    func text(of page: String) async throws -> String {
        let result = try await extractor.extract(request(input("page.html", "<!DOCTYPE html><html><head><title>Port</title></head><body>\(page)</body></html>")))
        return try #require(result.documents.first).text
    }

    func paragraphs(_ lines: [String]) -> String { lines.map { "<p>\($0)</p>" }.joined() }

    /// Teasers of other stories in `<article>` elements do not outweigh the story in plain `<div>`s.
    @Test func storyInDivsBeatsTeaserArticles() async throws {
        let teasers = (1...6).map { "<article class=\"teaser\"><h3><a href=\"/s\($0)\">Other story \($0)</a></h3><p>A short summary of another story, number \($0).</p></article>" }.joined()
        let text = try await text(of: "<div class=\"story-body\">\(paragraphs(Self.story))</div><div class=\"more\">\(teasers)</div>")
        #expect(text == Self.story.joined(separator: "\n\n"))
    }

    @Test func linkListsSharingBoxesAndCommentsAreLeftOut() async throws {
        let related = "<ul class=\"related-links\"><li><a href=\"/a\">Ferry fares to rise in spring</a></li><li><a href=\"/b\">New cranes for the port</a></li></ul>"
        let share = "<div class=\"share-tools\"><a href=\"#\">Facebook</a> <a href=\"#\">Email</a></div>"
        let comments = "<section id=\"comments\"><p>I think the union is right, and the managers should pay up, frankly.</p></section>"
        let text = try await text(of: "<div class=\"article\"><h1>Dock strike</h1><div class=\"byline\">By Ann Hale</div>\(share)"
            + paragraphs(Array(Self.story.prefix(2))) + related + "<p>\(Self.story[2])</p>" + comments + "</div>")
        #expect(text == Self.story.joined(separator: "\n\n"))
    }

    /// Pages keep a hidden copy of the story's metadata (`display: none`); readers never see it.
    @Test func hiddenCopiesAreNotText() async throws {
        let hidden = "<div style=\"display: none\" itemscope><div itemprop=\"headline\">Dock strike</div><div itemprop=\"description\"><p>\(Self.story[0])</p></div></div>"
        let text = try await text(of: "<div class=\"post\">\(paragraphs(Self.story))</div>\(hidden)")
        #expect(text == Self.story.joined(separator: "\n\n"))
    }

    /// Some sites wrap the whole page in one `<form>`; the story inside it is still the article.
    @Test func pageWrappedInAFormIsRead() async throws {
        let text = try await text(of: "<form method=\"post\" action=\"/page.aspx\"><div id=\"main\">\(paragraphs(Self.story))</div><input type=\"hidden\" name=\"state\"></form>")
        #expect(text == Self.story.joined(separator: "\n\n"))
    }

    /// Prose written straight into a container, lines apart by empty `<div>`s instead of paragraphs.
    @Test func proseWithoutParagraphsIsFound() async throws {
        let body = Self.story.joined(separator: "<div class=\"spacer\"></div>")
        let links = (1...8).map { "<li><a href=\"/n\($0)\">Breaking headline number \($0) about something else</a></li>" }.joined()
        let text = try await text(of: "<div class=\"wrap\"><div class=\"left\"><div class=\"story-text\">\(body)</div></div><div class=\"right\"><ul>\(links)</ul></div></div>")
        #expect(text == Self.story.joined(separator: "\n\n"))
    }

    /// A long story cut into several blocks of the same kind by images and quotes: all of it is read,
    /// the pictures' captions are not.
    @Test func storySplitIntoRepeatedBlocksIsReadWhole() async throws {
        let first = "<div class=\"post-text\">\(paragraphs(Array(Self.story.prefix(2))))</div>"
        let figure = "<div class=\"media\"><figure><img src=\"x.jpg\"><figcaption>Cranes at Kellford, in a file photo.</figcaption></figure></div>"
        let second = "<div class=\"post-text\"><p>\(Self.story[2])</p><p>Shipping lines said they were already diverting some vessels to other ports, at extra cost.</p></div>"
        let text = try await text(of: "<main><section class=\"part\">\(first)</section>\(figure)<section class=\"part\">\(second)</section></main><footer>Contact us</footer>")
        #expect(text == (Self.story + ["Shipping lines said they were already diverting some vessels to other ports, at extra cost."]).joined(separator: "\n\n"))
    }
}
