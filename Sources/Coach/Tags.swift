/// The form of a learner's line as a question: exactly one per line.
public enum QuestionTag: String, CaseIterable, Sendable, Codable, Hashable {
    case open
    case closed
    case none
}

/// Rosenberg's steps of nonviolent communication, and what goes wrong in each.
public enum NVCTag: String, CaseIterable, Sendable, Codable, Hashable {
    case observation
    case evaluation
    case feeling
    case pseudoFeeling = "pseudo_feeling"
    case need
    case request
    case demand
}

/// Moves that repair (or damage) trust.
public enum TrustTag: String, CaseIterable, Sendable, Codable, Hashable {
    case acknowledge
    case apology
    case explain
    case commit
    case askNeed = "ask_need"
    case blame
    case defend
    case minimize
}

/// Habits of the good conversation (and the ones that spoil it).
public enum HabitTag: String, CaseIterable, Sendable, Codable, Hashable {
    case admitUnknown = "admit_unknown"
    case compareExperience = "compare_experience"
    case reflect
    case yesBut = "yes_but"
    case advice
}

/// The tag vocabulary per skill, as the names used in dialogue files and on the wire.
public enum TagVocabulary {
    public static func tags(for skill: Skill) -> [String] {
        switch skill {
        case .question: return questionTags
        case .nvc: return nvcTags
        case .trust: return trustTags
        case .habits: return habitTags
        }
    }

    // Built once: the summary and progress frames ask for them on every turn.
    private static let questionTags = QuestionTag.allCases.map(\.rawValue)
    private static let nvcTags = NVCTag.allCases.map(\.rawValue)
    private static let trustTags = TrustTag.allCases.map(\.rawValue)
    private static let habitTags = HabitTag.allCases.map(\.rawValue)

    public static func isKnown(_ tag: String, in skill: Skill) -> Bool {
        tags(for: skill).contains(tag)
    }
}
