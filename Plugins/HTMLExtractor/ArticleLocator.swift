/// Finds a page's article by where its prose is, as Readability does, rather than by the markup
/// alone: news pages wrap teasers, comments and "most read" boxes in `<article>` too, and many put
/// the story in plain `<div>`s.
///
/// Every paragraph of prose (25 characters or more) scores for the elements around it — more for
/// commas and length, less the further up — and an element's score is discounted by the share of
/// its text that is links. The best-scoring element is the article; siblings that score nearly as
/// well (a story split over several containers) join it. Inside, blocks that are mostly links,
/// or named like page furniture (`share`, `related`, `newsletter`, `comments` …), or short lines
/// without a sentence in them (bylines, "Advertisement", buttons) are left out, as are captions and
/// the headline, which the document keeps as its title.
struct ArticleLocator {
    /// The element holding the article; nil when no element holds prose, which leaves the choice
    /// to the markup (see `ArticleText.articleRoot`).
    private(set) var root: HTMLNode?
    /// Elements inside `root` that are not part of the article.
    private(set) var excluded: Set<HTMLNode.Pointer> = []

    private struct Stats {
        var textLength = 0
        var linkLength = 0
        var commas = 0
        /// Text that ends a sentence somewhere (". ", "?" …), which navigation and bylines lack.
        var hasSentence = false
    }

    private var stats: [HTMLNode.Pointer: Stats] = [:]
    /// The article's blocks and the elements between them and the root: never pruned as furniture.
    private var kept: Set<HTMLNode.Pointer> = []
    private var scores: [HTMLNode.Pointer: Double] = [:]
    private var parents: [HTMLNode.Pointer: HTMLNode] = [:]
    private let skipped: Set<String>

    init(page: HTMLNode, skipping skipped: Set<String>) {
        self.skipped = skipped
        _ = measure(page, insideLink: false)
        scoreParagraphs(in: page)
        guard let best = scores.max(by: { final($0.key, $0.value) < final($1.key, $1.value) }) else { return }
        let top = HTMLNode(pointer: best.key)
        let topScore = final(best.key, best.value)
        guard topScore > 0 else { return }
        root = top
        if !joinRepeatedBlocks(like: top, topScore: topScore) { joinSiblings(of: top, topScore: topScore) }
        if let root { prune(root) }
    }

    // MARK: Measuring and scoring

    /// Text, link text and commas below each element, bottom up, skipped elements excluded.
    private mutating func measure(_ node: HTMLNode, insideLink: Bool) -> Stats {
        if node.isText {
            let text = node.content
            var result = Stats()
            for byte in text.utf8 where !isSpace(byte) { result.textLength += 1 }
            if insideLink { result.linkLength = result.textLength }
            result.commas = text.utf8.count { $0 == UInt8(ascii: ",") }
            result.hasSentence = text.contains(". ") || text.hasSuffix(".") || text.contains("? ") || text.contains("! ")
                || text.contains("。")
            return result
        }
        guard node.isElement, !isSkipped(node) else { return Stats() }
        let isLink = insideLink || node.name == "a"
        var total = Stats()
        for child in node.children {
            if child.isElement { parents[child.pointer] = node }
            let part = measure(child, insideLink: isLink)
            total.textLength += part.textLength
            total.linkLength += part.linkLength
            total.commas += part.commas
            total.hasSentence = total.hasSentence || part.hasSentence
        }
        stats[node.pointer] = total
        return total
    }

    private func isSkipped(_ node: HTMLNode) -> Bool {
        skipped.contains(node.name) || node.isHidden
    }

    /// Paragraph-like elements: `<p>`, `<pre>`, and a `<div>` or `<td>` holding text but no blocks.
    private static let paragraphNames: Set<String> = ["p", "pre"]
    private static let blockNames: Set<String> = [
        "p", "div", "section", "article", "table", "ul", "ol", "dl", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
        "figure", "form", "header", "footer", "aside", "nav", "main",
    ]

