import ClaimCore

extension Configuration {
    /// `ratings:`: what a fact-checker's rating of a claim says about the event, for `claims import`.
    public struct Ratings: Hashable, Sendable {
        /// A rating in words, folded (see `fold`), and what it asserts.
        public var text: [String: RatingOutcome]
        /// Numeric ratings by threshold, highest first: the first whose `atLeast` a rating reaches decides.
        public var numeric: [NumericRating]

        public init(text: [String: RatingOutcome] = [:], numeric: [NumericRating] = []) {
            self.text = text
            self.numeric = numeric.sorted { $0.atLeast > $1.atLeast }
        }

        /// What a rating in words asserts, nil when the map does not know it.
        public func outcome(forText rating: String) -> RatingOutcome? {
            text[Self.fold(rating)]
        }

        /// What a numeric rating (0 worst … 1 best) asserts, nil when no threshold is reached.
        public func outcome(forFraction value: Double) -> RatingOutcome? {
            numeric.first { value >= $0.atLeast }?.outcome
        }

        /// Ratings are matched ignoring case, accents' absence aside, and the punctuation and spacing
        /// fact-checkers vary ("Half-True", "half true", "HALF TRUE").
        public static func fold(_ rating: String) -> String {
            let lowered = rating.lowercased()
            var words: [Substring] = []
            for word in lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) { words.append(word) }
            return words.joined(separator: " ")
        }
    }

    public enum RatingOutcome: Hashable, Sendable {
        /// The review asserts this status of the event.
        case status(StatusID)
        /// The review is evidence, but asserts no status (it rates how the claim was put: satire, missing context).
        case noStatus
    }

    public struct NumericRating: Hashable, Sendable {
        public var atLeast: Double
        public var outcome: RatingOutcome

        public init(atLeast: Double, outcome: RatingOutcome) {
            self.atLeast = atLeast
            self.outcome = outcome
        }
    }
}

// `ratings:`
extension ConfigurationReader {
    /// The word that maps a rating to no status.
    static let noStatusKey = "none"

    func readRatings(_ node: ConfigNode, vocabulary: StatusVocabulary) -> Configuration.Ratings? {
        let path = ConfigurationKey.ratings.rawValue
        let settings = section(node, path, keys: ["text", "numeric"])
        guard !node.isNull else { return nil }
        var ratings = Configuration.Ratings()
        if let textNode = settings["text"] {
            ratings.text = readTextRatings(textNode, path: "\(path).text", vocabulary: vocabulary)
        }
        if let numericNode = settings["numeric"] {
            ratings = Configuration.Ratings(text: ratings.text, numeric: readNumericRatings(numericNode, path: "\(path).numeric", vocabulary: vocabulary))
        }
        return ratings
    }

    private func readTextRatings(_ node: ConfigNode, path: String, vocabulary: StatusVocabulary) -> [String: Configuration.RatingOutcome] {
        guard let entries = diagnostics.check({ try node.mapping(for: path) }) else { return [:] }
        var map: [String: Configuration.RatingOutcome] = [:]
        var firstSeen: [String: String] = [:]
        for entry in entries {
            guard let outcome = outcome(named: entry.key, path: path, at: entry.keyLocation, vocabulary: vocabulary) else { continue }
            let listPath = "\(path).\(entry.key)"
            let elements = diagnostics.check { try entry.value.list(for: listPath) } ?? []
            for (index, element) in elements.enumerated() {
                guard let rating = diagnostics.check({ try element.nonEmptyString(for: "\(listPath)[\(index)]", expected: "a rating") }) else { continue }
                let key = Configuration.Ratings.fold(rating)
                if let earlier = firstSeen[key], earlier != entry.key {
                    diagnostics.report(ConfigMessage.ratingListedTwice(rating, first: earlier, again: entry.key).at(element.location))
                    continue
                }
                firstSeen[key] = entry.key
                map[key] = outcome
            }
        }
        return map
    }

    private func readNumericRatings(_ node: ConfigNode, path: String, vocabulary: StatusVocabulary) -> [Configuration.NumericRating] {
        let elements = diagnostics.check { try node.list(for: path) } ?? []
        return elements.enumerated().compactMap { index, element in
            let elementPath = "\(path)[\(index)]"
            let settings = section(element, elementPath, keys: ["at_least", "status"])
            let threshold = diagnostics.check { try settings.required("at_least", in: elementPath) }.flatMap { fraction($0, "\(elementPath).at_least") }
            let statusNode = diagnostics.check { try settings.required("status", in: elementPath) }
            let name = statusNode.flatMap { node in diagnostics.check { try node.nonEmptyString(for: "\(elementPath).status", expected: "a status id or 'none'") } }
            guard let threshold, let name, let statusNode,
                  let outcome = outcome(named: name, path: "\(elementPath).status", at: statusNode.location, vocabulary: vocabulary) else { return nil }
            return Configuration.NumericRating(atLeast: threshold, outcome: outcome)
        }
    }

    private func outcome(named name: String, path: String, at location: SourceLocation, vocabulary: StatusVocabulary) -> Configuration.RatingOutcome? {
        if name == Self.noStatusKey { return .noStatus }
        let known = vocabulary.ids.map(\.rawValue)
        guard known.contains(name) else {
            diagnostics.report(ConfigMessage.unknownStatus(name, in: path, known: known + [Self.noStatusKey]).at(location))
            return nil
        }
        return .status(StatusID(name))
    }
}
