import Foundation
import Testing
@testable import ClaimRunner

/// Folders given on the command line are walked into file paths: sorted, hidden entries skipped,
/// links counted as what they point to but not followed into folders.
@Suite struct InputCollectorTests {
    @Test func foldersAreWalkedIntoSortedPathsBelowTheGivenPath() throws {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("input-collector-\(UUID().uuidString)").path
        defer { try? manager.removeItem(atPath: root) }
        for folder in ["b", "b/deeper", ".hidden", "a"] {
            try manager.createDirectory(atPath: "\(root)/\(folder)", withIntermediateDirectories: true)
        }
        for file in ["z.txt", "b/one.md", "b/deeper/two.txt", ".hidden/no.txt", ".dotfile", "a/é.txt"] {
            try Data("text".utf8).write(to: URL(fileURLWithPath: "\(root)/\(file)"))
        }
        try manager.createSymbolicLink(atPath: "\(root)/link.txt", withDestinationPath: "\(root)/z.txt")
        try manager.createSymbolicLink(atPath: "\(root)/linked-folder", withDestinationPath: "\(root)/b")
        try manager.createSymbolicLink(atPath: "\(root)/broken.txt", withDestinationPath: "\(root)/missing.txt")

        for given in [root, root + "/"] {
            let (inputs, problems) = InputCollector.collect([given])
            #expect(problems.isEmpty)
            #expect(inputs.map(\.path) == ["a/é.txt", "b/deeper/two.txt", "b/one.md", "link.txt", "z.txt"].map { "\(root)/\($0)" })
        }
    }
}
