import CLibPQ
#if canImport(Glibc)
import Glibc
#endif

/// Why a database call failed: libpq's or the server's message, and the SQLSTATE code when the
/// server sent one (`23505` unique violation, `40001` serialization failure …).
public struct PostgresError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var sqlState: String?

    public var description: String { message }

    static let uniqueViolation = "23505"
}

/// Rows of a query in text format; a NULL is nil.
struct PostgresRows {
    var rows: [[String?]]

    var count: Int { rows.count }
    subscript(row: Int, column: Int) -> String? { rows[row][column] }
}

/// One libpq connection. Not shared between threads: a store opens its own.
///
/// Parameters always travel separately from the SQL text (`PQexecParams`), so no value is ever
/// spliced into a statement.
final class PostgresConnection {
    private let handle: OpaquePointer

    /// `url` is a libpq connection URI; libpq finds the password in PGPASSWORD or ~/.pgpass.
    init(url: String) throws(PostgresError) {
        guard let connecting = PQconnectdb(url) else {
            throw PostgresError(message: "could not allocate a database connection", sqlState: nil)
        }
        // Checked before `handle` is set: once it is, a throw would run deinit and free it twice.
        guard PQstatus(connecting) == CONNECTION_OK else {
            let message = Self.trimmed(PQerrorMessage(connecting))
            PQfinish(connecting)
            throw PostgresError(message: message, sqlState: nil)
        }
        handle = connecting
        // Notices ("relation already exists, skipping") are not for the user of a command-line tool.
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
    }

    deinit { PQfinish(handle) }

    var isAlive: Bool { PQstatus(handle) == CONNECTION_OK }

    @discardableResult
    func execute(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> PostgresRows {
        let result = withCStrings(parameters) { values in
            PQexecParams(handle, sql, Int32(parameters.count), nil, values, nil, nil, 0)
        }
        guard let result else {
            throw PostgresError(message: Self.trimmed(PQerrorMessage(handle)), sqlState: nil)
        }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK:
            break
        default:
            let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
            throw PostgresError(message: Self.trimmed(PQresultErrorMessage(result)), sqlState: state)
        }
        let rowCount = Int(PQntuples(result)), columnCount = Int(PQnfields(result))
        var rows: [[String?]] = []
        rows.reserveCapacity(rowCount)
        for row in 0..<Int32(rowCount) {
            var values: [String?] = []
            values.reserveCapacity(columnCount)
            for column in 0..<Int32(columnCount) {
                if PQgetisnull(result, row, column) == 1 {
                    values.append(nil)
                } else {
                    values.append(String(cString: PQgetvalue(result, row, column)))
                }
            }
            rows.append(values)
        }
        return PostgresRows(rows: rows)
    }

    /// Runs several statements without parameters (a migration script).
    func executeScript(_ sql: String) throws(PostgresError) {
        guard let result = PQexec(handle, sql) else {
            throw PostgresError(message: Self.trimmed(PQerrorMessage(handle)), sqlState: nil)
        }
        defer { PQclear(result) }
        let status = PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
            throw PostgresError(message: Self.trimmed(PQresultErrorMessage(result)), sqlState: state)
        }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
    }

    private static func trimmed(_ message: UnsafePointer<CChar>?) -> String {
        guard let message else { return "unknown database error" }
        let text = String(cString: message)
        let trimmed = text.split(separator: "\n").first.map(String.init) ?? text
        return trimmed.hasPrefix("ERROR:  ") ? String(trimmed.dropFirst(8)) : trimmed
    }
}

/// Passes Swift strings to C as a `const char *const *`, NULL for nil, valid only inside `body`.
private func withCStrings<R>(_ strings: [String?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { $0.map { strdup($0) } ?? nil }
    defer { for pointer in pointers { free(pointer) } }
    return pointers.withUnsafeMutableBufferPointer { buffer in
        body(buffer.map { $0.map { UnsafePointer($0) } })
    }
}
