import ClaimRunner
import FuzzSupport

/// Any bytes as a file of fact-checkers' reviews (ClaimReview, DataFeed, Fact Check Tools), imported
/// as a dry run: reviews or messages, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let path = FuzzWorkspace.scratchFile(Array(UnsafeBufferPointer(start: data, count: size)), fileExtension: "json")
    _ = try? FuzzWorkspace.workspace.importClaimReviews(ImportOptions(path: path, dryRun: true), change: { _ in }, problem: { _ in })
    return 0
}
