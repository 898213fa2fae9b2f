import ClaimCore
import FeedExtractor
import HTMLExtractor
import Foundation
import Testing

/// Feeds as publishers write them: HTML's entity names, hand-typed slips, legacy encodings,
/// UTF-16 and UTF-32. Each is read the way lenient feed readers read it, with a warning where the
/// feed is not what it claims to be.
@Suite struct FeedsInTheWildTests {
    let extractor = try! FeedExtractor(settings: noSettings)

    /// A one-item RSS feed around `title` and `description` (written as given, markup and all).
    func feed(title: String, description: String, declaration: String = "") -> String {
        """
        \(declaration)<rss version="2.0"><channel><title>Harbour Post</title>
        <item><title>\(title)</title><guid>hp-1</guid><description>\(description)</description><pubDate>Tue, 14 Jun 2022 08:00:00 GMT</pubDate></item>
        </channel></rss>
        """
    }

    @Test func htmlEntityNamesAreRead() async throws {
        let text = feed(title: "Port strike called off&hellip; for now", description: "Dock workers in S&atilde;o Tom&eacute;&nbsp;will vote on Friday &ndash; the union said &#8220;yes&#8221;.")
        let result = try await extractor.extract(request(input("port.rss", text)))
        #expect(result.problems.isEmpty)
        let document = try #require(result.documents.first)
        #expect(document.title == "Port strike called off… for now")
        // A no-break space is a space in document text, like every run of white space.
        #expect(document.text == "Dock workers in São Tomé will vote on Friday – the union said “yes”.")
    }

    /// Names with two code points, and names longer than the old table's, decode whole.
    @Test func everyHTML5NameIsKnown() async throws {
        let text = feed(title: "Index &NotEqualTilde; &CounterClockwiseContourIntegral;", description: "A &lt; B")
        let result = try await extractor.extract(request(input("math.rss", text)))
        #expect(result.problems.isEmpty)
        #expect(result.documents.first?.title == "Index \u{2242}\u{338} \u{2233}")
    }

