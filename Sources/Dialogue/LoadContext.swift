import Yams

/// Collects findings while one file is read, and offers typed access to YAML nodes
/// that reports wrong types at the node's own line and column.
final class LoadContext {
    let path: String
    private let lines: [Substring]
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, text: String = "") {
        self.path = path
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    // MARK: Reporting

    func error(_ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.error, path, location, message))
    }

    func warning(_ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.warning, path, location, message))
    }

    func add(_ found: [Diagnostic]) {
        diagnostics.append(contentsOf: found)
    }

    func error(at node: Node, _ message: String) {
        error(Self.location(of: node), message)
    }

    static func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(line: 1, column: 1) }
        return SourceLocation(line: mark.line, column: mark.column)
    }

    // MARK: Typed access

    /// One key of a mapping with the nodes of both sides.
    struct Entry {
        let name: String
        let key: Node
        let value: Node
        var keyLocation: SourceLocation { LoadContext.location(of: key) }
        var valueLocation: SourceLocation { LoadContext.location(of: value) }
    }

    /// The entries of a mapping in file order; unknown keys are reported (with the nearest known one) and left out.
    func mapping(_ node: Node, in context: String, known: [String], misplaced: [String: String] = [:]) -> [Entry]? {
        guard case .mapping(let mapping) = node else {
            error(at: node, "\(context): verwacht een mapping (sleutel: waarde), maar vond \(Self.kind(of: node))")
            return nil
        }
        var entries: [Entry] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                error(at: key, "\(context): een sleutel moet een woord zijn")
                continue
            }
            let name = scalar.string
            guard known.contains(name) else {
                var message = "\(context): onbekende sleutel '\(name)'"
                if Self.isNull(value), hasNoColon(after: key, name) {
                    // `{ name: Daan, role: jongere, trekker van … }`: the comma split the text.
                    message = "\(context): '\(name)' staat los na een komma; een tekst met een komma binnen { … } moet tussen aanhalingstekens (\"…\")"
                } else if let hint = misplaced[name] {
                    message = "\(context): '\(name)' hoort hier niet; \(hint)"
                } else if let suggestion = Suggestion.nearest(to: name, in: known) {
                    message += "; bedoelde je '\(suggestion)'?"
                } else {
                    message += "; bekende sleutels hier: \(known.joined(separator: ", "))"
                }
                error(at: key, message)
                continue
            }
            entries.append(Entry(name: name, key: key, value: value))
        }
        return entries
    }

    /// A text value; numbers and booleans are taken as written.
    func string(_ entry: Entry, in context: String) -> String? {
        guard case .scalar(let scalar) = entry.value else {
            error(at: entry.value, "\(context): '\(entry.name)' moet een tekst zijn, maar is \(Self.kind(of: entry.value))")
            return nil
        }
        if Self.isNull(scalar) {
            error(at: entry.key, "\(context): '\(entry.name)' is leeg")
            return nil
        }
        return scalar.string
    }

    /// A name (state, option, variable): a non-empty text.
    func name(_ entry: Entry, in context: String) -> String? {
        guard let text = string(entry, in: context) else { return nil }
        return text.trimmingCharactersInWhitespace()
    }

    func bool(_ entry: Entry, in context: String) -> Bool? {
        if case .scalar(let scalar) = entry.value {
            switch scalar.string.lowercased() {
            case "true", "yes", "ja": return true
            case "false", "no", "nee": return false
            default: break
            }
        }
        error(at: entry.value, "\(context): '\(entry.name)' moet true of false zijn, maar is \(Self.describe(entry.value))")
        return nil
    }

    func int(_ entry: Entry, in context: String) -> Int? {
        if case .scalar(let scalar) = entry.value, let value = Int(scalar.string.trimmingCharactersInWhitespace()) {
            return value
        }
        error(at: entry.value, "\(context): '\(entry.name)' moet een geheel getal zijn, maar is \(Self.describe(entry.value))")
        return nil
    }

    /// A text or a list of texts, each with its node.
    func stringList(_ entry: Entry, in context: String) -> [(String, Node)]? {
        switch entry.value {
        case .scalar(let scalar):
            if Self.isNull(scalar) {
                error(at: entry.key, "\(context): '\(entry.name)' is leeg")
                return nil
            }
            return [(scalar.string, entry.value)]
        case .sequence(let sequence):
            var items: [(String, Node)] = []
            for item in sequence {
                guard case .scalar(let scalar) = item, !Self.isNull(scalar) else {
                    error(at: item, "\(context): elk item van '\(entry.name)' moet een tekst zijn, maar vond \(Self.kind(of: item))")
                    continue
                }
                items.append((scalar.string, item))
            }
            if sequence.isEmpty {
                error(at: entry.value, "\(context): de lijst '\(entry.name)' is leeg")
            }
            return items
        default:
            error(at: entry.value, "\(context): '\(entry.name)' moet een tekst of een lijst van teksten zijn, maar is \(Self.kind(of: entry.value))")
            return nil
        }
    }

    /// The items of a list.
    func sequence(_ entry: Entry, in context: String) -> [Node]? {
        guard case .sequence(let sequence) = entry.value else {
            if case .scalar(let scalar) = entry.value, Self.isNull(scalar) {
                error(at: entry.key, "\(context): '\(entry.name)' is leeg")
                return nil
            }
            error(at: entry.value, "\(context): '\(entry.name)' moet een lijst zijn (regels die met '- ' beginnen), maar is \(Self.kind(of: entry.value))")
            return nil
        }
        return Array(sequence)
    }

    /// Whether a key stands without a `:` after it in the text, as a word after a comma in `{ … }` does.
    /// (Yams does not keep the flow style of mappings, so the text is read instead.)
    private func hasNoColon(after key: Node, _ name: String) -> Bool {
        guard let mark = key.mark, mark.line >= 1, mark.line <= lines.count else { return false }
        let scalars = Array(lines[mark.line - 1].unicodeScalars)
        var index = mark.column - 1 + name.unicodeScalars.count
        while index < scalars.count, scalars[index] == " " { index += 1 }
        return index >= scalars.count ? false : scalars[index] != ":"
    }

    static func isNull(_ scalar: Node.Scalar) -> Bool {
        guard scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func isNull(_ node: Node) -> Bool {
        if case .scalar(let scalar) = node { return isNull(scalar) }
        return false
    }

    static func kind(of node: Node) -> String {
        switch node {
        case .scalar(let scalar): return isNull(scalar) ? "leeg" : "een tekst ('\(scalar.string)')"
        case .mapping: return "een mapping (sleutel: waarde)"
        case .sequence: return "een lijst"
        case .alias: return "een alias (*naam); die worden niet ondersteund"
        }
    }

    static func describe(_ node: Node) -> String {
        if case .scalar(let scalar) = node, !isNull(scalar) { return "'\(scalar.string)'" }
        return kind(of: node)
    }
}

extension String {
    func trimmingCharactersInWhitespace() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
