import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One running external extractor: its process, in a process group of its own so that stopping it stops
/// its children too, and the three streams the host speaks to it through.
///
/// Everything here is blocking and single-threaded: `poll(2)` waits on the program's stdout and stderr
/// (and its stdin while a request is still being written) until a line is complete or a deadline passes,
/// so a program that writes a lot to stderr while reading a long request cannot deadlock with the host.
/// Its stdin is one end of a socket pair, written with `MSG_NOSIGNAL`: a program that closed its input
/// gives an error, not a `SIGPIPE` that would end the host.
final class PluginProcess {
    let pid: pid_t
    private var input: Int32
    private var output: Int32
    private var errors: Int32
    /// Request bytes not yet taken by the program.
    private var pendingInput: [UInt8] = []
    private var outputBuffer: [UInt8] = []
    /// How far `outputBuffer` has been searched for a line break.
    private var scanned = 0
    private var errorBuffer: [UInt8] = []
    /// The raw `waitpid` status, once the program has been reaped.
    private(set) var waitStatus: Int32?
    /// Called with each line the program writes to stderr.
    private let forwardError: (String) -> Void

    enum StartFailure: Error {
        case system(String)
    }

    /// What waiting for the program's next line of output came to.
    enum LineEvent {
        case line([UInt8])
        case timedOut
        /// It closed its stdout (usually by exiting) before ending a line.
        case ended
        /// The line grew past the limit without ending.
        case tooLong
    }

    private init(pid: pid_t, input: Int32, output: Int32, errors: Int32, forwardError: @escaping (String) -> Void) {
        self.pid = pid
        self.input = input
        self.output = output
        self.errors = errors
        self.forwardError = forwardError
    }

    deinit { stop() }

