import ClaimCore
import ClaimText
import FuzzSupport

/// Any bytes as an article's text: the date tagger and the claim finder, the hot path, directly.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = analyzer.analyze(text, published: CalendarDay("2022-01-04"))
    return 0
}

/// The default configuration's analyser (cues, event verbs, statuses), built once.
private let analyzer = FuzzWorkspace.workspace.analyzer
