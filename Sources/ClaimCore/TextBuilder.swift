import TextKernel

/// Builds a document's text from pieces of markup text (HTML text nodes, feed item fragments):
/// runs of whitespace collapse to one space, block boundaries become a blank line ("\n\n") so
/// sentences from different paragraphs never run together, and, when a piece's place in the input
/// file is known, every word copied from it is recorded as a `TextSegment`.
///
/// Shared by the HTML and feed extractors, which both turn markup into plain text.
public struct TextBuilder: Sendable {
    private var bytes: [UInt8] = []
    public private(set) var segments: [TextSegment] = []
    private var pending: Separator = .none

    private enum Separator: Int, Comparable {
        case none, space, paragraph
        static func < (lhs: Separator, rhs: Separator) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public init() {}

    public var isEmpty: Bool { bytes.isEmpty }

    /// Ends the current paragraph; the next word starts a new one.
    public mutating func breakParagraph() {
        pending = max(pending, .paragraph)
    }

    /// Separates what comes next by at least a space, as between table cells.
    public mutating func breakWord() {
        pending = max(pending, .space)
    }

    /// Appends a piece of text, collapsing its whitespace. `fileOffset` is where the piece's first
    /// UTF-8 byte sits in the input file when the whole piece was copied from there verbatim.
    public mutating func append(_ piece: String, fileOffset: Int?) {
        let runs = fileOffset.map { [TextSegment(textOffset: 0, fileOffset: $0, length: piece.utf8.count)] } ?? []
        append(piece, runs: runs)
    }

    /// Appends a piece of text, collapsing its whitespace. `runs` (sorted, offsets within the piece)
    /// say which bytes of the piece were copied verbatim from where in the input file; a word is
    /// mapped only when it lies wholly inside one run, so text decoded from entities stays unmapped.
    public mutating func append(_ piece: String, runs: [TextSegment]) {
        var runIndex = 0
        TextBytes.withBytes(of: piece) { source in
            var index = 0
            var gapStart: Int?  // start of the whitespace run before the current word, within this piece
            while index < source.count {
                let width = whitespaceWidth(source, at: index)
                if width > 0 {
                    if gapStart == nil { gapStart = index }
                    pending = max(pending, .space)
                    index += width
                    continue
                }
                var end = index
                while end < source.count, whitespaceWidth(source, at: end) == 0 { end += 1 }
                while runIndex < runs.count, runs[runIndex].textOffset + runs[runIndex].length <= index { runIndex += 1 }
                var wordFileOffset: Int?
                if runIndex < runs.count, runs[runIndex].textOffset <= index,
                   end <= runs[runIndex].textOffset + runs[runIndex].length {
                    wordFileOffset = runs[runIndex].fileOffset + index - runs[runIndex].textOffset
                }
                let singleSpaceGap = gapStart.map { index - $0 == 1 && source[$0] == 0x20 } ?? false
                appendWord(source.run(index..<end), fileOffset: wordFileOffset, singleSpaceGap: singleSpaceGap)
                gapStart = nil
                index = end
            }
        }
    }

    private mutating func appendWord(_ word: TextBytes, fileOffset: Int?, singleSpaceGap: Bool) {
        var separator: [UInt8] = []
        if !bytes.isEmpty {
            switch pending {
            case .none: break
            case .space: separator = [0x20]
            case .paragraph: separator = [0x0A, 0x0A]
            }
        }
        pending = .none
        bytes += separator
        let textOffset = bytes.count
        bytes += word
        guard let fileOffset else { return }
        // One space between two words of the same piece is the same byte in text and file, so the
        // previous segment can simply grow; fewer segments, same mapping.
        if let last = segments.last, last.textOffset + last.length == textOffset - separator.count,
           last.fileOffset + last.length == fileOffset - separator.count,
           separator.isEmpty || (separator == [0x20] && singleSpaceGap) {
            segments[segments.count - 1].length += separator.count + word.count
        } else {
            segments.append(TextSegment(textOffset: textOffset, fileOffset: fileOffset, length: word.count))
        }
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// The byte length of the whitespace character at `index`, 0 when there is none there. ASCII
/// whitespace and the no-break space (U+00A0), which pages put between numbers and month names.
func whitespaceWidth(_ bytes: TextBytes, at index: Int) -> Int {
    let byte = bytes[index]
    if isASCIIWhitespace(byte) { return 1 }
    if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
    return 0
}
