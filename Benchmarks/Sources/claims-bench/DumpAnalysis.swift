import ClaimCore
import ClaimRunner
import ClaimText
import Foundation

/// Prints every date and claim the analyzer finds, one field set per line, so that two builds can be
/// compared byte for byte: `claims-bench dump [DIR...]` analyses the generated corpus and each
/// DIR's `*.txt` files (publication date from a sibling `*.json` with a "published" key).
/// Optimizations of the finder must leave this output unchanged.
enum DumpAnalysis {
    static func run(directories: [String]) {
        let analyzer = TextAnalyzer()
        let published = CalendarDay("2021-12-28")!
        var output = ""
        for (number, article) in (Corpus.articles(totalBytes: 2 << 20) + Corpus.variedArticles(totalBytes: 2 << 20)).enumerated() {
            dump("corpus \(number)", analyzer.analyze(article, published: published), into: &output)
            flush(&output)
        }
        for directory in directories {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
            for name in names {
                guard let text = try? String(contentsOfFile: "\(directory)/\(name)", encoding: .utf8) else { continue }
                dump(name, analyzer.analyze(text, published: publicationDate(directory, String(name.dropLast(4)))), into: &output)
                flush(&output)
            }
        }
        flush(&output)
    }

    private static func publicationDate(_ directory: String, _ stem: String) -> CalendarDay? {
        for suffix in [".gold.json", ".events.json", ".json"] {
            guard let data = FileManager.default.contents(atPath: "\(directory)/\(stem)\(suffix)"),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let published = object["published"] as? String else { continue }
            return CalendarDay(String(published.prefix(10)))
        }
        return nil
    }

    private static func dump(_ name: String, _ analysis: DocumentAnalysis, into output: inout String) {
        output += "# \(name)\n"
        for date in analysis.dates {
            output += "D \(date.start) \(date.end) \(date.type.rawValue) \(date.value) \(date.modifier?.rawValue ?? "-") \(date.text)\n"
        }
        for claim in analysis.claims {
            let date = claim.dateExpression.map { "\($0.start)-\($0.end) \($0.value)" } ?? "-"
            output += "C \(claim.sentence) [\(claim.statement)] date=\(claim.eventDate ?? "-") (\(date)) kind=\(claim.kind ?? "-") "
                + "participants=\(claim.participants) place=\(claim.place ?? "-") said_by=\(claim.saidBy ?? "-") "
                + "status=\(claim.status) cue=[\(claim.cue)] quote=[\(claim.quote)]\n"
        }
    }

    private static func flush(_ output: inout String) {
        guard output.utf8.count > 1 << 16 else { return }
        FileHandle.standardOutput.write(output.data(using: .utf8)!)
        output = ""
    }
}
