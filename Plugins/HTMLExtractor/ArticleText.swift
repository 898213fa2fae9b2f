import ClaimCore

/// Turns the parsed page into the document text: the article's words, paragraph by paragraph,
/// without scripts, styles, menus and other page furniture.
struct ArticleText {
    /// Elements whose text is never article text. Not `form`: some sites wrap the whole page in one
    /// (ASP.NET does); forms inside the article, such as comment boxes, are left out as furniture.
    static let defaultSkippedElements: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "menu", "button",
        "svg", "iframe", "template", "select", "textarea", "object", "head",
    ]
    /// Elements that end a paragraph, so sentences on either side never run together.
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "section", "blockquote", "tr",
        "ul", "ol", "dl", "dt", "dd", "table", "article", "main", "figure", "figcaption", "pre",
        "hr", "address", "details", "summary", "body", "caption",
    ]
    /// Cells keep a space between them, not a paragraph break.
    static let cellElements: Set<String> = ["td", "th"]
    /// Content the parser does not decode, matched against the file as is.
    static let rawTextElements: Set<String> = ["script", "style"]

    var text: String
    var segments: [TextSegment]

    /// Builds the text below `root`. Every text node in the page is still visited, in order, so the
    /// aligner can follow along the file (see `SourceAligner`).
    /// `excluded`: elements inside `root` that are not the article (see `ArticleLocator`).
    init(page: HTMLNode, root: HTMLNode, excluding excluded: Set<HTMLNode.Pointer> = [], skipping skipped: Set<String>,
         source: [UInt8], start: Int) {
        var walker = Walker(root: root.pointer, skipped: skipped, excluded: excluded, aligner: SourceAligner(source: source, start: start))
        walker.visit(page, inRoot: page.pointer == root.pointer, skipping: false, rawText: false)
        text = walker.builder.text
        segments = walker.builder.segments
    }

    private struct Walker {
        let root: HTMLNode.Pointer
        let skipped: Set<String>
        let excluded: Set<HTMLNode.Pointer>
        var aligner: SourceAligner
        var builder = TextBuilder()

        init(root: HTMLNode.Pointer, skipped: Set<String>, excluded: Set<HTMLNode.Pointer>, aligner: SourceAligner) {
            self.root = root
            self.skipped = skipped
            self.excluded = excluded
            self.aligner = aligner
        }

        mutating func visit(_ node: HTMLNode, inRoot: Bool, skipping: Bool, rawText: Bool) {
            if node.isText {
                let content = node.content
                let runs = aligner.align(content, isRawText: rawText)
                if inRoot, !skipping { builder.append(content, runs: runs) }
                return
            }
            guard node.isElement else { return }  // comments, processing instructions
            let name = node.name
            let skipsHere = skipping || skipped.contains(name) || node.isHidden || excluded.contains(node.pointer)
            let emitting = inRoot && !skipsHere
            let isBlock = Self.isBlock(name)
            // A block left out still separates the text on either side of it.
            let separates = inRoot && !skipping && isBlock
            if separates { builder.breakParagraph() }
            if emitting, ArticleText.cellElements.contains(name) { builder.breakWord() }
            for child in node.children {
                visit(child, inRoot: inRoot || child.pointer == root, skipping: skipsHere,
                      rawText: rawText || ArticleText.rawTextElements.contains(name))
            }
            if separates { builder.breakParagraph() }
            if emitting, ArticleText.cellElements.contains(name) { builder.breakWord() }
        }

        private static func isBlock(_ name: String) -> Bool {
            ArticleText.blockElements.contains(name)
        }
    }

    /// Where the article is: the largest `[itemprop=articleBody]`, else the largest `<article>`, else
    /// `<main>`, else `<body>`, else the whole page. "Largest" because pages also use `<article>` for
    /// teasers of other stories.
    static func articleRoot(in page: HTMLNode, skipping skipped: Set<String>) -> HTMLNode {
        var bodies: [HTMLNode] = [], articles: [HTMLNode] = [], mains: [HTMLNode] = [], body: HTMLNode?
        page.forEachDescendant { node in
            guard node.isElement else { return }
            if node.attribute("itemprop")?.lowercased() == "articlebody" { bodies.append(node) }
            switch node.name {
            case "article": articles.append(node)
            case "main": mains.append(node)
            case "body": if body == nil { body = node }
            default: break
            }
        }
        for candidates in [bodies, articles, mains] where !candidates.isEmpty {
            return candidates.max { visibleTextLength($0, skipped) < visibleTextLength($1, skipped) }!
        }
        return body ?? page
    }

    private static func visibleTextLength(_ node: HTMLNode, _ skipped: Set<String>) -> Int {
        if node.isText { return node.content.utf8.count }
        guard node.isElement, !skipped.contains(node.name) else { return 0 }
        return node.children.reduce(0) { $0 + visibleTextLength($1, skipped) }
    }
}