    /// Starts `command` (looked up on `PATH` when it has no slash) with the host's environment and
    /// working directory.
    static func start(_ command: [String], forwardError: @escaping (String) -> Void) throws(StartFailure) -> PluginProcess {
        var inputPair: [Int32] = [-1, -1]
        var outputPipe: [Int32] = [-1, -1]
        var errorPipe: [Int32] = [-1, -1]
        func closeAll() { for fd in inputPair + outputPipe + errorPipe where fd >= 0 { close(fd) } }
        let socketType = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        guard socketpair(AF_UNIX, socketType, 0, &inputPair) == 0,
              pipe(&outputPipe) == 0, pipe(&errorPipe) == 0 else {
            let reason = String(cString: strerror(errno))
            closeAll()
            throw .system(reason)
        }
        // The host's ends must not leak into this program, nor into another plugin started later.
        for fd in [outputPipe[0], outputPipe[1], errorPipe[0], errorPipe[1]] { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inputPair[1], 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A group of its own (so a timeout stops its children too), default signal handling and an
        // empty signal mask, whatever the host set for itself.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)

        let arguments: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { for argument in arguments { free(argument) } }
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, arguments[0]!, &actions, &attributes, arguments, environ)
        close(inputPair[1]); close(outputPipe[1]); close(errorPipe[1])
        guard result == 0 else {
            close(inputPair[0]); close(outputPipe[0]); close(errorPipe[0])
            throw .system(String(cString: strerror(result)))
        }
        for fd in [inputPair[0], outputPipe[0], errorPipe[0]] {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        return PluginProcess(pid: pid, input: inputPair[0], output: outputPipe[0], errors: errorPipe[0], forwardError: forwardError)
    }

    /// Queues a request line; it is written while the next line is awaited.
    func send(_ line: [UInt8]) {
        guard input >= 0 else { return }
        pendingInput += line
        pendingInput.append(0x0A)
    }

    /// The next line the program writes to stdout (without its line break), writing queued requests
    /// and forwarding stderr meanwhile.
    func nextLine(deadline: ContinuousClock.Instant, limit: Int) -> LineEvent {
        while true {
            if let newline = outputBuffer[scanned...].firstIndex(of: 0x0A) {
                let line = Array(outputBuffer[..<newline])
                outputBuffer.removeSubrange(...newline)
                scanned = 0
                return .line(line)
            }
            scanned = outputBuffer.count
            if outputBuffer.count > limit { return .tooLong }
            if output < 0 { return .ended }
            let now = ContinuousClock.now
            guard now < deadline else { return .timedOut }
            wait(until: deadline, now: now, readingOutput: true)
        }
    }

    /// Polls once (at most until `deadline`) and moves whatever is ready.
    private func wait(until deadline: ContinuousClock.Instant, now: ContinuousClock.Instant, readingOutput: Bool) {
        var descriptors: [pollfd] = []
        if readingOutput, output >= 0 { descriptors.append(pollfd(fd: output, events: Int16(POLLIN), revents: 0)) }
        if errors >= 0 { descriptors.append(pollfd(fd: errors, events: Int16(POLLIN), revents: 0)) }
        if input >= 0, !pendingInput.isEmpty { descriptors.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0)) }
        let remaining = deadline - now
        let milliseconds = max(1, min(Int(remaining.components.seconds) * 1000 + Int(remaining.components.attoseconds / 1_000_000_000_000_000) + 1, 60_000))
        guard !descriptors.isEmpty else {
            usleep(UInt32(min(milliseconds, 10)) * 1000)
            return
        }
        let ready = poll(&descriptors, nfds_t(descriptors.count), Int32(milliseconds))
        guard ready > 0 else { return }
        for descriptor in descriptors where descriptor.revents != 0 {
            if descriptor.fd == output { readOutput() }
            else if descriptor.fd == errors { readErrors() }
            else if descriptor.fd == input { writeInput() }
        }
    }

    private func readOutput() {
        switch readChunk(from: output) {
        case .some(let bytes): outputBuffer += bytes
        case .none:
            close(output)
            output = -1
        }
    }

    private func readErrors() {
        switch readChunk(from: errors) {
        case .some(let bytes):
            errorBuffer += bytes
            while let newline = errorBuffer.firstIndex(of: 0x0A) {
                forwardError(String(decoding: errorBuffer[..<newline], as: UTF8.self))
                errorBuffer.removeSubrange(...newline)
            }
            if errorBuffer.count > 1 << 16 {  // a very long line is passed on in pieces
                forwardError(String(decoding: errorBuffer, as: UTF8.self))
                errorBuffer.removeAll()
            }
        case .none:
            if !errorBuffer.isEmpty { forwardError(String(decoding: errorBuffer, as: UTF8.self)) }
            errorBuffer.removeAll()
            close(errors)
            errors = -1
        }
    }

    /// Bytes read, `[]` when none are ready yet, nil at the end of the stream (or on an error).
    private func readChunk(from fd: Int32) -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if count > 0 { return Array(chunk[..<count]) }
        if count < 0 && (errno == EAGAIN || errno == EINTR) { return [] }
        return nil
    }

    private func writeInput() {
        let written = pendingInput.withUnsafeBytes { Glibc.send(input, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT)) }
        if written > 0 {
            pendingInput.removeFirst(written)
        } else if written < 0, errno != EAGAIN, errno != EINTR {
            pendingInput.removeAll()  // it closed its input; its stdout says the rest
            closeInput()
        }
    }

    /// Ends the program's input, its sign that the run is over.
    func closeInput() {
        guard input >= 0 else { return }
        close(input)
        input = -1
    }

    /// Waits for the program to exit until `deadline`, still forwarding its stderr; true when it did.
    func waitForExit(until deadline: ContinuousClock.Instant) -> Bool {
        while waitStatus == nil {
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { waitStatus = status; break }
            if result < 0, errno != EINTR { waitStatus = 0; break }
            let now = ContinuousClock.now
            guard now < deadline else { return false }
            // Output after the last answer is not read, but it must not fill the pipe and block the exit.
            if output >= 0 { readOutput(); outputBuffer.removeAll(); scanned = 0 }
            wait(until: min(deadline, now + .milliseconds(10)), now: now, readingOutput: false)
        }
        drainErrors()
        return true
    }

    /// Passes on what is left on stderr without waiting for more.
    private func drainErrors() {
        while errors >= 0 {
            var descriptor = pollfd(fd: errors, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 0) > 0 else { break }
            readErrors()
        }
    }

    /// Kills the program and every process of its group, and reaps it.
    func stop() {
        if waitStatus == nil {
            kill(-pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            waitStatus = status
        } else {
            kill(-pid, SIGKILL)  // children it left behind
        }
        drainErrors()
        closeInput()
        for fd in [output, errors] where fd >= 0 { close(fd) }
        output = -1
        errors = -1
    }

    /// How it ended, for messages: "exited with status 3", "was killed by signal 11 (SIGSEGV)"; nil while running.
    var exitDescription: (exited: Bool, code: Int32)? {
        guard let status = waitStatus else { return nil }
        let signal = status & 0x7f
        if signal == 0 { return (true, (status >> 8) & 0xff) }
        return (false, signal)
    }
}
