import ArgumentParser
import ClaimOutput
import ClaimRunner
import Foundation

extension ClaimsCommand {
    struct Plugins: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the extractor plugins and status rules this build provides, with their settings",
            discussion: """
                Enable a plugin by listing its id under 'extractors:' in config.yaml. The external extractors \
                the configuration runs ('id: exec', programs in any language) are listed with their command; \
                '--check' starts each one and reports whether it answers the protocol's handshake.
                """)

        @OptionGroup var global: GlobalOptions

        @Flag(help: "Start each external extractor of the configuration and report whether it answers the handshake")
        var check = false

        func run() async throws {
            if !check {
                Console.print(PluginCatalog.text(for: ExtractorRegistry.active.descriptors), terminator: "")
                // Without a configuration there is nothing external to list.
                guard FileManager.default.fileExists(atPath: global.config) else { return }
            }
            try await Console.run { () throws(RunnerFailure) in
                let workspace = try global.openWorkspace()
                let plugins = workspace.externalPlugins
                guard check else {
                    let listing = plugins.map { (name: $0.name, command: $0.command, reads: $0.reads) }
                    Console.print("\n" + PluginCatalog.externalText(for: listing, configPath: global.config), terminator: "")
                    return .success
                }
                if plugins.isEmpty { Console.diagnose(RunnerMessage.noExternalExtractors(configPath: global.config).diagnostic.description) }
                var failed = false
                for plugin in plugins {
                    switch await plugin.check() {
                    case .success(let hello):
                        Console.print(PluginCatalog.checkLine(name: plugin.name, protocolVersion: hello.protocolVersion,
                                                              capabilities: hello.capabilities, plugin: hello.plugin))
                    case .failure(let problem):
                        failed = true
                        Console.diagnose(problem.description)
                    }
                }
                return failed ? .findings : .success
            }
        }
    }
}
