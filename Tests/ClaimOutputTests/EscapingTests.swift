import ClaimCore
import Testing
@testable import ClaimOutput

/// The escaping each output format relies on.
@Suite struct EscapingTests {
    @Test func csvQuotesOnlyFieldsThatNeedItAndDoublesQuotes() {
        var writer = CSVWriter()
        writer.write(["plain", "with, comma", #"say "hi""#, "two\nlines", "cr\rhere", ""])
        #expect(writer.text == "plain,\"with, comma\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\r\n")
    }

    @Test func htmlEscapesMarkupAndQuotes() {
        #expect(html(#"<script>alert("x") & 'y'</script>"#) == "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;")
    }

    @Test func markdownEscapesMarkupAndFoldsLines() {
        #expect(MarkdownReport.escape("a|b *c* _d_ <e> [f](g)\nh") == #"a\|b \*c\* \_d\_ \<e\> \[f\](g) h"#)
    }

    @Test func longQuotesAreShortenedAtAWord() {
        #expect("The talks are scheduled for January 10".shortened(to: 20) == "The talks are…")
        #expect("short".shortened(to: 20) == "short")
    }
}
