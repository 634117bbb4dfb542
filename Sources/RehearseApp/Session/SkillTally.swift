import Coach

/// Running counts of what the learner showed, per skill and tag, for the summary and the
/// live progress panel.
public struct SkillTally: Sendable, Equatable {
    public private(set) var turns = 0
    public private(set) var counts: [Skill: [String: Int]] = [:]
    /// Rosenberg's four steps in the order the learner first showed them.
    public private(set) var nvcOrder: [String] = []

    private static let nvcSteps: Set<String> = ["observation", "feeling", "need", "request"]

    public init() {
        for skill in Skill.allCases {
            counts[skill] = Dictionary(uniqueKeysWithValues: TagVocabulary.tags(for: skill).map { ($0, 0) })
        }
    }

    public mutating func record(_ analysis: Analysis) {
        turns += 1
        for skill in Skill.allCases {
            for tag in analysis.tags(for: skill) {
                counts[skill, default: [:]][tag, default: 0] += 1
                if skill == .nvc, Self.nvcSteps.contains(tag), !nvcOrder.contains(tag) {
                    nvcOrder.append(tag)
                }
            }
        }
    }

    /// Counts a chosen option as a turn without tags.
    public mutating func recordChoice() {
        turns += 1
    }

    public func count(_ tag: String, in skill: Skill) -> Int {
        counts[skill]?[tag] ?? 0
    }
}
