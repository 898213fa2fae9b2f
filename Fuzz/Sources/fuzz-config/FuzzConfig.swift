import ClaimConfig

/// Any bytes as `config.yaml`: the YAML reader and the configuration's validation must answer
/// with a configuration or diagnostics, never crash, hang or exhaust memory.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? Configuration.parse(String(decoding: bytes, as: UTF8.self), file: "config.yaml")
    return 0
}
