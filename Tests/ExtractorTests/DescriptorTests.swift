import ClaimConfig
import ClaimCore
import ClaimRunner
import FeedExtractor
import HTMLExtractor
import JSONLinesExtractor
import Testing
import TextExtractor

/// The registry's own list, so a new built-in extractor is checked without editing this file.
let allExtractors: [any Extractor.Type] = BuiltInExtractors.all
let allDescriptors: [PluginDescriptor] = allExtractors.map { $0.descriptor }

@Suite struct DescriptorTests {
    @Test(arguments: allDescriptors)
    func descriptorIsWellFormed(descriptor: PluginDescriptor) {
        let id = descriptor.id.rawValue
        #expect(!id.isEmpty && id.allSatisfy { $0.isLowercase || $0 == "_" || $0.isNumber })
        #expect(!descriptor.name.isEmpty)
        #expect(descriptor.summary.first?.isLowercase == true)
        #expect(!descriptor.summary.hasSuffix("."))
        for setting in descriptor.settings {
            #expect(setting.key.allSatisfy { $0.isLowercase || $0 == "_" })
            #expect(!setting.summary.isEmpty && !setting.summary.hasSuffix("."))
        }
        #expect(descriptor.example.hasPrefix("- id: \(id)"))
    }

    @Test func idsAreUnique() {
        let ids = allDescriptors.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    /// The example in each descriptor is valid YAML that the extractor accepts, minus `id` (and `name`,
    /// which a named extractor is given apart); one without required settings also takes none.
    @Test(arguments: allExtractors.indices)
    func exampleSettingsAreAccepted(index: Int) throws {
        let type = allExtractors[index]
        let entries = try YAMLReader().parse(type.descriptor.example, file: "example.yaml")
        let entry = try #require(entries.elements?.first?.entries)
        let settings = ConfigNode(.mapping(entry.filter { $0.key != "id" && $0.key != "name" }), at: entries.location)
        if let named = type as? any NamedExtractor.Type {
            let name = try entry.first { $0.key == "name" }?.value.string(for: "name")
            _ = try named.init(name: name, settings: settings, at: entries.location)
        } else {
            _ = try type.init(settings: settings)
        }
        if !type.descriptor.settings.contains(where: { $0.summary.hasPrefix("required") }) {
            _ = try type.init(settings: noSettings)
        }
    }

    @Test func unknownSettingIsAnErrorWithSuggestion() throws {
        let issue = try #require(throws: Diagnostic.self) {
            try TextExtractor(settings: settings("extension: [md]"))
        }
        #expect(issue.description == """
            config.yaml:1:1: error: unknown setting 'extension' for extractor 'plain_text'
            note: did you mean 'extensions'?
            """)
    }

    @Test func extractorWithoutSettingsSaysSo() throws {
        let issue = try #require(throws: Diagnostic.self) {
            try JSONLinesExtractor(settings: settings("strict: true"))
        }
        #expect(issue.description == """
            config.yaml:1:1: error: unknown setting 'strict' for extractor 'json_lines'
            note: 'json_lines' takes no settings
            """)
    }

    @Test func settingsOfTheWrongKindAreErrors() throws {
        let extensions = try #require(throws: Diagnostic.self) { try TextExtractor(settings: settings("extensions: md")) }
        #expect(extensions.description == "config.yaml:1:13: error: expected a list for 'extensions', found a string")
        let maxItems = try #require(throws: Diagnostic.self) { try FeedExtractor(settings: settings("max_items: 0")) }
        #expect(maxItems.description == "config.yaml:1:12: error: expected a whole number of at least 1 for 'max_items', found '0'")
        let skipped = try #require(throws: Diagnostic.self) { try HTMLExtractor(settings: settings("skip_elements: ['div.ad']")) }
        #expect(skipped.description == "config.yaml:1:17: error: expected an element name such as 'figcaption' for 'skip_elements[0]', found 'div.ad'")
    }

    @Test func inputsGoToTheRightExtractor() throws {
        let text = try TextExtractor(settings: noSettings), html = try HTMLExtractor(settings: noSettings)
        let feed = try FeedExtractor(settings: noSettings), lines = try JSONLinesExtractor(settings: noSettings)
        let page = input("-", "<!DOCTYPE html><html><body><p>Hi</p></body></html>")
        let rss = input("news.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>")
        let jsonl = input("-", "{\"text\": \"x\"}\n")
        let prose = input("-", "Talks are set for Monday.")
        #expect([text.canRead(page), html.canRead(page), feed.canRead(page), lines.canRead(page)] == [false, true, false, false])
        #expect([text.canRead(rss), html.canRead(rss), feed.canRead(rss), lines.canRead(rss)] == [false, false, true, false])
        #expect([text.canRead(jsonl), html.canRead(jsonl), feed.canRead(jsonl), lines.canRead(jsonl)] == [false, false, false, true])
        #expect([text.canRead(prose), html.canRead(prose), feed.canRead(prose), lines.canRead(prose)] == [true, false, false, false])
        #expect(text.canRead(input("notes.md", "<b>bold</b> start")))
        #expect(!text.canRead(InputFile(path: "photo.jpg", bytes: [0xFF, 0xD8, 0xFF, 0x00, 0x10])))
        #expect(!feed.canRead(input("layout.xml", "<?xml version=\"1.0\"?><layout/>")))
    }
}
