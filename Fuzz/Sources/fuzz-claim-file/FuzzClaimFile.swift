import ClaimConfig
import ClaimLedger

/// Any bytes as a claim file: read into a claim or diagnostics, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? ClaimFileFormat.claim(fromYAML: text, file: "claims/x.yaml", vocabulary: .standard)
    return 0
}
