import ClaimCore

/// Finds where the text of libxml2's text nodes sits in the raw HTML, so that offsets in the
/// document text can be mapped back to bytes of the input file.
///
/// libxml2 does not report byte positions for nodes, and a node's content is decoded: `&rsquo;`
/// in the file is `’` in the node, `\r\n` is `\n`. So text nodes are visited in document order
/// (all of them, also those in scripts and menus that the article text leaves out) and each is
/// matched against the file from where the previous one ended:
///
/// 1. skip the markup (tags, comments) that must lie between two text nodes, then compare the
///    content with the file byte by byte, reading character references (`&amp;`, `&#8217;`,
///    `&rsquo;`) with libxml2's own entity table and `\r\n` as `\n`;
/// 2. if the first word does not match there (the parser repaired broken markup, or dropped a
///    node), search forward for the node's first word, at most `searchWindow` bytes, outside tags;
/// 3. if that fails too, the node's text stays unmapped and the position does not move.
///
/// Bytes that match verbatim become runs of `TextSegment`s (offsets within the node's content); a
/// word decoded from an entity, such as `don’t` written `don&rsquo;t`, is never mapped, so a mapped
/// offset always points at the same characters in the file.
struct SourceAligner {
    let source: [UInt8]
    private(set) var cursor: Int
    static let searchWindow = 64 * 1024

    init(source: [UInt8], start: Int) {
        self.source = source
        cursor = start
    }

    /// Matches one text node's content; `isRawText` for `<script>` and `<style>`, whose content the
    /// parser does not decode.
    mutating func align(_ content: String, isRawText: Bool) -> [TextSegment] {
        let content = Array(content.utf8)
        guard let firstWord = content.firstIndex(where: { !isWhitespace($0) }) else { return [] }
        let (textStart, wordStart) = skipMarkup(from: cursor)
        // Leading whitespace of the node sits right after the previous tag; when the parser kept
        // none of it, start at the first word.
        var attempt = match(content, from: firstWord > 0 ? textStart : wordStart, contentStart: 0, isRawText: isRawText)
        if attempt.matchedFirstWord(at: firstWord) == false {
            attempt = match(content, from: wordStart, contentStart: firstWord, isRawText: isRawText)
        }
        if attempt.matchedFirstWord(at: firstWord) == false, let found = search(content, word: firstWord) {
            attempt = match(content, from: found, contentStart: firstWord, isRawText: isRawText)
        }
        guard attempt.matchedFirstWord(at: firstWord) else { return [] }
        cursor = attempt.end
        return attempt.runs
    }

    private struct Attempt {
        var runs: [TextSegment] = []
        var end: Int
        var contentEnd: Int
        var contentStart: Int

        /// Whether the match reached past the node's first word, i.e. it really is this node.
        func matchedFirstWord(at firstWord: Int) -> Bool {
            contentStart <= firstWord && contentEnd > firstWord
        }
    }

    /// Walks content and file together from `fileStart` until they differ.
    private func match(_ content: [UInt8], from fileStart: Int, contentStart: Int, isRawText: Bool) -> Attempt {
        var attempt = Attempt(end: fileStart, contentEnd: contentStart, contentStart: contentStart)
        var i = contentStart, f = fileStart
        var runStart: (content: Int, file: Int)?
        func closeRun() {
            if let start = runStart, i > start.content {
                attempt.runs.append(TextSegment(textOffset: start.content, fileOffset: start.file, length: i - start.content))
            }
            runStart = nil
        }
        while i < content.count, f < source.count {
            let byte = source[f]
            if byte == UInt8(ascii: "&"), !isRawText, let (scalar, length) = characterReference(at: f) {
                let encoded = Array(String(Character(scalar)).utf8)
                guard content[i...].starts(with: encoded) else { break }
                closeRun()
                i += encoded.count
                f += length
                continue
            }
            if byte == 0x0D, content[i] == 0x0A {  // the parser reads \r\n and a lone \r as \n
                closeRun()
                i += 1
                f += f + 1 < source.count && source[f + 1] == 0x0A ? 2 : 1
                continue
            }
            guard byte == content[i] else { break }
            if runStart == nil { runStart = (i, f) }
            i += 1
            f += 1
        }
        closeRun()
        attempt.end = f
        attempt.contentEnd = i
        return attempt
    }

