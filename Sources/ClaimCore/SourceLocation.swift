/// A place in a text file, counted from one, as people and editors count.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the prefix every located diagnostic starts with.
    public var description: String { "\(file):\(line):\(column)" }
}
