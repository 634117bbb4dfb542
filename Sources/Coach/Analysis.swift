/// What the coach read in one learner line: one question form and any tags of the other skills.
public struct Analysis: Sendable, Hashable, Codable {
    public var question: QuestionTag
    public var nvc: Set<NVCTag>
    public var trust: Set<TrustTag>
    public var habits: Set<HabitTag>

    public init(
        question: QuestionTag = .none,
        nvc: Set<NVCTag> = [],
        trust: Set<TrustTag> = [],
        habits: Set<HabitTag> = []
    ) {
        self.question = question
        self.nvc = nvc
        self.trust = trust
        self.habits = habits
    }

    /// The tags for one skill as wire names, in vocabulary order (stable for JSON and tests).
    public func tags(for skill: Skill) -> [String] {
        // Asked several times per turn (transcript, tally, frames); most lines carry no tag of
        // most skills, and the question form is one of three fixed arrays.
        switch skill {
        case .question:
            switch question {
            case .open: return Self.openTags
            case .closed: return Self.closedTags
            case .none: return Self.noQuestionTags
            }
        case .nvc: return nvc.isEmpty ? [] : NVCTag.allCases.filter(nvc.contains).map(\.rawValue)
        case .trust: return trust.isEmpty ? [] : TrustTag.allCases.filter(trust.contains).map(\.rawValue)
        case .habits: return habits.isEmpty ? [] : HabitTag.allCases.filter(habits.contains).map(\.rawValue)
        }
    }

    private static let openTags = [QuestionTag.open.rawValue]
    private static let closedTags = [QuestionTag.closed.rawValue]
    private static let noQuestionTags = [QuestionTag.none.rawValue]

    /// Whether the line carries `tag` (a wire name) for `skill`.
    public func has(_ tag: String, in skill: Skill) -> Bool {
        switch skill {
        case .question: return question.rawValue == tag
        case .nvc: return NVCTag(rawValue: tag).map(nvc.contains) ?? false
        case .trust: return TrustTag(rawValue: tag).map(trust.contains) ?? false
        case .habits: return HabitTag(rawValue: tag).map(habits.contains) ?? false
        }
    }

    /// Builds an analysis from wire names, ignoring unknown ones (used by dialogue tests and replays).
    public init(wireTags: [Skill: [String]]) {
        self.init()
        for (skill, names) in wireTags {
            for name in names {
                switch skill {
                case .question: if let tag = QuestionTag(rawValue: name) { question = tag }
                case .nvc: if let tag = NVCTag(rawValue: name) { nvc.insert(tag) }
                case .trust: if let tag = TrustTag(rawValue: name) { trust.insert(tag) }
                case .habits: if let tag = HabitTag(rawValue: name) { habits.insert(tag) }
                }
            }
        }
    }
}
