import ClaimCore
import Foundation

/// An extractor in any language: a program that speaks the JSON Lines plugin protocol
/// (docs/plugin-protocol.md) on its stdin and stdout.
///
/// - The program is started once per run, when first needed, and answers a handshake with its protocol
///   version and capabilities; each input it is offered (by `extensions`) is one request and one answer.
///   Without `extensions` it is a source: asked once per run for documents of its own.
/// - Its documents come back in the shape `claims extract --format jsonl` writes; with `dates` and
///   `claims` they carry findings of their own, without them the built-in analysis reads their text.
/// - The host enforces `timeout_seconds` per input, `run_timeout_seconds` for the whole run and
///   `max_output_bytes` per answer; a program that runs over is killed with its whole process group.
///   Each kind of failure has its own message, naming the extractor; the run goes on without it.
/// - Its stderr is passed on line by line, each line prefixed with its name.
public struct ExecExtractor: NamedExtractor, SourceExtractor, RunScopedExtractor {
    public static let descriptor = PluginDescriptor(
        id: "exec",
        name: "External program",
        summary: "runs a program in any language that speaks the JSON Lines plugin protocol (docs/plugin-protocol.md)",
        settings: [
            SettingDescriptor("name", "required: the name its findings and messages go by"),
            SettingDescriptor("command", "required: the program and its arguments, e.g. [python3, tools/court_calendar.py]"),
            SettingDescriptor("extensions", "the file extensions it is offered; without them it is a source of its own documents"),
            SettingDescriptor("timeout_seconds", "how long it may take over one input (default 30)"),
            SettingDescriptor("run_timeout_seconds", "how long it may run in all (default 3600)"),
            SettingDescriptor("max_output_bytes", "the most it may write for one input (default 67108864)"),
        ],
        example: """
            - id: exec
              name: court_calendar
              command: [python3, tools/court_calendar.py]
              timeout_seconds: 30
              extensions: [ics]
            """)

    /// The limits a run holds the program to.
    public struct Limits: Sendable, Equatable {
        public var timeoutSeconds: Double = 30
        public var runTimeoutSeconds: Double = 3600
        public var maxOutputBytes: Int = 64 << 20
        public init() {}
    }

    public let name: String
    public let command: [String]
    /// The extensions of the inputs it is offered; nil for a source.
    public let extensions: Set<String>?
    public let limits: Limits
    private let session: PluginSession

    static let settingKeys = ["command", "extensions", "timeout_seconds", "run_timeout_seconds", "max_output_bytes"]

    public init(name: String?, settings: ConfigNode, at location: SourceLocation) throws(Diagnostic) {
        guard let name else { throw ExecMessage.missingName.at(location) }
        let values = try settings.extractorSettings(for: Self.descriptor.id, known: Self.settingKeys)
        guard let commandNode = values["command"] else {
            throw ExecMessage.invalidSetting("command", expected: "the program to run, e.g. [python3, tools/plugin.py]",
                                             found: "nothing").at(location)
        }
        let command = try commandNode.strings(for: "command")
        guard !command.isEmpty, command.allSatisfy({ !$0.isEmpty }) else {
            throw ExecMessage.invalidSetting("command", expected: "a non-empty list of non-empty strings", found: "'\(command)'").at(commandNode.location)
        }
        var limits = Limits()
        func positive(_ key: String) throws(Diagnostic) -> Double? {
            guard let node = values[key] else { return nil }
            let value = try node.double(for: key)
            guard value > 0 else { throw ExecMessage.invalidSetting(key, expected: "a number of seconds above 0", found: node.scalarText ?? "") .at(node.location) }
            return value
        }
        if let value = try positive("timeout_seconds") { limits.timeoutSeconds = value }
        if let value = try positive("run_timeout_seconds") { limits.runTimeoutSeconds = value }
        if let node = values["max_output_bytes"] {
            let value = try node.int(for: "max_output_bytes")
            guard value > 0 else { throw ExecMessage.invalidSetting("max_output_bytes", expected: "a number of bytes above 0", found: "\(value)").at(node.location) }
            limits.maxOutputBytes = value
        }
        self.name = name
        self.command = command
        self.extensions = try values["extensions"].map { node throws(Diagnostic) in try node.fileExtensions(for: "extensions") }
        self.limits = limits
        session = PluginSession(name: name, command: command, limits: limits, isSource: extensions == nil) { line in
            FileHandle.standardError.write(Data("\(name): \(line)\n".utf8))
        }
    }

    public var isSource: Bool { extensions == nil }

    public func canRead(_ input: InputFile) -> Bool {
        extensions?.contains(input.fileExtension) ?? false
    }

    public func extract(_ request: ExtractionRequest) async throws -> ExtractionResult {
        session.extract(request.input, published: request.publishedOverride)
    }

    public func collect(publishedOverride: CalendarDay?, deliver: (ExtractionResult) -> Void) async -> [Diagnostic] {
        session.collect(published: publishedOverride, deliver: deliver)
    }

    public func finishRun() async -> [Diagnostic] {
        session.finish()
    }

    /// Starts the program, waits for its handshake and ends it: what `claims plugins --check` asks.
    public func check() async -> Result<PluginHello, Diagnostic> {
        let hello = session.handshake()
        let problems = session.finish()
        if case .success = hello, let problem = problems.first { return .failure(problem) }
        return hello
    }

    /// The command as a user would type it, for listings and messages.
    public var commandLine: String { Self.commandLine(command) }

    static func commandLine(_ command: [String]) -> String {
        command.map { $0.contains(" ") || $0.isEmpty ? "'\($0)'" : $0 }.joined(separator: " ")
    }

    /// The protocol version this build speaks.
    public static var protocolVersion: String { PluginRecords.version }
}
