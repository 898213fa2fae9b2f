import ArgumentParser
import ClaimOutput
import ClaimRunner

extension ClaimsCommand {
    struct Plugins: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the extractor plugins and status rules this build provides, with their settings",
            discussion: "Enable a plugin by listing its id under 'extractors:' in config.yaml.")

        func run() async throws {
            Console.print(PluginCatalog.text(for: BuiltInExtractors.descriptors), terminator: "")
        }
    }
}
