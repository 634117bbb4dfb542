/// The Dutch names readers see for skills and coach tags. Kept word for word the same as
/// `SKILL_NAMES`/`TAG_NAMES` in `Web/common.js`, so a report and the review page speak alike.
/// (This module does not depend on Coach; the tag ids are those of `shared/coaching/labels.md`.)
public enum DutchNames {
    public static let skills: [String: String] = [
        "question": "Open vragen",
        "nvc": "Geweldloze communicatie",
        "trust": "Vertrouwen herstellen",
        "habits": "Goed gesprek",
        "observer": "Tip van een collega",
    ]

    public static let tags: [String: String] = [
        "open": "open vraag", "closed": "gesloten vraag", "none": "geen vraag",
        "observation": "waarneming", "evaluation": "oordeel", "feeling": "gevoel", "pseudo_feeling": "pseudo-gevoel",
        "need": "behoefte", "request": "verzoek", "demand": "eis",
        "acknowledge": "erkennen", "apology": "excuses", "explain": "uitleg", "commit": "toezegging",
        "ask_need": "vraagt naar behoefte", "blame": "schuld elders", "defend": "verdedigen", "minimize": "bagatelliseren",
        "admit_unknown": "zegt niet te weten", "compare_experience": "vergelijkt ervaring", "reflect": "geeft terug",
        "yes_but": "ja, maar", "advice": "ongevraagd advies",
    ]

    /// Tags that are a mistake in their skill (the review page shows them in a warning colour).
    public static let mistakes: Set<String> = [
        "closed", "evaluation", "pseudo_feeling", "demand", "blame", "defend", "minimize",
        "compare_experience", "yes_but", "advice",
    ]

    /// Rosenberg's four steps, in their proper order.
    public static let nvcSteps = ["observation", "feeling", "need", "request"]

    /// The skills in the order a report shows them, with each skill's tags in the order of labels.md.
    public static let skillOrder = ["question", "nvc", "trust", "habits"]
    public static let tagOrder: [String: [String]] = [
        "question": ["open", "closed", "none"],
        "nvc": ["observation", "evaluation", "feeling", "pseudo_feeling", "need", "request", "demand"],
        "trust": ["acknowledge", "apology", "explain", "commit", "ask_need", "blame", "defend", "minimize"],
        "habits": ["admit_unknown", "compare_experience", "reflect", "yes_but", "advice"],
    ]

    /// The Dutch name of a tag; an unknown tag (a newer coach) is shown as it is.
    public static func tag(_ id: String) -> String {
        tags[id] ?? id
    }

    public static func skill(_ id: String) -> String {
        skills[id] ?? id
    }
}
