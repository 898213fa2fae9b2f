import ClaimCore

/// Collects every problem found while reading a configuration, so the user sees them all at once
/// instead of fixing one per run.
final class ConfigurationDiagnostics {
    private(set) var issues: [Diagnostic] = []

    var hasErrors: Bool { issues.contains { $0.severity == .error } }

    func report(_ issue: Diagnostic) { issues.append(issue) }

    func report(_ more: [Diagnostic]) { issues += more }

    /// Runs `body`; a thrown issue is recorded and nil returned, so reading goes on with the next key.
    ///
    /// `body` is untyped `throws` only because closures don't infer typed throws yet; everything
    /// called inside throws `Diagnostic`.
    func check<T>(_ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch let issue as Diagnostic {
            issues.append(issue)
        } catch {
            issues.append(ConfigMessage.unexpected("\(error)").diagnostic)
        }
        return nil
    }

    /// The issues in file order (problems found in later passes, like cross-references, slot in
    /// where they were written).
    var sortedIssues: [Diagnostic] {
        issues.enumerated().sorted { a, b in
            let left = a.element.location.map { ($0.line, $0.column) } ?? (0, 0)
            let right = b.element.location.map { ($0.line, $0.column) } ?? (0, 0)
            return left != right ? left < right : a.offset < b.offset
        }.map(\.element)
    }
}

// Small checks shared by the sections of the configuration.
extension ConfigNode {
    /// The value under a key that must be present, or an error pointing at this mapping.
    func required(_ key: String, in path: String) throws(Diagnostic) -> ConfigNode {
        guard let value = self[key] else {
            throw ConfigMessage.missingKey(key, in: path).at(location)
        }
        return value
    }

    /// A string that must not be empty.
    func nonEmptyString(for path: String, expected: String = "a string") throws(Diagnostic) -> String {
        let text = try string(for: path)
        guard !text.isEmpty else { throw SettingMessage.expected(expected, for: path, found: "an empty string").at(location) }
        return text
    }

    /// A mapping node of this mapping's entries without `keys`: an extractor's or rule's own settings.
    func removingKeys(_ keys: Set<String>) -> ConfigNode {
        ConfigNode(.mapping((entries ?? []).filter { !keys.contains($0.key) }), at: location)
    }

    /// The text as written, for "found '…'" in messages about out-of-range values.
    var writtenText: String { scalarText ?? kindDescription }
}

/// Status, extractor and rule ids: lowercase ASCII words joined by single underscores.
func isSnakeCase(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard let first = bytes.first, first >= 0x61, first <= 0x7A, bytes.last != UInt8(ascii: "_") else { return false }
    var previousWasUnderscore = false
    for byte in bytes {
        let isUnderscore = byte == UInt8(ascii: "_")
        guard isUnderscore || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) else { return false }
        if isUnderscore && previousWasUnderscore { return false }
        previousWasUnderscore = isUnderscore
    }
    return true
}

/// "did you mean …?" when a known name is close, else the full list of known names.
func suggestionNotes(for name: String, among known: [String], listedAs listName: String) -> [String] {
    if let nearest = nearestName(to: name, in: known) { return ["did you mean '\(nearest)'?"] }
    return ["\(listName): \(known.map { "'\($0)'" }.joined(separator: ", "))"]
}