    @Test func bareAmpersandAndStrayLessThanAreEscapedWithAWarning() async throws {
        let text = feed(title: "Profits < forecasts at Smith & Sons", description: "Shareholders meet on July 1 at Hale & Partners.")
        let result = try await extractor.extract(request(input("slips.rss", text)))
        #expect(result.documents.map(\.title) == ["Profits < forecasts at Smith & Sons"])
        #expect(result.documents.map(\.text) == ["Shareholders meet on July 1 at Hale & Partners."])
        #expect(result.problems.map(\.description) == [
            "slips.rss: warning: is not well-formed XML ('<' that starts no tag at line 2, column 22 and 2 more); read as meant",
        ])
    }

    @Test func unknownEntityIsKeptAsWrittenWithAWarning() async throws {
        let result = try await extractor.extract(request(input("odd.rss", feed(title: "Vote &madeup; Friday", description: "Vote on Friday."))))
        #expect(result.documents.first?.title == "Vote &madeup; Friday")
        #expect(result.problems.first?.message.hasPrefix("is not well-formed XML (undeclared entity 'madeup' at line 2") == true)
    }

    /// Raw HTML in a description (an unclosed paragraph) breaks the XML; the items are then read one
    /// by one, and the broken one keeps what its own tags still delimit.
    @Test func brokenItemIsReadItemByItem() async throws {
        let text = """
            <rss version="2.0"><channel><title>Valley Times</title>
            <item><title>Bridge reopens Monday</title><guid>vt-1</guid><description><p>The bridge reopens on Monday.</description><pubDate>Mon, 05 Sep 2022 07:00:00 GMT</pubDate></item>
            <item><title>Council meets</title><guid>vt-2</guid><description>The council meets on Thursday.</description><pubDate>Mon, 05 Sep 2022 09:00:00 GMT</pubDate></item>
            </channel></rss>
            """
        let result = try await extractor.extract(request(input("valley.rss", text)))
        #expect(result.documents.map(\.item) == ["vt-1", "vt-2"])
        #expect(result.documents.map(\.text) == ["The bridge reopens on Monday.", "The council meets on Thursday."])
        #expect(result.documents.allSatisfy { $0.source == "Valley Times" })
        #expect(result.documents.map(\.published) == [CalendarDay("2022-09-05"), CalendarDay("2022-09-05")])
        let problem = try #require(result.problems.first)
        #expect(problem.severity == .warning)
        #expect(problem.message.hasPrefix("is not well-formed XML ("))
        #expect(problem.message.hasSuffix("); read item by item: 2 items"))
    }

    // MARK: Encodings

    @Test(arguments: [
        (String.Encoding.utf16LittleEndian, [UInt8]([0xFF, 0xFE])),
        (String.Encoding.utf16BigEndian, [UInt8]([0xFE, 0xFF])),
        (String.Encoding.utf16LittleEndian, [UInt8]()),
        (String.Encoding.utf16BigEndian, [UInt8]()),
        (String.Encoding.utf32LittleEndian, [UInt8]([0xFF, 0xFE, 0x00, 0x00])),
        (String.Encoding.utf32BigEndian, [UInt8]()),
    ])
    func utf16AndUTF32AreRead(encoding: String.Encoding, byteOrderMark: [UInt8]) async throws {
        let text = feed(title: "Zürich vote on Sunday", description: "Voters in Zürich decide on Sunday.",
                        declaration: "<?xml version=\"1.0\" encoding=\"utf-16\"?>\n")
        let bytes = byteOrderMark + Array(try #require(text.data(using: encoding)))
        let file = InputFile(path: "wide.xml", bytes: bytes)
        #expect(extractor.canRead(file))
        let result = try await extractor.extract(request(file))
        #expect(result.problems.isEmpty)
        #expect(result.documents.map(\.text) == ["Voters in Zürich decide on Sunday."])
    }

    /// A declared legacy encoding is honoured; the bytes are the words' real encodings.
    @Test(arguments: [
        ("windows-1252", [UInt8]([0x93, 0x5A, 0xFC, 0x72, 0x69, 0x63, 0x68, 0x94]), "“Zürich”"),
        // Latin-1's label means windows-1252 on the web: 0x93/0x94 are curly quotes, not control codes.
        ("ISO-8859-1", [UInt8]([0x93, 0x5A, 0xFC, 0x72, 0x69, 0x63, 0x68, 0x94]), "“Zürich”"),
        ("iso-8859-5", [UInt8]([0xBC, 0xDE, 0xE1, 0xDA, 0xD2, 0xD0]), "Москва"),
        ("KOI8-R", [UInt8]([0xED, 0xCF, 0xD3, 0xCB, 0xD7, 0xC1]), "Москва"),
        ("euc-kr", [UInt8]([0xBC, 0xAD, 0xBF, 0xEF]), "서울"),
        ("Shift_JIS", [UInt8]([0x93, 0x8C, 0x8B, 0x9E]), "東京"),
        ("gb2312", [UInt8]([0xB1, 0xB1, 0xBE, 0xA9]), "北京"),
        ("big5", [UInt8]([0xA5, 0x78, 0xA5, 0x5F]), "台北"),
    ])
    func declaredLegacyEncodingIsHonoured(label: String, city: [UInt8], expected: String) async throws {
        let head = Array("<?xml version=\"1.0\" encoding=\"\(label)\"?>\n<rss><channel><title>Wire</title><item><guid>w1</guid><title>Talks in ".utf8)
        let tail = Array(" on Monday</title></item></channel></rss>".utf8)
        let result = try await extractor.extract(request(InputFile(path: "legacy.rss", bytes: head + city + tail)))
        #expect(result.problems.filter { $0.severity == .error }.isEmpty)
        #expect(result.documents.first?.title == "Talks in \(expected) on Monday")
    }

    /// A feed that calls itself Latin-1 but was saved as UTF-8 is read as UTF-8, not as mojibake.
    @Test func utf8MislabelledAsLatin1IsReadAsUTF8() async throws {
        let text = feed(title: "Zürich vote on Sunday", description: "Voters decide.", declaration: "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n")
        let result = try await extractor.extract(request(input("mislabelled.rss", text)))
        #expect(result.documents.first?.title == "Zürich vote on Sunday")
    }

    @Test func unknownEncodingIsAnError() async throws {
        let head = Array("<?xml version=\"1.0\" encoding=\"x-martian-7\"?>\n<rss><channel><item><guid>g</guid><title>Caf".utf8)
        let result = try await extractor.extract(request(InputFile(path: "mars.rss", bytes: head + [0xE9] + Array("</title></item></channel></rss>".utf8))))
        #expect(result.documents.isEmpty)
        #expect(result.problems.map(\.description) == ["mars.rss: error: declares the encoding 'X-MARTIAN-7', which this system cannot convert"])
    }

    @Test func bytesInvalidInTheDeclaredEncodingAreCounted() async throws {
        // 0x81 has no character in windows-1252.
        let head = Array("<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<rss><channel><item><guid>g</guid><title>Caf".utf8)
        let result = try await extractor.extract(request(InputFile(path: "odd.rss", bytes: head + [0xE9, 0x81] + Array("</title></item></channel></rss>".utf8))))
        #expect(result.documents.first?.title == "Café\u{FFFD}")
        #expect(result.problems.map(\.description).contains("odd.rss: warning: has 1 byte that is not valid WINDOWS-1252; read as U+FFFD"))
    }

    /// A processing instruction without data made Foundation's parser dereference a null pointer and
    /// kill the process (found by the `inputs` fuzz target). Instructions carry no feed content.
    @Test func processingInstructionsAreLeftOut() async throws {
        for instruction in ["<?nav?>", "<?xml-stylesheet href=\"feed.xsl\" type=\"text/xsl\"?>", "<?pi ?>"] {
            // Inside a tag broken by it, too (the fuzzer's second way to the same crash).
            let broken = "<?xml version=\"1.0\"?><rss v\(instruction)ersion=\"2.0\"><channel><item><title>Vote on Friday</title><guid>v</guid></item></channel></rss>"
            let brokenResult = try await extractor.extract(request(input("pi.rss", broken)))
            #expect(brokenResult.documents.map(\.title) == ["Vote on Friday"], "\(instruction) in a tag")
            let text = "<?xml version=\"1.0\"?>\(instruction)<rss><channel><title>W</title>\(instruction)<item><title>Vote on Friday</title><guid>v</guid></item></channel></rss>"
            let result = try await extractor.extract(request(input("pi.rss", text)))
            #expect(result.documents.map(\.title) == ["Vote on Friday"], "\(instruction)")
        }
    }

    // MARK: Still refused

    /// Entities the feed declares itself are expanded by the parser within its limits or not at
    /// all; an exponential expansion is refused whole and never read leniently.
    @Test func entityExpansionBombIsRefused() async throws {
        var declarations = "<!ENTITY e0 \"boom\">"
        for level in 1...12 { declarations += "<!ENTITY e\(level) \"" + String(repeating: "&e\(level - 1);", count: 10) + "\">" }
        let text = "<?xml version=\"1.0\"?><!DOCTYPE rss [\(declarations)]><rss><channel><item><title>&e12;</title></item></channel></rss>"
        let clock = ContinuousClock()
        let start = clock.now
        let result = try await extractor.extract(request(input("bomb.rss", text)))
        #expect(clock.now - start < .seconds(5))
        #expect(result.documents.allSatisfy { $0.text.utf8.count < 1_000_000 })
        #expect(result.problems.contains { $0.severity == .error })
    }

    @Test func externalEntityIsNeverFetched() async throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("feed-secret-\(UUID().uuidString).txt")
        try "SECRET-CONTENT".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let text = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY leak SYSTEM \"file://\(secret.path)\">]><rss><channel><item><guid>x</guid><title>Leak &leak; here</title></item></channel></rss>"
        let result = try await extractor.extract(request(input("xxe.rss", text)))
        #expect(!result.documents.contains { $0.text.contains("SECRET") || ($0.title ?? "").contains("SECRET") })
    }
}

