import Coach

/// Running counts of what the learner showed, per skill and tag, for the summary and the
/// live progress panel.
public struct SkillTally: Sendable, Equatable {
    public private(set) var turns = 0
    /// Per skill (in `Skill.allCases` order), one count per tag in vocabulary order: the progress
    /// frame reads every count on every turn, so no dictionaries of strings here.
    private var table: [[Int]] = Skill.allCases.map { Array(repeating: 0, count: TagVocabulary.tags(for: $0).count) }
    /// Rosenberg's four steps in the order the learner first showed them.
    public private(set) var nvcOrder: [String] = []

    private static let nvcSteps: Set<String> = ["observation", "feeling", "need", "request"]

    public init() {}

    /// Every count, per skill and tag name.
    public var counts: [Skill: [String: Int]] {
        var result: [Skill: [String: Int]] = [:]
        for (skillIndex, skill) in Skill.allCases.enumerated() {
            result[skill] = Dictionary(uniqueKeysWithValues: zip(TagVocabulary.tags(for: skill), table[skillIndex]))
        }
        return result
    }

    public mutating func record(_ analysis: Analysis) {
        turns += 1
        for (skillIndex, skill) in Skill.allCases.enumerated() {
            for tag in analysis.tags(for: skill) {
                guard let tagIndex = TagVocabulary.tags(for: skill).firstIndex(of: tag) else { continue }
                table[skillIndex][tagIndex] += 1
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
        guard let skillIndex = Skill.allCases.firstIndex(of: skill),
              let tagIndex = TagVocabulary.tags(for: skill).firstIndex(of: tag) else { return 0 }
        return table[skillIndex][tagIndex]
    }

    /// The counts of one skill in vocabulary order (pairs with `TagVocabulary.tags(for:)`).
    public func counts(of skill: Skill) -> [Int] {
        Skill.allCases.firstIndex(of: skill).map { table[$0] } ?? []
    }
}
