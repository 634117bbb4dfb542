import Coach

/// The `when` of a rule: every key in it must hold. `else` matches any line.
public struct RuleCondition: Sendable {
    /// Per skill, the tags of which the coach must have found at least one.
    public var tags: [Skill: [String]]
    /// Any of these must be found in the line (empty: no requirement).
    public var matches: [TextPattern]
    public var condition: Condition?
    public var isElse: Bool

    public init(tags: [Skill: [String]] = [:], matches: [TextPattern] = [], condition: Condition? = nil, isElse: Bool = false) {
        self.tags = tags
        self.matches = matches
        self.condition = condition
        self.isElse = isElse
    }

    public static let otherwise = RuleCondition(isElse: true)

    /// The skills this condition tests, in vocabulary order.
    public var skills: [Skill] {
        Skill.allCases.filter { tags[$0] != nil }
    }

    /// Whether the line matches; `line` folds the text into words once, and only if needed.
    func holds(line: FoldedLine, analysis: Analysis, values: (String) -> Int) -> Bool {
        if isElse { return true }
        for (skill, wanted) in tags where !wanted.contains(where: { analysis.has($0, in: skill) }) {
            return false
        }
        if !matches.isEmpty {
            let words = line.words
            guard matches.contains(where: { $0.matches(text: line.text, foldedWords: words) }) else { return false }
        }
        if let condition, !condition.holds(values) { return false }
        return true
    }
}
