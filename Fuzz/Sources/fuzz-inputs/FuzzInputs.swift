import ClaimRunner
import FuzzSupport

/// Any bytes as an input file, read by the extractor its extension picks (the first byte chooses):
/// plain text with front matter, an HTML page, an RSS or Atom feed, JSON Lines. Then the date
/// tagger and the claim finder read what came out.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let extensions = ["md", "html", "rss", "jsonl", "atom", "txt"]
    let fileExtension = extensions[Int(data[0]) % extensions.count]
    let path = FuzzWorkspace.scratchFile(Array(UnsafeBufferPointer(start: data + 1, count: size - 1)), fileExtension: fileExtension)
    FuzzWorkspace.wait {
        _ = await FuzzWorkspace.workspace.extract(ExtractionOptions(paths: [path]), document: { _ in }, problem: { _ in })
    }
    return 0
}
