/// The four skills the coach reads a learner's line for (see shared/coaching/labels.md).
public enum Skill: String, CaseIterable, Sendable, Codable, Hashable {
    case question
    case nvc
    case trust
    case habits
}
