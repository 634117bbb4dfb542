import Foundation

/// `NAME OP INTEGER`, several joined by ` and `: the `if` of rules and say items.
public struct Condition: Sendable, Equatable, CustomStringConvertible {
    public enum Operator: String, Sendable, CaseIterable {
        // Two-character operators first so parsing finds `>=` before `>`.
        case greaterOrEqual = ">="
        case lessOrEqual = "<="
        case equal = "=="
        case notEqual = "!="
        case greater = ">"
        case less = "<"

        func compare(_ lhs: Int, _ rhs: Int) -> Bool {
            switch self {
            case .greaterOrEqual: return lhs >= rhs
            case .lessOrEqual: return lhs <= rhs
            case .equal: return lhs == rhs
            case .notEqual: return lhs != rhs
            case .greater: return lhs > rhs
            case .less: return lhs < rhs
            }
        }
    }

    public struct Clause: Sendable, Equatable {
        public var name: String
        public var op: Operator
        public var value: Int
    }

    /// Names every condition may use without declaring them.
    public static let builtIns: Set<String> = ["turns_here", "visits", "turns"]

    public var clauses: [Clause]
    /// The text as written, for graphs and messages.
    public var source: String

    public var description: String { source }

    /// The names the condition reads.
    public var names: [String] { clauses.map(\.name) }

    func holds(_ value: (String) -> Int) -> Bool {
        clauses.allSatisfy { $0.op.compare(value($0.name), $0.value) }
    }

    /// Parses a condition; on failure returns a Dutch explanation of what is wrong.
    public static func parse(_ text: String) -> Result<Condition, ConditionError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .failure(ConditionError("de voorwaarde is leeg")) }
        var clauses: [Clause] = []
        for part in trimmed.components(separatedBy: " and ") {
            switch parseClause(part.trimmingCharacters(in: .whitespaces)) {
            case .success(let clause): clauses.append(clause)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(Condition(clauses: clauses, source: trimmed))
    }

    private static func parseClause(_ text: String) -> Result<Clause, ConditionError> {
        let expected = "verwacht 'naam OP getal' met OP een van >= <= > < == != (bijvoorbeeld 'vertrouwen >= 2')"
        guard let (op, range) = Operator.allCases.lazy.compactMap({ op in
            text.range(of: op.rawValue).map { (op, $0) }
        }).first else {
            return .failure(ConditionError("'\(text)' heeft geen vergelijking; \(expected)"))
        }
        let name = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        let number = text[range.upperBound...].trimmingCharacters(in: .whitespaces)
        guard isIdentifier(name) else {
            return .failure(ConditionError("'\(name)' in '\(text)' is geen naam van een variabele; \(expected)"))
        }
        guard let value = Int(number) else {
            return .failure(ConditionError("'\(number)' in '\(text)' is geen geheel getal; \(expected)"))
        }
        return .success(Clause(name: name, op: op, value: value))
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }
}

/// Why a condition could not be read (Dutch, for lint messages).
public struct ConditionError: Error, Sendable, Equatable {
    public var message: String
    init(_ message: String) { self.message = message }
}
