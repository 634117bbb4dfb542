/// Coaching texts: which tags are mistakes or strengths, a Dutch tip per tag, short praise.
extension Coach {
    /// Tags that are a mistake in `skill` (the coach suggests something else).
    public static func mistakes(in skill: Skill) -> Set<String> {
        // Built once: the tip policy asks for every tag of every line.
        switch skill {
        case .question: return TagGroups.questionMistakes
        case .nvc: return TagGroups.nvcMistakes
        case .trust: return TagGroups.trustMistakes
        case .habits: return TagGroups.habitsMistakes
        }
    }

    /// Tags that are a good move in `skill` (the coach praises them).
    public static func strengths(in skill: Skill) -> Set<String> {
        switch skill {
        case .question: return TagGroups.questionStrengths
        case .nvc: return TagGroups.nvcStrengths
        case .trust: return TagGroups.trustStrengths
        case .habits: return TagGroups.habitsStrengths
        }
    }

    /// A short Dutch tip for `tag` in `skill`: what was noticed and what to try instead. For a closed
    /// question it ends with an open question built from `line` ("Heeft u…" → "Wat heeft u…?").
    public func tip(for skill: Skill, tag: String, line: String) -> String? {
        guard let base = engine.lexicon.tips["\(skill.rawValue)/\(tag)"] else { return nil }
        if skill == .question && tag == QuestionTag.closed.rawValue {
            return base + " Bijvoorbeeld: \"" + Self.openQuestionSuggestion(for: line) + "\""
        }
        return base
    }

    /// Short Dutch praise for a strength ("Mooie open vraag."), nil for other tags.
    public func praise(for skill: Skill, tag: String) -> String? {
        engine.lexicon.praise["\(skill.rawValue)/\(tag)"]
    }

    static let openingVerbs: Set<String> = [
        "ben", "bent", "is", "zijn", "was", "waren", "heb", "hebt", "heeft", "hebben", "had", "hadden",
        "kan", "kun", "kunt", "kunnen", "wil", "wilt", "willen", "zal", "zult", "zullen", "zou", "zouden",
        "mag", "mogen", "moet", "moeten", "doe", "doet", "doen", "gaat", "ga", "gaan", "vind", "vindt",
        "vinden", "denk", "denkt", "denken", "weet", "weten", "klopt", "ziet", "zie", "hoor", "hoort", "merkt",
        "voelt", "voel", "staat", "loopt", "werkt", "kent", "ken", "snapt", "begrijpt",
    ]
}

/// The mistake and strength tags of each skill, as sets of their wire names.
private enum TagGroups {
    static let questionMistakes: Set<String> = [QuestionTag.closed.rawValue]
    static let nvcMistakes = names([NVCTag.evaluation, .pseudoFeeling, .demand])
    static let trustMistakes = names([TrustTag.blame, .defend, .minimize])
    static let habitsMistakes = names([HabitTag.compareExperience, .yesBut, .advice])

    static let questionStrengths: Set<String> = [QuestionTag.open.rawValue]
    static let nvcStrengths = names([NVCTag.observation, .feeling, .need, .request])
    static let trustStrengths = names([TrustTag.acknowledge, .apology, .explain, .commit, .askNeed])
    static let habitsStrengths = names([HabitTag.admitUnknown, .reflect])

    private static func names<Tag: RawRepresentable<String>>(_ tags: [Tag]) -> Set<String> {
        Set(tags.map(\.rawValue))
    }
}
