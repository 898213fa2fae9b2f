import ClaimCore
import ClaimText

/// Dates and claims over generated news text, against a plain byte scan of the same text.
enum ExtractionBenchmark {
    static func run() {
        let articles = Corpus.articles(totalBytes: 48 << 20)
        let bytes = articles.reduce(0) { $0 + $1.utf8.count }
        let published = CalendarDay("2021-12-28")!
        let analyzer = TextAnalyzer()

        // Baseline: touch every byte once (count sentence ends), the floor any scan pays.
        var periods = 0
        let scan = bestTime {
            periods = 0
            for article in articles {
                var copy = article
                copy.withUTF8 { buffer in for byte in buffer where byte == UInt8(ascii: ".") { periods += 1 } }
            }
        }
        var dates = 0, claims = 0
        let analysis = bestTime {
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
    }
}
