import ClaimCore
import Foundation

/// The life of one external extractor over a run: started on first use, asked once per input (or once
/// for its own documents), ended when the run ends. After a failure it is not started again: the inputs
/// it would have read are reported as not read, and the other extractors go on.
///
/// Calls come one at a time from the extraction pipeline; the lock only makes that safe to share.
final class PluginSession: @unchecked Sendable {
    let name: String
    let command: [String]
    let limits: ExecExtractor.Limits
    let isSource: Bool
    private let forwardError: @Sendable (String) -> Void
    private let lock = NSLock()

    private enum State {
        case notStarted
        case running(PluginProcess)
        case failed
    }
    private var state = State.notStarted
    private var hello: PluginHello?
    private var runDeadline = ContinuousClock.now
    private var requests = 0
    private var lineNumber = 0
    static let minimumStartupSeconds = 10.0

    init(name: String, command: [String], limits: ExecExtractor.Limits, isSource: Bool, forwardError: @escaping @Sendable (String) -> Void) {
        self.name = name
        self.command = command
        self.limits = limits
        self.isSource = isSource
        self.forwardError = forwardError
    }

    // MARK: The requests

    func handshake() -> Result<PluginHello, Diagnostic> {
        lock.withLock {
            switch running() {
            case .success: .success(hello!)
            case .failure(let problem): .failure(problem)
            }
        }
    }

    func extract(_ input: InputFile, published: CalendarDay?) -> ExtractionResult {
        lock.withLock {
            let process: PluginProcess
            switch running() {
            case .success(let started): process = started
            case .failure(let problem): return ExtractionResult(problems: [problem.about(input.path)])
            }
            let text = try? input.decodedText().get().text
            let id = nextID()
            process.send(PluginRecords.extract(id: id, path: input.path, text: text, published: published))
            let reader = DocumentReader(inputPath: input.path, pluginName: name, publishedOverride: published)
            var documents: [Any] = []
            var outcome = ExtractionResult()
            let failure = exchange(process, id: id, when: "while reading this input", scope: "reading this input") { answer in
                switch answer {
                case .documents(let part, let more):
                    documents += part
                    guard !more else { return true }
                    do throws(ProtocolViolation) {
                        outcome = try reader.read(documents)
                    } catch {
                        outcome.problems = [ExecMessage.brokeProtocol(name, reason: error.reason).diagnostic]
                    }
                case .error(let message):
                    outcome.problems = [ExecMessage.reported(name, message: message).diagnostic]
                }
                return false
            }
            if let failure { outcome = ExtractionResult(problems: [failure]) }
            outcome.problems = outcome.problems.map { $0.owner == nil ? $0.about(input.path) : $0 }
            return outcome
        }
    }

    func collect(published: CalendarDay?, deliver: (ExtractionResult) -> Void) -> [Diagnostic] {
        lock.withLock {
            let process: PluginProcess
            switch running() {
            case .success(let started): process = started
            case .failure(let problem): return [problem]
            }
            let id = nextID()
            process.send(PluginRecords.collect(id: id, published: published))
            let reader = DocumentReader(inputPath: nil, pluginName: name, publishedOverride: published)
            var problems: [Diagnostic] = []
            let failure = exchange(process, id: id, when: "while collecting its documents", scope: "for one answer", eachAnswerApart: true) { answer in
                switch answer {
                case .documents(let part, let more):
                    do throws(ProtocolViolation) {
                        deliver(try reader.read(part))
                    } catch {
                        problems.append(ExecMessage.brokeProtocol(name, reason: error.reason).diagnostic)
                    }
                    return more
                case .error(let message):
                    problems.append(ExecMessage.reported(name, message: message).diagnostic)
                    return false
                }
            }
            return problems + (failure.map { [$0] } ?? [])
        }
    }

    /// Ends the program at the end of the run: its input is closed, and it has until its timeout to exit.
    /// A later run (a long-lived caller's) starts it again.
    func finish() -> [Diagnostic] {
        lock.withLock {
            // The next run starts it afresh, also after a failure in this one.
            defer { state = .notStarted }
            guard case .running(let process) = state else { return [] }
            process.closeInput()
            let deadline = min(ContinuousClock.now + .seconds(limits.timeoutSeconds), runDeadline)
            defer { process.stop() }
            guard process.waitForExit(until: deadline) else {
                return [ExecMessage.timedOut(name, seconds: limits.timeoutSeconds, scope: "exiting at the end of the run").diagnostic]
            }
            return endedBadly(process, when: "at the end of the run").map { [$0] } ?? []
        }
    }

    // MARK: The exchange

    private enum Answer {
        case documents([Any], more: Bool)
        case error(String)
    }

    private func nextID() -> String {
        requests += 1
        return String(requests)
    }

