/// Coaching texts: which tags are mistakes or strengths, a Dutch tip per tag, short praise.
extension Coach {
    /// Tags that are a mistake in `skill` (the coach suggests something else).
    public static func mistakes(in skill: Skill) -> Set<String> {
        switch skill {
        case .question: return [QuestionTag.closed.rawValue]
        case .nvc: return [NVCTag.evaluation, .pseudoFeeling, .demand].reduce(into: []) { $0.insert($1.rawValue) }
        case .trust: return [TrustTag.blame, .defend, .minimize].reduce(into: []) { $0.insert($1.rawValue) }
        case .habits: return [HabitTag.compareExperience, .yesBut, .advice].reduce(into: []) { $0.insert($1.rawValue) }
        }
    }

    /// Tags that are a good move in `skill` (the coach praises them).
    public static func strengths(in skill: Skill) -> Set<String> {
        switch skill {
        case .question: return [QuestionTag.open.rawValue]
        case .nvc: return [NVCTag.observation, .feeling, .need, .request].reduce(into: []) { $0.insert($1.rawValue) }
        case .trust: return [TrustTag.acknowledge, .apology, .explain, .commit, .askNeed].reduce(into: []) { $0.insert($1.rawValue) }
        case .habits: return [HabitTag.admitUnknown, .reflect].reduce(into: []) { $0.insert($1.rawValue) }
        }
    }

    /// A short Dutch tip for `tag` in `skill`: what was noticed and what to try instead. For a closed
    /// question it ends with an open question built from `line` ("Heeft u…" → "Wat heeft u…?").
    public func tip(for skill: Skill, tag: String, line: String) -> String? {
        guard let base = lexicon.tips["\(skill.rawValue)/\(tag)"] else { return nil }
        if skill == .question && tag == QuestionTag.closed.rawValue {
            return base + " Bijvoorbeeld: \"" + Self.openQuestionSuggestion(for: line) + "\""
        }
        return base
    }

    /// Short Dutch praise for a strength ("Mooie open vraag."), nil for other tags.
    public func praise(for skill: Skill, tag: String) -> String? {
        lexicon.praise["\(skill.rawValue)/\(tag)"]
    }

    static let openingVerbs: Set<String> = [
        "ben", "bent", "is", "zijn", "was", "waren", "heb", "hebt", "heeft", "hebben", "had", "hadden",
        "kan", "kun", "kunt", "kunnen", "wil", "wilt", "willen", "zal", "zult", "zullen", "zou", "zouden",
        "mag", "mogen", "moet", "moeten", "doe", "doet", "doen", "gaat", "ga", "gaan", "vind", "vindt",
        "vinden", "denk", "denkt", "denken", "weet", "weten", "klopt", "ziet", "zie", "hoor", "hoort", "merkt",
        "voelt", "voel", "staat", "loopt", "werkt", "kent", "ken", "snapt", "begrijpt",
    ]
}
