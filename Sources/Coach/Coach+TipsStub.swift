// TEMPORARY stub until the coach branch lands.
extension Coach {
    public static func mistakes(in skill: Skill) -> Set<String> { ["closed", "evaluation", "pseudo_feeling", "demand", "blame", "defend", "minimize", "compare_experience", "yes_but", "advice"] }
    public static func strengths(in skill: Skill) -> Set<String> { ["open"] }
    public func tip(for skill: Skill, tag: String, line: String) -> String? { "tip" }
    public func praise(for skill: Skill, tag: String) -> String? { "goed" }
}