    /// The running program, started (with its handshake) if it was not yet; or why there is none.
    private func running() -> Result<PluginProcess, Diagnostic> {
        switch state {
        case .running(let process): return .success(process)
        case .failed: return .failure(ExecMessage.stoppedEarlier(name).diagnostic)
        case .notStarted: break
        }
        runDeadline = ContinuousClock.now + .seconds(limits.runTimeoutSeconds)
        let process: PluginProcess
        do {
            process = try PluginProcess.start(command, forwardError: forwardError)
        } catch {
            state = .failed
            guard case .system(let reason) = error else { fatalError() }
            return .failure(ExecMessage.couldNotStart(name, command: ExecExtractor.commandLine(command), reason: reason).diagnostic)
        }
        state = .running(process)
        process.send(PluginRecords.hello(name: name))
        // Starting may take longer than one input (an interpreter, a model to load): at least ten seconds.
        let startup = max(limits.timeoutSeconds, Self.minimumStartupSeconds)
        switch nextRecord(process, when: "during the handshake", scope: "answering the handshake", seconds: startup,
                          deadline: ContinuousClock.now + .seconds(startup)) {
        case .failure(let problem):
            return .failure(problem)
        case .success(.hello(let answer)):
            do throws(ProtocolViolation) {
                try answer.checkVersion()
            } catch {
                return .failure(fail(process, ExecMessage.brokeProtocol(name, reason: error.reason)))
            }
            let (capability, needed) = isSource ? ("source", "an entry without 'extensions'") : ("files", "'extensions'")
            guard answer.capabilities.contains(capability) else {
                return .failure(fail(process, ExecMessage.missingCapability(name, capability: capability, needed: needed)))
            }
            hello = answer
            return .success(process)
        case .success:
            return .failure(fail(process, ExecMessage.brokeProtocol(name, reason: "its first record is not its 'hello'")))
        }
    }

    /// Reads the answers to request `id`, handing each to `handle`, which says whether more are to come.
    /// The time limit and the output cap hold for all the answers together, or, `eachAnswerApart`, for
    /// each (a source's answers are its documents, each complete in itself). Returns the failure that ended the program, if one did.
    private func exchange(_ process: PluginProcess, id: String, when: String, scope: String, eachAnswerApart: Bool = false,
                          handle: (Answer) -> Bool) -> Diagnostic? {
        var outputBytes = 0
        var expectMore = true
        var deadline = ContinuousClock.now + .seconds(limits.timeoutSeconds)
        while expectMore {
            if eachAnswerApart { deadline = ContinuousClock.now + .seconds(limits.timeoutSeconds) }
            let record: PluginRecord
            switch nextRecord(process, when: when, scope: scope, deadline: deadline, used: &outputBytes) {
            case .failure(let problem): return problem
            case .success(let read): record = read
            }
            switch record {
            case .hello:
                return fail(process, ExecMessage.brokeProtocol(name, reason: "it sent a second 'hello'"))
            case .result(let answered, _, _), .error(let answered, _):
                guard answered == id else {
                    return fail(process, ExecMessage.brokeProtocol(name, reason: "it answered request '\(answered)' while request '\(id)' was asked"))
                }
            }
            switch record {
            case .hello: break
            case .result(_, let documents, let more): expectMore = handle(.documents(documents, more: more))
            case .error(_, let message): expectMore = handle(.error(message))
            }
            if eachAnswerApart { outputBytes = 0 }
        }
        return nil
    }

    private func nextRecord(_ process: PluginProcess, when: String, scope: String, seconds: Double,
                            deadline: ContinuousClock.Instant) -> Result<PluginRecord, Diagnostic> {
        var used = 0
        return nextRecord(process, when: when, scope: scope, seconds: seconds, deadline: deadline, used: &used)
    }

    /// The next record, within the earlier of `deadline` and the run's, and within the output cap
    /// (`used` counts what this answer has written so far).
    private func nextRecord(_ process: PluginProcess, when: String, scope: String, seconds: Double? = nil,
                            deadline: ContinuousClock.Instant, used: inout Int) -> Result<PluginRecord, Diagnostic> {
        let runsOut = runDeadline < deadline
        switch process.nextLine(deadline: min(deadline, runDeadline), limit: limits.maxOutputBytes - used) {
        case .line(let line):
            used += line.count + 1
            lineNumber += 1
            guard used <= limits.maxOutputBytes else { return .failure(tooMuchOutput(process)) }
            do {
                return .success(try PluginRecord.read(line, lineNumber: lineNumber))
            } catch {
                return .failure(fail(process, ExecMessage.brokeProtocol(name, reason: error.reason)))
            }
        case .tooLong:
            return .failure(tooMuchOutput(process))
        case .timedOut:
            let (seconds, scopeText) = runsOut ? (limits.runTimeoutSeconds, "for the whole run") : (seconds ?? limits.timeoutSeconds, scope)
            return .failure(fail(process, ExecMessage.timedOut(name, seconds: seconds, scope: scopeText)))
        case .ended:
            _ = process.waitForExit(until: min(ContinuousClock.now + .seconds(1), runDeadline))
            let problem = endedBadly(process, when: when)
                ?? ExecMessage.brokeProtocol(name, reason: "it exited \(when) without answering").diagnostic
            return .failure(fail(process, problem))
        }
    }

    private func tooMuchOutput(_ process: PluginProcess) -> Diagnostic {
        fail(process, ExecMessage.brokeProtocol(name, reason: "it wrote more than \(limits.maxOutputBytes) bytes for one answer (max_output_bytes)"))
    }

    /// Stops the program for good and returns `message` as a diagnostic.
    private func fail(_ process: PluginProcess, _ message: ExecMessage) -> Diagnostic {
        fail(process, message.diagnostic)
    }

    private func fail(_ process: PluginProcess, _ problem: Diagnostic) -> Diagnostic {
        process.stop()
        state = .failed
        return problem
    }

    /// A non-zero exit or a signal, once the program has ended; nil for a clean exit or while it runs.
    private func endedBadly(_ process: PluginProcess, when: String) -> Diagnostic? {
        guard let end = process.exitDescription else { return nil }
        if end.exited { return end.code == 0 ? nil : ExecMessage.exited(name, status: end.code, when: when).diagnostic }
        return ExecMessage.killed(name, signal: end.code, when: when).diagnostic
    }
}
