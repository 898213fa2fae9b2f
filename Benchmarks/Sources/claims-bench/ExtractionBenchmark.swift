import ClaimCore
import ClaimText
import Foundation

/// Dates and claims over generated news text, against a plain byte scan of the same text.
enum ExtractionBenchmark {
    static func run() {
        // EXTRACT_MB and EXTRACT_RUNS shrink the run for profiling (valgrind runs ~50x slower).
        let environment = ProcessInfo.processInfo.environment
        let size = Int(environment["EXTRACT_MB"] ?? "") ?? 48
        let runs = Int(environment["EXTRACT_RUNS"] ?? "") ?? 3
        let articles = Corpus.articles(totalBytes: size << 20)
        let bytes = articles.reduce(0) { $0 + $1.utf8.count }
        let published = CalendarDay("2021-12-28")!
        let analyzer = TextAnalyzer()

        // Baseline: touch every byte once (count sentence ends), the floor any scan pays.
        var periods = 0
        let scan = bestTime(runs: runs) {
            periods = 0
            for article in articles {
                var copy = article
                copy.withUTF8 { buffer in for byte in buffer where byte == UInt8(ascii: ".") { periods += 1 } }
            }
        }
        // The tagger alone, so the finder's share is visible.
        let tagger = TemporalTagger()
        let tagging = bestTime(runs: runs) {
            for article in articles { _ = tagger.expressions(in: article, anchor: published) }
        }
        var dates = 0, claims = 0
        let analysis = bestTime(runs: runs) {
            dates = 0; claims = 0
            for article in articles {
                let result = analyzer.analyze(article, published: published)
                dates += result.dates.count
                claims += result.claims.count
            }
        }
        let megabytes = Double(bytes) / 1_048_576
        print("extract: \(format(megabytes)) MB in \(articles.count) articles, \(dates) dates, \(claims) claims (\(periods) sentence ends)")
        print("extract: analysis \(format(megabytes / analysis)) MB/s, byte scan \(format(megabytes / scan)) MB/s, "
              + "ratio \(format(scan / analysis, 3)) of scan speed; peak memory \(format(peakMemoryMB())) MB")
        print("extract: dates alone \(format(megabytes / tagging)) MB/s")
    }
}
