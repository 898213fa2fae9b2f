import ClaimCore
import ClaimRunner
import ClaimText
import Foundation

/// Dates and claims over generated news text, against a plain byte scan of the same text.
enum ExtractionBenchmark {
    /// `claims-bench extract DIR...`: the same measurement over the `*.txt` files of local folders
    /// (articles you have, which stay outside the project), repeated to about EXTRACT_MB megabytes.
    static func run(directories: [String]) {
        var texts: [String] = []
        for directory in directories {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
            texts += names.compactMap { try? String(contentsOfFile: "\(directory)/\($0)", encoding: .utf8) }
        }
        guard !texts.isEmpty else { return run() }
        let target = (Int(ProcessInfo.processInfo.environment["EXTRACT_MB"] ?? "") ?? 16) << 20
        var articles: [String] = []
        var total = 0
        while total < target {
            for text in texts { articles.append(text); total += text.utf8.count }
        }
        measure(articles, label: "extract (\(texts.count) local files)")
    }

    static func run() {
        // EXTRACT_MB and EXTRACT_RUNS shrink the run for profiling (valgrind runs ~50x slower).
        let environment = ProcessInfo.processInfo.environment
        let size = Int(environment["EXTRACT_MB"] ?? "") ?? 48
        let runs = Int(environment["EXTRACT_RUNS"] ?? "") ?? 3
        measure(Corpus.articles(totalBytes: size << 20), label: "extract", runs: runs)
    }

    static func measure(_ articles: [String], label: String, runs: Int = 3) {
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
        print("\(label): \(format(megabytes)) MB in \(articles.count) articles, \(dates) dates, \(claims) claims (\(periods) sentence ends)")
        print("\(label): analysis \(format(megabytes / analysis)) MB/s, byte scan \(format(megabytes / scan)) MB/s, "
              + "ratio \(format(scan / analysis, 3)) of scan speed; peak memory \(format(peakMemoryMB())) MB")
        print("\(label): dates alone \(format(megabytes / tagging)) MB/s")
    }
}
