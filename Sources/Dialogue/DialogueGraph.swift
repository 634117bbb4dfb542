/// The conversation as a graph for trainers: Graphviz DOT or Mermaid, edges labelled with their conditions.
public enum DialogueGraph {
    /// One arrow between states.
    struct Edge {
        var from: String
        var to: String
        var label: String
    }

    static let endNode = "(einde)"
    static let anywhereNode = "(overal)"

    public static func dot(_ dialogue: Dialogue) -> String {
        var out = "digraph \(quoted(dialogue.id)) {\n"
        out += "  rankdir=LR;\n  label=\(quoted(dialogue.title));\n  labelloc=t;\n"
        out += "  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n"
        out += "  \"(start)\" [shape=point];\n  \"(start)\" -> \(quoted(dialogue.start));\n"
        for state in dialogue.orderedStates {
            var attributes = ["label=\(quoted(nodeLabel(state)))"]
            if state.end { attributes.append("peripheries=2, style=\"rounded,bold\"") }
            out += "  \(quoted(state.name)) [\(attributes.joined(separator: ", "))];\n"
        }
        let edges = self.edges(of: dialogue)
        if edges.contains(where: { $0.to == endNode }) {
            out += "  \(quoted(endNode)) [shape=doublecircle, label=\"einde\"];\n"
        }
        if edges.contains(where: { $0.from == anywhereNode }) {
            out += "  \(quoted(anywhereNode)) [shape=note, label=\"overal (anywhere)\"];\n"
        }
        for edge in edges {
            let label = edge.label.isEmpty ? "" : " [label=\(quoted(edge.label))]"
            out += "  \(quoted(edge.from)) -> \(quoted(edge.to))\(label);\n"
        }
        return out + "}\n"
    }

    public static func mermaid(_ dialogue: Dialogue) -> String {
        var ids: [String: String] = [:]
        for (index, name) in dialogue.stateOrder.enumerated() { ids[name] = "s\(index)" }
        ids[endNode] = "einde_"
        ids[anywhereNode] = "overal_"
        func id(_ name: String) -> String { ids[name] ?? "onbekend_" }

        var out = "flowchart LR\n"
        out += "  start_(( )) --> \(id(dialogue.start))\n"
        for state in dialogue.orderedStates {
            let label = mermaidText(nodeLabel(state).replacingNewlines(with: "<br/>"))
            out += state.end ? "  \(id(state.name))([\"\(label)\"])\n" : "  \(id(state.name))[\"\(label)\"]\n"
        }
        let edges = self.edges(of: dialogue)
        if edges.contains(where: { $0.to == endNode }) { out += "  einde_(((einde)))\n" }
        if edges.contains(where: { $0.from == anywhereNode }) { out += "  overal_>\"overal (anywhere)\"]\n" }
        for edge in edges {
            let label = edge.label.isEmpty ? "" : "|\"\(mermaidText(edge.label))\"|"
            out += "  \(id(edge.from)) -->\(label) \(id(edge.to))\n"
        }
        let ends = dialogue.orderedStates.filter(\.end).map { id($0.name) }
        if !ends.isEmpty {
            out += "  classDef eind stroke-width:3px\n  class \(ends.joined(separator: ",")) eind\n"
        }
        return out
    }

    static func edges(of dialogue: Dialogue) -> [Edge] {
        var edges: [Edge] = []
        func add(_ from: String, _ effects: Effects, _ label: String) {
            if let goto = effects.goto { edges.append(Edge(from: from, to: goto, label: label)) }
            if effects.end { edges.append(Edge(from: effects.goto ?? from, to: endNode, label: effects.goto == nil ? label : "")) }
        }
        for state in dialogue.orderedStates {
            if let goto = state.goto { edges.append(Edge(from: state.name, to: goto, label: "")) }
            for rule in state.on { add(state.name, rule.effects, label(of: rule.when)) }
            for option in state.options { add(state.name, option.effects, "optie: \(option.id)") }
        }
        for rule in dialogue.anywhere { add(anywhereNode, rule.effects, label(of: rule.when)) }
        return edges
    }

    /// `question: open en if vertrouwen >= 2`, or `anders` for `else`.
    static func label(of condition: RuleCondition) -> String {
        if condition.isElse { return "anders" }
        var parts: [String] = []
        for skill in condition.skills {
            parts.append("\(skill.rawValue): \((condition.tags[skill] ?? []).joined(separator: "|"))")
        }
        if !condition.matches.isEmpty {
            parts.append("matches: " + condition.matches.map { "'\($0.source)'" }.joined(separator: "|"))
        }
        if let condition = condition.condition { parts.append("if \(condition.source)") }
        return parts.joined(separator: " en ")
    }

    static func nodeLabel(_ state: DialogueState) -> String {
        var label = state.name
        if state.end { label += " (einde)" }
        if let note = state.note, !note.isEmpty { label += "\n" + note }
        return label
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
            .replacingNewlines(with: "\\n") + "\""
    }

    static func mermaidText(_ text: String) -> String {
        text.replacing("\"", with: "#quot;")
    }
}

extension String {
    func replacingNewlines(with replacement: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
