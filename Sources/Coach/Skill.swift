/// The four skills the coach reads a learner's line for (see shared/coaching/labels.md).
public enum Skill: String, CaseIterable, Sendable, Codable, Hashable {
    case question
    case nvc
    case trust
    case habits
}

extension Skill {
    /// The index in `allCases`, for tables with one entry per skill.
    public var position: Int {
        switch self {
        case .question: return 0
        case .nvc: return 1
        case .trust: return 2
        case .habits: return 3
        }
    }
}
