/// A finding in a dialogue file, printed the way compilers do so editors can jump to it.
public struct Diagnostic: Sendable, Equatable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    public var path: String
    /// 1-based.
    public var line: Int
    /// 1-based.
    public var column: Int
    /// Dutch, naming the state or key at fault.
    public var message: String

    public init(severity: Severity, path: String, line: Int, column: Int, message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public init(_ severity: Severity, _ path: String, _ location: SourceLocation, _ message: String) {
        self.init(severity: severity, path: path, line: location.line, column: location.column, message: message)
    }

    /// `FILE:LINE:COLUMN: error: message`
    public var description: String {
        "\(path):\(line):\(column): \(severity.rawValue): \(message)"
    }

    public var isError: Bool { severity == .error }

    /// Orders by file, then line, then column.
    static func sortedByPosition(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let l = a.element, r = b.element
            if l.path != r.path { return l.path < r.path }
            if l.line != r.line { return l.line < r.line }
            if l.column != r.column { return l.column < r.column }
            return a.offset < b.offset
        }.map(\.element)
    }
}
