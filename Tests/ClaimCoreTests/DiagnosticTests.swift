import Testing
@testable import ClaimCore

/// The one renderer: every diagnostic, whichever module's message it carries, prints in this shape.
@Suite struct DiagnosticTests {
    private enum SampleMessage: DiagnosticMessage {
        case unknownSetting(String)
        case emptyItem

        var diagnostic: Diagnostic {
            switch self {
            case .unknownSetting(let key): .error("unknown setting '\(key)'", notes: ["did you mean 'max_items'?", "see 'claims plugins'"])
            case .emptyItem: .warning("has no title or text")
            }
        }
    }

    @Test func locatedMessageStartsWithFileLineAndColumnAndEndsWithItsNotes() {
        let location = SourceLocation(file: "config.yaml", line: 4, column: 15)
        #expect(SampleMessage.unknownSetting("max_itme").at(location).description == """
            config.yaml:4:15: error: unknown setting 'max_itme'
            note: did you mean 'max_items'?
            note: see 'claims plugins'
            """)
    }

    @Test func sourceLineIsShownWithACaretUnderTheColumn() {
        let location = SourceLocation(file: "config.yaml", line: 2, column: 5)
        let diagnostic = Diagnostic.error("duplicate key 'rules'").at(location, sourceLine: "    rules: []")
        #expect(diagnostic.description == "config.yaml:2:5: error: duplicate key 'rules'\n    rules: []\n    ^")
    }

    @Test func ownerAndItemNameTheInputWhenThereIsNoPosition() {
        #expect(SampleMessage.emptyItem.about("world.rss", item: "item 3").description == "world.rss [item 3]: warning: has no title or text")
        #expect(SampleMessage.emptyItem.about("world.rss").description == "world.rss: warning: has no title or text")
        #expect(SampleMessage.emptyItem.diagnostic.description == "warning: has no title or text")
    }

    @Test func severalDiagnosticsPrintOnePerLineAndKnowWhetherAnyIsAnError() {
        let warnings = Diagnostics([SampleMessage.emptyItem.about("a.rss"), SampleMessage.emptyItem.about("b.rss")])
        #expect(!warnings.hasErrors)
        #expect(warnings.description == "a.rss: warning: has no title or text\nb.rss: warning: has no title or text")
        #expect(Diagnostics([SampleMessage.unknownSetting("x").diagnostic]).hasErrors)
    }
}
