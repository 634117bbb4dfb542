import Coach

/// Running counts of what the learner showed, per skill and tag, for the summary and the
/// live progress panel.
public struct SkillTally: Sendable, Equatable {
    public private(set) var turns = 0
    /// One count per tag, skill after skill (in `Skill.allCases` order), each skill's tags in
    /// vocabulary order: the progress frame reads every count on every turn, and one flat array
    /// is one buffer to copy when a turn is tried on a copy of the session.
    private var table = [Int](repeating: 0, count: SkillTally.offsets.last ?? 0)
    /// Rosenberg's four steps in the order the learner first showed them.
    public private(set) var nvcOrder: [String] = []

    /// Where each skill's counts start in `table`, plus the end.
    private static let offsets: [Int] = Skill.allCases.reduce(into: [0]) { offsets, skill in
        offsets.append(offsets.last! + TagVocabulary.tags(for: skill).count)
    }

    private static let nvcSteps: Set<String> = ["observation", "feeling", "need", "request"]

    public init() {}

    /// Every count, per skill and tag name.
    public var counts: [Skill: [String: Int]] {
        var result: [Skill: [String: Int]] = [:]
        for skill in Skill.allCases {
            result[skill] = Dictionary(uniqueKeysWithValues: zip(TagVocabulary.tags(for: skill), counts(of: skill)))
        }
        return result
    }

    public mutating func record(_ analysis: Analysis) {
        turns += 1
        for skill in Skill.allCases {
            let tags = analysis.tags(for: skill)
            guard !tags.isEmpty else { continue }
            let vocabulary = TagVocabulary.tags(for: skill)
            for tag in tags {
                guard let tagIndex = vocabulary.firstIndex(of: tag) else { continue }
                table[Self.offsets[skill.position] + tagIndex] += 1
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
        guard let tagIndex = TagVocabulary.tags(for: skill).firstIndex(of: tag) else { return 0 }
        return table[Self.offsets[skill.position] + tagIndex]
    }

    /// The counts of one skill in vocabulary order (pairs with `TagVocabulary.tags(for:)`).
    public func counts(of skill: Skill) -> [Int] {
        withCounts(of: skill) { Array($0) }
    }

    /// The counts of one skill in vocabulary order, without copying them.
    func withCounts<Result>(of skill: Skill, _ body: (UnsafeBufferPointer<Int>) -> Result) -> Result {
        let start = Self.offsets[skill.position]
        let end = Self.offsets[skill.position + 1]
        return table.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }
}
