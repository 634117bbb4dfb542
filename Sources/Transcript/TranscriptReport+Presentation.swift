import Foundation

/// The Dutch wording both renderers share, so Markdown and HTML say the same things.
extension TranscriptReport {
    /// One skill's part of the summary: its Dutch name and short Dutch sentences.
    public struct SkillSummary: Sendable, Equatable {
        public var skill: String
        public var name: String
        /// Things done well, things to watch (mistake tags), and other facts.
        public var shown: [String]
        public var watch: [String]
        public var notes: [String]
    }

    private static let months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                 "september", "oktober", "november", "december"]

    /// "23 november 2026, 09:52" in the report's time zone.
    public func dutchDate(_ date: Date, withTime: Bool = true) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let day = "\(parts.day ?? 1) \(Self.months[((parts.month ?? 1) - 1) % 12]) \(parts.year ?? 1970)"
        guard withTime else { return day }
        return day + ", " + Self.twoDigits(parts.hour ?? 0) + ":" + Self.twoDigits(parts.minute ?? 0)
    }

    /// How the time zone is named under the header.
    public var timeZoneName: String {
        timeZone.identifier == "Europe/Amsterdam" ? "Nederlandse tijd" : timeZone.identifier
    }

    public var learnerName: String {
        guard let learner = header.learner, !learner.isEmpty else { return "anoniem" }
        return learner
    }

    /// The warnings a reader must see before trusting the report.
    public var warnings: [String] {
        var warnings: [String] = []
        if tornTail {
            warnings.append("De laatste regel van het verslag was onvolledig (de server stopte tijdens het schrijven); die regel is weggelaten.")
        }
        if skippedLines > 0 {
            warnings.append(skippedLines == 1 ? "Eén regel kon niet worden gelezen en is weggelaten."
                                              : "\(skippedLines) regels konden niet worden gelezen en zijn weggelaten.")
        }
        if !isEnded {
            warnings.append("Het gesprek is niet afgerond; de samenvatting is geteld uit de beurten die er zijn.")
        }
        return warnings
    }

    /// "Afgerond op 23 november 2026, 10:12, na 5 beurten (7 minuten)." — nil when the session did not end.
    public var endedLine: String? {
        guard let endedAt else { return nil }
        let minutes = max(0, Int((endedAt.timeIntervalSince(header.at) / 60).rounded()))
        let turns = summary.turns == 1 ? "1 beurt" : "\(summary.turns) beurten"
        return "Afgerond op \(dutchDate(endedAt)), na \(turns) (\(minutes == 1 ? "1 minuut" : "\(minutes) minuten"))."
    }

    /// "Opening" or "Beurt 3".
    public static func turnTitle(_ number: Int) -> String {
        number == 0 ? "Opening" : "Beurt \(number)"
    }

    /// The coach's tags of a learner line in Dutch, without "geen vraag" (noise on every statement).
    public static func visibleTags(_ tags: [String: [String]]) -> [(id: String, name: String, mistake: Bool)] {
        var result: [(id: String, name: String, mistake: Bool)] = []
        let skills = DutchNames.skillOrder + tags.keys.sorted().filter { !DutchNames.skillOrder.contains($0) }
        for skill in skills {
            for tag in tags[skill] ?? [] where tag != "none" {
                result.append((tag, DutchNames.tag(tag), DutchNames.mistakes.contains(tag)))
            }
        }
        return result
    }

    /// Who a coach entry is from: the coach for a skill, or an observer by name.
    public static func coachTitle(skill: String, by: String?) -> String {
        if skill == "observer" { return "Tip van \(by.map { $0.isEmpty ? "een collega" : $0 } ?? "een collega")" }
        return "Coach · \(DutchNames.skill(skill))"
    }

    public static func playerEvent(_ event: String, by name: String) -> String {
        let who = name.isEmpty ? "Een collega" : name
        switch event {
        case "joined": return "\(who) speelt nu de persona."
        case "left": return "\(who) speelt de persona niet meer; het script neemt het weer over."
        default: return "\(who): \(event)"
        }
    }

    public func noteTitle(by: String, at: Date) -> String {
        let who = by.isEmpty || by == "trainer" ? "de trainer" : by
        return "Notitie van \(who) (\(dutchDate(at)))"
    }

    /// The summary per skill, in the order of the skills.
    public var skillSummaries: [SkillSummary] {
        let skills = DutchNames.skillOrder + summary.skills.keys.sorted().filter { !DutchNames.skillOrder.contains($0) }
        return skills.map(skillSummary)
    }

    private func skillSummary(_ skill: String) -> SkillSummary {
        let counts = summary.skills[skill] ?? [:]
        let order = (DutchNames.tagOrder[skill] ?? []) + counts.keys.sorted().filter { !(DutchNames.tagOrder[skill] ?? []).contains($0) }
        var result = SkillSummary(skill: skill, name: DutchNames.skill(skill), shown: [], watch: [], notes: [])
        switch skill {
        case "question":
            let open = counts["open"] ?? 0, closed = counts["closed"] ?? 0, none = counts["none"] ?? 0
            result.shown.append("\(open) open")
            if closed > 0 { result.watch.append("\(closed) gesloten") } else { result.notes.append("0 gesloten") }
            result.notes.append("\(none) \(none == 1 ? "zin" : "zinnen") zonder vraag")
            if open + closed > 0 {
                result.notes.append("\(Int((Double(open) / Double(open + closed) * 100).rounded()))% van de vragen was open")
            }
            let course = learnerLines.map { line -> String in
                let form = line.tags["question"]?.first ?? "none"
                return form == "open" ? "open" : form == "closed" ? "gesloten" : "–"
            }
            if !course.isEmpty { result.notes.append("verloop per beurt: " + course.joined(separator: ", ")) }
        case "nvc":
            let steps = summary.nvcOrder.isEmpty
                ? DutchNames.nvcSteps.filter { (counts[$0] ?? 0) > 0 }
                : summary.nvcOrder
            if steps.isEmpty {
                result.notes.append("geen van de vier stappen getoond")
            } else {
                result.shown.append("stappen getoond, in deze volgorde: " + steps.map(DutchNames.tag).joined(separator: " → "))
                let missing = DutchNames.nvcSteps.filter { !steps.contains($0) }
                if !missing.isEmpty { result.notes.append("niet getoond: " + missing.map(DutchNames.tag).joined(separator: ", ")) }
                if steps != DutchNames.nvcSteps.filter(steps.contains) {
                    result.notes.append("de volgorde van Rosenberg is waarneming → gevoel → behoefte → verzoek")
                }
            }
            for tag in order where !DutchNames.nvcSteps.contains(tag) {
                if let count = counts[tag], count > 0 {
                    if DutchNames.mistakes.contains(tag) { result.watch.append("\(DutchNames.tag(tag)) \(count)×") }
                    else { result.shown.append("\(DutchNames.tag(tag)) \(count)×") }
                }
            }
        default:
            for tag in order {
                guard let count = counts[tag], count > 0 else { continue }
                if DutchNames.mistakes.contains(tag) { result.watch.append("\(DutchNames.tag(tag)) \(count)×") }
                else { result.shown.append("\(DutchNames.tag(tag)) \(count)×") }
            }
            if result.shown.isEmpty && result.watch.isEmpty { result.notes.append("niets van deze vaardigheid gezien") }
        }
        return result
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