    /// From `start`, skips whitespace and whole tags and comments. Returns where a text node that
    /// starts with whitespace would begin (just after the last markup) and the first text byte.
    private func skipMarkup(from start: Int) -> (afterMarkup: Int, firstText: Int) {
        var afterMarkup = start, position = start
        while true {
            while position < source.count, isWhitespace(source[position]) { position += 1 }
            guard position < source.count, source[position] == UInt8(ascii: "<"), let end = markupEnd(at: position) else {
                return (afterMarkup, position)
            }
            position = end
            afterMarkup = end
        }
    }

    /// The end of the tag, comment or declaration starting at `start` (a `<`), or nil when the `<`
    /// does not start markup ("a < b").
    private func markupEnd(at start: Int) -> Int? {
        guard start + 1 < source.count else { return nil }
        let next = source[start + 1]
        if source[start...].starts(with: "<!--".utf8) {
            return find("-->".utf8, from: start + 4).map { $0 + 3 } ?? source.count
        }
        guard isASCIILetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") else { return nil }
        var quote: UInt8?
        var position = start + 1
        while position < source.count {
            let byte = source[position]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return position + 1
            }
            position += 1
        }
        return source.count
    }

    /// The next place after the cursor, outside tags, where the node's first word appears verbatim.
    private func search(_ content: [UInt8], word start: Int) -> Int? {
        var end = start
        while end < content.count, !isWhitespace(content[end]), content[end] != UInt8(ascii: "&") { end += 1 }
        guard end > start else { return nil }
        let word = content[start..<end]
        let limit = min(source.count, cursor + Self.searchWindow)
        var from = cursor
        while let found = find(word, from: from, limit: limit) {
            if !isInsideTag(found) { return found }
            from = found + 1
        }
        return nil
    }

    private func isInsideTag(_ position: Int) -> Bool {
        var back = position - 1
        while back >= max(0, position - 4096) {
            if source[back] == UInt8(ascii: ">") { return false }
            if source[back] == UInt8(ascii: "<") { return markupEnd(at: back) != nil }
            back -= 1
        }
        return false
    }

    private func find(_ needle: some Collection<UInt8>, from start: Int, limit: Int? = nil) -> Int? {
        let limit = limit ?? source.count
        guard let first = needle.first, start < limit else { return nil }
        var position = start
        while position + needle.count <= limit {
            if source[position] == first, source[position..<position + needle.count].elementsEqual(needle) { return position }
            position += 1
        }
        return nil
    }

    /// A character reference at `start` (`&amp;`, `&#39;`, `&#x2019;`) and its length, if it is one
    /// the parser would have decoded: terminated by `;`, named in libxml2's table or numeric.
    private func characterReference(at start: Int) -> (Unicode.Scalar, Int)? {
        let maxLength = 40
        var end = start + 1
        while end < min(source.count, start + maxLength), source[end] != UInt8(ascii: ";") {
            guard isASCIILetter(source[end]) || isDigit(source[end]) || source[end] == UInt8(ascii: "#") else { return nil }
            end += 1
        }
        guard end < source.count, source[end] == UInt8(ascii: ";"), end > start + 1 else { return nil }
        let body = Array(source[(start + 1)..<end])
        var value: UInt32?
        if body.first == UInt8(ascii: "#") {
            let digits = body.dropFirst()
            if digits.first == UInt8(ascii: "x") || digits.first == UInt8(ascii: "X") {
                value = UInt32(String(decoding: digits.dropFirst(), as: UTF8.self), radix: 16)
            } else {
                value = UInt32(String(decoding: digits, as: UTF8.self), radix: 10)
            }
        } else {
            value = htmlEntityValue(named: body)
        }
        guard let value, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, end + 1 - start)
    }
}

private func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C
}

private func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
}

private func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
}
