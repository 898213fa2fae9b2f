import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A throwaway PostgreSQL server for tests: `initdb` and `pg_ctl` on a Unix socket in a temporary
/// directory, started once per test process and stopped when it exits.
///
/// `initdb` refuses to run as root, and CI runs as root, so there the server runs as the
/// `postgres` user (through `runuser`) in a directory that user owns.
public final class PostgresTestServer: Sendable {
    public let directory: String
    private let binaries: String

    /// A connection URI for the server's `postgres` database.
    public var url: String { "postgresql:///postgres?host=\(directory)&user=postgres" }

    /// The server of this test process, started on first use.
    public static func shared() throws -> PostgresTestServer { try started.get() }

    /// A schema name no other test uses, so tests running in parallel never see each other's claims.
    public static func freshSchema(_ label: String) -> String {
        let suffix = UUID().uuidString.prefix(8).lowercased()
        return "t_\(label)_\(suffix)".replacingOccurrences(of: "-", with: "_")
    }

    private static let started: Result<PostgresTestServer, Error> = Result {
        let server = try PostgresTestServer()
        running = server
        atexit { PostgresTestServer.running?.stop() }
        return server
    }
    nonisolated(unsafe) private static var running: PostgresTestServer?

    private init() throws {
        guard let binaries = Self.findBinaries() else {
            throw ServerError("PostgreSQL server programs not found in /usr/lib/postgresql/*/bin: install Debian's 'postgresql' (bash .ci/run does)")
        }
        self.binaries = binaries
        Self.stopAbandonedServers()
        var template = Array("/tmp/claims-pg-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw ServerError("could not create a temporary directory") }
        directory = String(cString: made)
        try "\(getpid())\n".write(toFile: "\(directory)/owner.pid", atomically: false, encoding: .utf8)
        if geteuid() == 0 {
            try Self.run("/bin/chown", ["postgres:postgres", directory])
        }
        try runAsServerUser("\(binaries)/initdb", ["-D", "\(directory)/data", "-U", "postgres", "-A", "trust", "-E", "UTF8",
                                                   "--locale=C", "--no-sync"])
        do {
            // The server pg_ctl starts would hold a pipe open for ever: its output goes to server.log.
            try runAsServerUser("\(binaries)/pg_ctl", [
                "-D", "\(directory)/data", "-l", "\(directory)/server.log", "-w", "-t", "60",
                "-o", "-k \(directory) -c listen_addresses='' -c fsync=off -c full_page_writes=off -c max_connections=60",
                "start",
            ], captureOutput: false)
        } catch {
            let log = (try? String(contentsOfFile: "\(directory)/server.log", encoding: .utf8)) ?? ""
            throw ServerError("\(error)\nserver.log:\n\(log)")
        }
    }

    /// An immediate shutdown by signal (SIGQUIT to the postmaster), so stopping needs no child
    /// process at exit; then the folder goes.
    public func stop() {
        Self.stopServer(in: directory)
    }

    private static func stopServer(in directory: String) {
        if let text = try? String(contentsOfFile: "\(directory)/data/postmaster.pid", encoding: .utf8),
           let pid = text.split(separator: "\n").first.flatMap({ pid_t($0) }), pid > 0 {
            kill(pid, SIGQUIT)
            for _ in 0..<100 where kill(pid, 0) == 0 { usleep(20_000) }
        }
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Servers of earlier test processes that did not get to stop theirs (killed, or interrupted):
    /// each folder names its owner, and a folder whose owner is gone is stopped and removed.
    private static func stopAbandonedServers() {
        let root = "/tmp"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [] where name.hasPrefix("claims-pg-") {
            let directory = "\(root)/\(name)"
            guard let text = try? String(contentsOfFile: "\(directory)/owner.pid", encoding: .utf8),
                  let owner = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)), owner != getpid(),
                  kill(owner, 0) != 0, errno == ESRCH
            else { continue }
            stopServer(in: directory)
        }
    }

    private func runAsServerUser(_ program: String, _ arguments: [String], captureOutput: Bool = true) throws {
        if geteuid() == 0 {
            try Self.run("/usr/sbin/runuser", ["-u", "postgres", "--", program] + arguments, captureOutput: captureOutput)
        } else {
            try Self.run(program, arguments, captureOutput: captureOutput)
        }
    }

    private static func findBinaries() -> String? {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted { Int($0) ?? 0 > Int($1) ?? 0 }
        return versions.map { "\(root)/\($0)/bin" }.first { FileManager.default.isExecutableFile(atPath: "\($0)/initdb") }
    }

    /// posix_spawn and waitpid rather than Foundation's Process, whose wait never returned when
    /// called from the lazy `started` initializer under the test runner. Output goes to a file:
    /// a pipe would stay open in the server that pg_ctl leaves running.
    private static func run(_ program: String, _ arguments: [String], captureOutput: Bool = true) throws {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("claims-pg-\(UUID().uuidString).out").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let target = captureOutput ? outputPath : "/dev/null"
        posix_spawn_file_actions_addopen(&actions, 1, target, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        guard spawned == 0 else { throw ServerError("could not start \(program): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        guard exitCode == 0 else {
            let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            throw ServerError("\(program) \(arguments.joined(separator: " ")) failed (\(exitCode)):\n\(text)")
        }
    }

    public struct ServerError: Error, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }
}
