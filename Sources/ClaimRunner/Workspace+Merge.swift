import ClaimCore
import ClaimIngest
import ClaimLedger
import Foundation

public enum MergeFileOutcome: Sendable {
    /// OURS now holds the merged claim; `notes` are choices worth a look.
    case merged(notes: [Diagnostic])
    /// OURS is left as it was; the diagnostics say why.
    case conflict([Diagnostic])
}

extension Workspace {
    /// git's merge driver for claim files: merges the claim in `theirs` into `ours` against their
    /// common ancestor `base` (empty when both sides created the file), writing the result to `ours`.
    /// `path` is the file's place in the repository, for messages.
    public func mergeClaimFile(base: String, ours: String, theirs: String, path: String) throws(RunnerFailure) -> MergeFileOutcome {
        func version(_ file: String, _ which: String) throws(RunnerFailure) -> Claim?? {
            guard let data = FileManager.default.contents(atPath: file) else { throw .io(.couldNotRead(path: file)) }
            if data.isEmpty { return .some(nil) }
            guard let text = String(data: data, encoding: .utf8),
                  let parsed = try? ClaimFileFormat.claim(fromYAML: text, file: path, vocabulary: vocabulary) else { return nil }
            return .some(parsed.claim)
        }
        guard let baseClaim = try version(base, "the common ancestor's") else {
            return .conflict([RunnerMessage.unmergeableVersion(which: "the common ancestor's").about(path)])
        }
        guard let oursClaim = try version(ours, "our"), let ourClaim = oursClaim else {
            return .conflict([RunnerMessage.unmergeableVersion(which: "our").about(path)])
        }
        guard let theirsClaim = try version(theirs, "their"), let theirClaim = theirsClaim else {
            return .conflict([RunnerMessage.unmergeableVersion(which: "their").about(path)])
        }
        switch ClaimFileMerge.merge(base: baseClaim, ours: ourClaim, theirs: theirClaim, evaluator: evaluator) {
        case .conflict(let reason):
            return .conflict([RunnerMessage.mergeConflict(reason: reason).about(path)])
        case .merged(let claim, let notes):
            do {
                try ClaimStore.writeClaimFile(claim, to: ours)
            } catch {
                throw .ledger(error)
            }
            return .merged(notes: notes.map { RunnerMessage.mergeNote($0).about(path) })
        }
    }
}
