internal import CLibXML2

/// Owns a document parsed by libxml2's lenient HTML parser and frees it when done.
///
/// Nodes handed out are only valid while this object lives; everything that reads them runs inside
/// one `extract` call that holds on to it.
final class HTMLDocument {
    private let document: htmlDocPtr

    /// libxml2 sets up its global tables once; a static `let` runs this exactly once, from any thread.
    private static let parserInitialized: Void = { xmlInitParser() }()

    /// Parses UTF-8 bytes (already checked to be UTF-8, so a page's `<meta charset>` cannot mislead
    /// the parser). Returns nil only when libxml2 gives up entirely, which recovery makes rare.
    init?(utf8 bytes: ArraySlice<UInt8>) {
        _ = Self.parserInitialized
        guard bytes.count < Int(Int32.max) else { return nil }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
                            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                htmlReadMemory(base, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    var root: HTMLNode? {
        xmlDocGetRootElement(document).map(HTMLNode.init)
    }
}

/// A borrowed view of one libxml2 node.
struct HTMLNode {
    typealias Pointer = xmlNodePtr
    let pointer: xmlNodePtr

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's name; the HTML parser already lowercases it.
    var name: String {
        pointer.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// A text node's decoded content.
    var content: String {
        pointer.pointee.content.map { String(cString: $0) } ?? ""
    }

    var children: [HTMLNode] {
        var result: [HTMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            result.append(HTMLNode(pointer: node))
            child = node.pointee.next
        }
        return result
    }

    /// An attribute's value, read straight from libxml2's attribute list (no copy to free).
    func attribute(_ name: String) -> String? {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, String(cString: attributeName).lowercased() == name {
                var value = ""
                var child = current.pointee.children
                while let node = child {
                    if let content = node.pointee.content { value += String(cString: content) }
                    child = node.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// Hidden from readers: `hidden`, `aria-hidden="true"`, or an inline style of `display: none` or
    /// `visibility: hidden` (where pages keep metadata copies of the article and hidden menus).
    var isHidden: Bool {
        if attribute("hidden") != nil || attribute("aria-hidden") == "true" { return true }
        guard let style = attribute("style") else { return false }
        let compact = style.lowercased().filter { $0 != " " && $0 != "\t" }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    /// All text below this node, for `<title>` and `<time>`; whitespace is left to the caller.
    var textContent: String {
        if isText { return content }
        return children.map(\.textContent).joined()
    }

    /// This node and every node below it, in document order.
    func forEachDescendant(_ body: (HTMLNode) -> Void) {
        body(self)
        for child in children { child.forEachDescendant(body) }
    }
}

/// Looks up an HTML named character reference (`rsquo`) in libxml2's own table, so offsets are
/// mapped with exactly the entities the parser decoded.
func htmlEntityValue(named name: [UInt8]) -> UInt32? {
    let terminated = name + [0]
    return terminated.withUnsafeBufferPointer { buffer in
        htmlEntityLookup(buffer.baseAddress!)?.pointee.value
    }
}