    private mutating func scoreParagraphs(in page: HTMLNode) {
        page.forEachDescendant { node in
            guard node.isElement, let measured = stats[node.pointer], measured.textLength >= 25 else { return }
            let hasBlocks = node.children.contains { $0.isElement && Self.blockNames.contains($0.name) }
            if Self.paragraphNames.contains(node.name) || ((node.name == "div" || node.name == "td") && !hasBlocks) {
                addPoints(textLength: measured.textLength, commas: measured.commas, from: parents[node.pointer])
            } else if hasBlocks, ["div", "section", "article", "td", "main"].contains(node.name) {
                // Prose written straight into a container, its lines apart by `<br>`s or empty `<div>`s.
                let direct = node.children.filter(\.isText).map(\.content)
                let length = direct.reduce(0) { $0 + $1.utf8.count { !isSpace($0) } }
                if length >= 25 { addPoints(textLength: length, commas: direct.reduce(0) { $0 + $1.utf8.count { $0 == UInt8(ascii: ",") } }, from: node) }
            }
        }
    }

    /// One paragraph's points, to the element holding it and (less and less) to four above.
    private mutating func addPoints(textLength: Int, commas: Int, from holder: HTMLNode?) {
        let points = 1 + Double(commas) + min(Double(textLength / 100), 3)
        var ancestor = holder
        var level = 0
        while let current = ancestor, level < 5 {
            if scores[current.pointer] == nil { scores[current.pointer] = Self.initialScore(of: current) }
            let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
            scores[current.pointer, default: 0] += points / divider
            ancestor = parents[current.pointer]
            level += 1
        }
    }

