import ClaimCore

/// Every message about external extractors, in one switch. Each names the extractor by its configured
/// name, so that a user with several can tell whose failure it is.
public enum ExecMessage: DiagnosticMessage, Equatable {
    case couldNotStart(String, command: String, reason: String)
    /// `scope` says which limit ran out: "reading this input", "answering the handshake", "for the whole run".
    case timedOut(String, seconds: Double, scope: String)
    case exited(String, status: Int32, when: String)
    case killed(String, signal: Int32, when: String)
    case brokeProtocol(String, reason: String)
    /// The program's own error record for one input.
    case reported(String, message: String)
    case stoppedEarlier(String)
    case missingName
    case missingCapability(String, capability: String, needed: String)
    case invalidSetting(String, expected: String, found: String)

    public var diagnostic: Diagnostic {
        switch self {
        case .couldNotStart(let name, let command, let reason):
            .error("extractor '\(name)' could not start '\(command)': \(reason)",
                   notes: ["check 'command' in config.yaml; a relative path is read from the current directory"])
        case .timedOut(let name, let seconds, let scope):
            .error("extractor '\(name)' timed out after \(Self.seconds(seconds)) \(scope); it was stopped, with its child processes")
        case .exited(let name, let status, let when):
            .error("extractor '\(name)' exited with status \(status) \(when)")
        case .killed(let name, let signal, let when):
            .error("extractor '\(name)' was killed by signal \(signal)\(Self.signalName(signal)) \(when)")
        case .brokeProtocol(let name, let reason):
            .error("extractor '\(name)' broke the plugin protocol: \(reason)", notes: ["docs/plugin-protocol.md describes what a plugin writes"])
        case .reported(let name, let message):
            .error("extractor '\(name)' could not read it: \(message)")
        case .stoppedEarlier(let name):
            .error("not read: extractor '\(name)' stopped earlier in this run")
        case .missingName:
            .error("an 'exec' extractor needs a 'name', by which its findings and messages are known")
        case .missingCapability(let name, let capability, let needed):
            .error("extractor '\(name)' does not announce '\(capability)', which \(needed) needs",
                   notes: ["its handshake lists the capabilities it has; see docs/plugin-protocol.md"])
        case .invalidSetting(let path, let expected, let found):
            .error("expected \(expected) for '\(path)', found \(found)")
        }
    }

    /// `2s`, `0.5s`.
    static func seconds(_ value: Double) -> String {
        value == value.rounded() && value < 1e9 ? "\(Int(value))s" : "\(value)s"
    }

    private static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE",
                                      9: "SIGKILL", 11: "SIGSEGV", 13: "SIGPIPE", 15: "SIGTERM"]
        return names[signal].map { " (\($0))" } ?? ""
    }
}
