import Coach

/// Decides which coach frames a learner line earns: a tip for every mistake in a skill the
/// dialogue practises (the script's own text wins), and now and then a word of praise.
struct CoachPolicy: Sendable {
    /// Learner turns between two words of praise, so praise stays rare enough to mean something.
    static let praiseInterval = 3

    private(set) var turnsSincePraise = praiseInterval
    private var praisedTags: Set<String> = []

    struct ScriptTip: Sendable, Equatable {
        var text: String
        var skill: Skill?
        var tags: [String]
    }

    struct Tip: Sendable, Equatable {
        var skill: String
        var tags: [String]
        var text: String
    }

    mutating func tips(
        for line: String,
        analysis: Analysis,
        practised: [Skill],
        scriptTips: [ScriptTip],
        coach: Coach
    ) -> [Tip] {
        var tips: [Tip] = []
        var unusedScriptTips = scriptTips
        for skill in practised {
            let mistakeTags = Coach.mistakes(in: skill)
            let mistakes = analysis.tags(for: skill).filter { mistakeTags.contains($0) }
            guard let first = mistakes.first else { continue }
            if let index = unusedScriptTips.firstIndex(where: { $0.skill == skill || $0.skill == nil }) {
                let scripted = unusedScriptTips.remove(at: index)
                tips.append(Tip(skill: skill.rawValue, tags: mistakes, text: scripted.text))
            } else if let text = coach.tip(for: skill, tag: first, line: line) {
                tips.append(Tip(skill: skill.rawValue, tags: mistakes, text: text))
            }
        }
        for scripted in unusedScriptTips {
            let skill = scripted.skill ?? practised.first ?? .question
            let tags = scripted.tags.isEmpty ? analysis.tags(for: skill) : scripted.tags
            tips.append(Tip(skill: skill.rawValue, tags: tags, text: scripted.text))
        }

        turnsSincePraise += 1
        if tips.isEmpty, turnsSincePraise >= Self.praiseInterval, let praise = praise(for: analysis, practised: practised, coach: coach) {
            turnsSincePraise = 0
            tips.append(praise)
        }
        return tips
    }

    private mutating func praise(for analysis: Analysis, practised: [Skill], coach: Coach) -> Tip? {
        for skill in practised {
            let strengthTags = Coach.strengths(in: skill)
            let strengths = analysis.tags(for: skill).filter { strengthTags.contains($0) }
            // Praise a move the learner has not been praised for yet first: new skills matter most.
            guard let tag = strengths.first(where: { !praisedTags.contains(skill.rawValue + "." + $0) }) ?? strengths.first,
                  let text = coach.praise(for: skill, tag: tag) else { continue }
            praisedTags.insert(skill.rawValue + "." + tag)
            return Tip(skill: skill.rawValue, tags: strengths, text: text)
        }
        return nil
    }
}
