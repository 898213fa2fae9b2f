import TextKernel

/// The date tagger reads the text through the kernel's `WordScanner`, looking words up in its
/// vocabulary (`TemporalLexicon`).
typealias TemporalScanner = WordScanner<TemporalLexeme>
typealias TemporalToken = ScannedToken<TemporalLexeme>
typealias TemporalTokenKind = ScannedTokenKind
typealias TemporalByteClass = ScannerByteClass

extension TemporalLexeme: ScannerLexeme {}

extension WordScanner where Lexeme == TemporalLexeme {
    init(bytes: TextBytes, classes: ByteTable, lexicon: TemporalLexicon) {
        self.init(bytes: bytes, classes: classes, words: lexicon.table)
    }
}
