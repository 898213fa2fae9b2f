import Foundation

/// `claims-bench corpus DIR [MB]`: writes the generated articles (`Corpus.articles`, about MB megabytes,
/// 100 by default) as `a1.txt`, `a2.txt` … into DIR, so that `claims extract` can be timed end to end on
/// the same text as the in-process benchmark:
///
///     swift run -c release --package-path Benchmarks claims-bench corpus /dev/shm/speed-corpus 100
///     taskset -c 0 .build/release/claims extract --format jsonl --published 2021-12-28 /dev/shm/speed-corpus > /dev/null
///
/// Put DIR on a tmpfs: writing tens of thousands of small files to this disk costs more than reading them.
enum WriteCorpus {
    static func run(arguments: [String]) throws {
        guard let directory = arguments.first else {
            print("usage: claims-bench corpus DIR [MB]")
            return
        }
        let megabytes = arguments.dropFirst().first.flatMap { Int($0) } ?? 100
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let articles = Corpus.articles(totalBytes: megabytes << 20)
        var bytes = 0
        for (number, article) in articles.enumerated() {
            try Data(article.utf8).write(to: URL(fileURLWithPath: "\(directory)/a\(number + 1).txt"))
            bytes += article.utf8.count
        }
        print("corpus: \(articles.count) articles, \(bytes) bytes in \(directory)")
    }
}
