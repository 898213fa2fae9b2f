import ClaimRunner
import Dispatch
import Foundation

/// A workspace in a temporary folder, set up once per fuzzing process, and a way to run the
/// pipeline's async API from libFuzzer's synchronous callback.
public enum FuzzWorkspace {
    public static let directory: String = {
        let path = NSTemporaryDirectory() + "claims-fuzz-\(getpid())"
        _ = try? Workspace.initialize(at: path)
        return path
    }()

    public static let workspace: Workspace = {
        // swiftlint-free plain force: a fuzzer that cannot open its own starter workspace cannot run.
        try! Workspace.open(WorkspaceOptions(configPath: directory + "/config.yaml"))
    }()

    /// Writes `bytes` to a scratch file with `fileExtension` and returns its path.
    public static func scratchFile(_ bytes: [UInt8], fileExtension: String) -> String {
        let path = directory + "/input." + fileExtension
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// Runs `body` to completion on the concurrency pool and waits for it.
    public static func wait(_ body: @escaping @Sendable () async -> Void) {
        let done = DispatchSemaphore(value: 0)
        Task {
            await body()
            done.signal()
        }
        done.wait()
    }
}