/// Web pages in the encoding their `<meta charset>` declares.
@Suite struct PageEncodingTests {
    let extractor = try! HTMLExtractor(settings: noSettings)

    func page(charsetTag: String, body: [UInt8]) -> InputFile {
        let head = Array("<!DOCTYPE html><html><head>\(charsetTag)<title>News</title></head><body><article><p>".utf8)
        return InputFile(path: "page.html", bytes: head + body + Array("</p></article></body></html>".utf8))
    }

    @Test(arguments: [
        ("<meta charset=\"windows-1251\">", [UInt8]([0xCC, 0xEE, 0xF1, 0xEA, 0xE2, 0xE0]), "Москва"),
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", [UInt8]([0x5A, 0xFC, 0x72, 0x69, 0x63, 0x68]), "Zürich"),
        ("<meta charset=euc-jp>", [UInt8]([0xC5, 0xEC, 0xB5, 0xFE]), "東京"),
    ])
    func declaredCharsetIsHonoured(tag: String, city: [UInt8], expected: String) async throws {
        let result = try await extractor.extract(request(page(charsetTag: tag, body: Array("Ministers meet in ".utf8) + city + Array(" on Monday.".utf8))))
        #expect(result.problems.filter { $0.severity == .error }.isEmpty)
        let document = try #require(result.documents.first)
        #expect(document.text == "Ministers meet in \(expected) on Monday.")
        // Offsets count bytes of the converted text: they cannot point into a file in another encoding.
        #expect(document.segments.isEmpty)
    }

    /// An ASCII page reads the same whatever it declares, so its offsets keep pointing into the file.
    @Test func asciiPageKeepsFileOffsets() async throws {
        let result = try await extractor.extract(request(page(charsetTag: "<meta charset=\"windows-1252\">", body: Array("Ministers meet on Monday.".utf8))))
        #expect(result.documents.first?.segments.isEmpty == false)
    }
}