    /// A candidate's own weight: its kind of element and what its class and id say it is.
    private static func initialScore(of node: HTMLNode) -> Double {
        var score: Double
        switch node.name {
        case "div", "article": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        if node.name == "article" || node.attribute("itemprop")?.lowercased() == "articlebody" { score += 25 }
        return score + classWeight(of: node)
    }

    /// The score after links: a block that is mostly links is navigation, however long.
    private func final(_ pointer: HTMLNode.Pointer, _ score: Double) -> Double {
        score * (1 - linkDensity(pointer))
    }

    private func linkDensity(_ pointer: HTMLNode.Pointer) -> Double {
        guard let measured = stats[pointer], measured.textLength > 0 else { return 0 }
        return Double(measured.linkLength) / Double(measured.textLength)
    }

    // MARK: Siblings and pruning

    /// A story split across sibling containers: siblings that score at least a fifth of the best,
    /// or that are paragraphs of prose themselves, join it, and the parent becomes the root.
    private mutating func joinSiblings(of top: HTMLNode, topScore: Double) {
        guard let parent = parents[top.pointer] else { return }
        let threshold = max(10, topScore * 0.2)
        var joined: Set<HTMLNode.Pointer> = [top.pointer]
        for sibling in parent.children where sibling.isElement && sibling.pointer != top.pointer {
            let measured = stats[sibling.pointer] ?? Stats()
            let density = linkDensity(sibling.pointer)
            let score = scores[sibling.pointer].map { final(sibling.pointer, $0) } ?? 0
            let isProse = sibling.name == "p" && density < 0.25 && (measured.textLength > 80 || measured.hasSentence)
            if score >= threshold || isProse { joined.insert(sibling.pointer) }
        }
        guard joined.count > 1 else { return }
        root = parent
        for sibling in parent.children where !joined.contains(sibling.pointer) && sibling.isElement {
            excluded.insert(sibling.pointer)
        }
    }

    /// A long story split into several blocks of the same kind (`<div class="post__content">` after
    /// each image or quote): all of them are the article. The root becomes the blocks' nearest common
    /// ancestor, and whatever hangs off the paths down to them is left out. False when there is no
    /// other such block.
    private mutating func joinRepeatedBlocks(like top: HTMLNode, topScore: Double) -> Bool {
        guard let kind = top.attribute("class"), !kind.isEmpty else { return false }
        var blocks: [HTMLNode] = []
        var ancestry: [HTMLNode.Pointer: [HTMLNode.Pointer]] = [:]
        for (pointer, measured) in stats where pointer != top.pointer && measured.textLength >= 100 {
            let node = HTMLNode(pointer: pointer)
            guard node.name == top.name, node.attribute("class") == kind, linkDensity(pointer) < 0.3,
                  let score = scores[pointer], final(pointer, score) >= max(10, topScore * 0.1) else { continue }
            blocks.append(node)
        }
        guard !blocks.isEmpty else { return false }
        blocks.append(top)
        for block in blocks { ancestry[block.pointer] = ancestors(of: block) }
        // Blocks nested in another block are part of it already.
        let chosen = blocks.filter { block in !blocks.contains { other in other.pointer != block.pointer && ancestry[block.pointer]!.contains(other.pointer) } }
        guard chosen.count > 1 else { return false }
        let common = ancestry[chosen[0].pointer]!.filter { candidate in chosen.allSatisfy { ancestry[$0.pointer]!.contains(candidate) } }
        guard let lowest = common.first else { return false }
        var onPath: Set<HTMLNode.Pointer> = Set(chosen.map(\.pointer))
        for block in chosen {
            for ancestor in ancestry[block.pointer]! {
                if ancestor == lowest { break }
                onPath.insert(ancestor)
            }
        }
        root = HTMLNode(pointer: lowest)
        kept = onPath
        excludeOffPath(from: HTMLNode(pointer: lowest), keeping: onPath, blocks: Set(chosen.map(\.pointer)))
        return true
    }

    private mutating func excludeOffPath(from node: HTMLNode, keeping onPath: Set<HTMLNode.Pointer>, blocks: Set<HTMLNode.Pointer>) {
        for child in node.children where child.isElement {
            if !onPath.contains(child.pointer) {
                excluded.insert(child.pointer)
            } else if !blocks.contains(child.pointer) {
                excludeOffPath(from: child, keeping: onPath, blocks: blocks)
            }
        }
    }

    /// Parent first, up to the page's root.
    private func ancestors(of node: HTMLNode) -> [HTMLNode.Pointer] {
        var result: [HTMLNode.Pointer] = []
        var current = parents[node.pointer]
        while let next = current {
            result.append(next.pointer)
            current = parents[next.pointer]
        }
        return result
    }

    /// Leaves out blocks inside the article that are not part of it.
    private mutating func prune(_ node: HTMLNode) {
        for child in node.children where child.isElement {
            if excluded.contains(child.pointer) { continue }
            if !kept.contains(child.pointer), isFurniture(child) {
                excluded.insert(child.pointer)
            } else if child.name != "p" {  // a paragraph's inline parts go with it
                prune(child)
            }
        }
    }

    private func isFurniture(_ node: HTMLNode) -> Bool {
        let name = node.name
        if ["h1", "figure", "figcaption", "form"].contains(name) { return true }
        guard let measured = stats[node.pointer] else { return false }
        let weight = Self.classWeight(of: node)
        if weight < 0, name != "p" { return true }
        let density = linkDensity(node.pointer)
        let isBlock = ["div", "section", "ul", "ol", "table", "dl", "aside", "header", "footer"].contains(name)
        // Mostly links: a list of other stories. Not when it also holds a story's worth of plain text.
        let plainText = measured.textLength - measured.linkLength
        if isBlock, density > 0.5, plainText < 500 { return true }
        if isBlock, density > 0.25, measured.textLength < 200 { return true }
        // A short line with no sentence in it: a byline, "Advertisement", a button's label.
        if isBlock || name == "p", measured.textLength < 60, !measured.hasSentence, measured.commas == 0, !containsHeading(node) { return true }
        return false
    }

    private func containsHeading(_ node: HTMLNode) -> Bool {
        var found = false
        node.forEachDescendant { if $0.isElement, ["h2", "h3", "h4", "h5", "h6"].contains($0.name) { found = true } }
        return found
    }

    // MARK: Class and id names

    private static let positiveNames = ["article", "body", "content", "entry", "main", "page", "post", "text", "blog", "story"]
    private static let negativeNames = [
        "comment", "contact", "foot", "footnote", "masthead", "outbrain", "taboola", "promo", "related", "scroll",
        "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "share", "social",
        "newsletter", "subscribe", "recommend", "breadcrumb", "byline", "author", "caption", "advert", "popup",
        "modal", "cookie", "teaser", "trending", "most-read", "mostread", "signup", "login", "banner", "disclaimer",
        "credit", "timestamp", "dateline", "read-more", "readmore", "more-stories", "paywall",
    ]

    /// +25 when the class or id says "content", -25 when it says "furniture", 0 when neither or both
    /// (`entry-content-read-more`).
    static func classWeight(of node: HTMLNode) -> Double {
        let names = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        guard names.contains(where: { $0 != " " }) else { return 0 }
        return (positiveNames.contains(where: names.contains) ? 25 : 0) + (negativeNames.contains(where: names.contains) ? -25 : 0)
    }
}

private func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C
}
