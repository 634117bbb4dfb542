/// Coaching texts: which tags are mistakes or strengths, a Dutch tip per tag, short praise.
extension Coach {
    /// Tags that are a mistake in `skill` (the coach suggests something else).
    public static func mistakes(in skill: Skill) -> Set<String> {
        switch skill {
        case .question: return [QuestionTag.closed.rawValue]
        case .nvc: return [NVCTag.evaluation, .pseudoFeeling, .demand].reduce(into: []) { $0.insert($1.rawValue) }
        case .trust: return [TrustTag.blame, .defend, .minimize].reduce(into: []) { $0.insert($1.rawValue) }
        case .habits: return [HabitTag.compareExperience, .yesBut, .advice].reduce(into: []) { $0.insert($1.rawValue) }
        }
    }

    /// Tags that are a good move in `skill` (the coach praises them).
    public static func strengths(in skill: Skill) -> Set<String> {
        switch skill {
        case .question: return [QuestionTag.open.rawValue]
        case .nvc: return [NVCTag.observation, .feeling, .need, .request].reduce(into: []) { $0.insert($1.rawValue) }
        case .trust: return [TrustTag.acknowledge, .apology, .explain, .commit, .askNeed].reduce(into: []) { $0.insert($1.rawValue) }
        case .habits: return [HabitTag.admitUnknown, .reflect].reduce(into: []) { $0.insert($1.rawValue) }
        }
    }

    /// A short Dutch tip for `tag` in `skill`: what was noticed and what to try instead. For a closed
    /// question it ends with an open question built from `line` ("Heeft u…" → "Wat heeft u…?").
    public func tip(for skill: Skill, tag: String, line: String) -> String? {
        guard let base = lexicon.tips["\(skill.rawValue)/\(tag)"] else { return nil }
        if skill == .question && tag == QuestionTag.closed.rawValue {
            return base + " Bijvoorbeeld: \"" + Self.openQuestionSuggestion(for: line) + "\""
        }
        return base
    }

    /// Short Dutch praise for a strength ("Mooie open vraag."), nil for other tags.
    public func praise(for skill: Skill, tag: String) -> String? {
        lexicon.praise["\(skill.rawValue)/\(tag)"]
    }

    /// Turns a closed question into an open one built from its own words: the verb-first opening gets
    /// a question word ("Is het overleg goed gegaan?" → "Hoe is het overleg gegaan?", "Vindt u ook
    /// niet dat…?" → "Wat vindt u zelf?", "Bent u tevreden over het contact?" → "Wat vindt u van het contact?").
    static func openQuestionSuggestion(for line: String) -> String {
        guard let s = Tokenizer.sentences(line).last(where: { !$0.isEmpty }) else {
            return "Wat kunt u daarover vertellen?"
        }
        var w = s.words
        let hinges: Set<String> = ["al", "ook", "niet", "goed", "wel", "nog", "toch", "eigenlijk", "misschien", "even"]
        let determiners: Set<String> = ["het", "de", "dat", "dit", "die", "deze", "een", "uw", "jouw", "je", "mijn", "onze", "hun", "zijn", "haar"]
        let pronouns: Set<String> = ["u", "je", "jij", "jullie", "we", "wij", "ze", "zij", "hij", "ik"]
        if let comma = s.commaBefore.lastIndex(of: true), comma > 0, comma >= w.count - 3 { w = Array(w[..<comma]) }
        guard let verb = w.first, openingVerbs.contains(verb), w.count >= 2 else {
            return "Hoe kijkt u daartegenaan?"
        }
        let subject = w[1]
        let you = pronouns.contains(subject) && subject != "ik" && subject != "we" && subject != "wij" ? subject : "u"
        let vind = you == "u" || you == "hij" ? "vindt \(you)" : (you == "je" || you == "jij" ? "vind \(you)" : "vinden \(you)")
        func after(_ words: [String], _ set: Set<String>) -> String? {
            guard let p = words.firstIndex(where: set.contains), p + 1 < words.count else { return nil }
            let tail = words[(p + 1)...].filter { !hinges.contains($0) }
            guard !tail.isEmpty, tail.count <= 8 else { return nil }
            var t = Array(tail)
            if let last = t.last, Participle.isLikely(last) { t.removeLast() }
            return t.isEmpty ? nil : t.joined(separator: " ")
        }
        switch verb {
        case "vind", "vindt", "vinden", "denk", "denkt", "denken":
            return "Wat \(vind) zelf?"
        case "klopt":
            return "Hoe zit dat precies?"
        case "weet", "weten":
            return "Wat weet \(you) daarover?"
        default: break
        }
        let evaluative: Set<String> = ["tevreden", "akkoord", "eens", "blij", "fijn", "prettig", "ontevreden"]
        if w.contains(where: evaluative.contains), let x = after(w, ["met", "over", "van", "aan"]) {
            return "Wat \(vind) van \(x)?"
        }
        if let last = w.last, ["gelezen", "gezien", "gehoord", "bekeken", "ontvangen"].contains(last) {
            var object = Array(w.dropFirst(2).dropLast()).filter { !hinges.contains($0) }
            if object.isEmpty { object = ["dat"] }
            return "Wat \(vind) van \(object.joined(separator: " "))?"
        }
        let timeWords: Set<String> = ["week", "maand", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "morgen", "vandaag", "volgende"]
        if ["kunt", "kun", "kan", "kunnen", "zullen", "zal"].contains(verb) && w.contains(where: timeWords.contains) {
            return "Wanneer \(verb) \(subject)?"
        }
        if ["mag", "mogen"].contains(verb), let x = after(w, ["over"]) {
            return "Wat kunt u mij vertellen over \(x)?"
        }
        if ["heeft", "hebt", "heb", "hebben", "had", "hadden"].contains(verb), let last = w.last, Participle.isLikely(last) {
            if let x = after(w, ["met"]) { return "Hoe is het gegaan met \(x)?" }
            var object = Array(w.dropFirst(2).dropLast()).filter { !hinges.contains($0) }
            if object.isEmpty { object = ["dat"] }
            return "Hoe is het gegaan met \(object.joined(separator: " "))?"
        }
        let copulas: Set<String> = ["is", "was", "ben", "bent", "zijn", "waren"]
        // "Bent u tevreden…" → "Hoe tevreden bent u…?"
        if copulas.contains(verb), pronouns.contains(subject), w.count >= 3, !determiners.contains(w[2]) {
            return "Hoe \(w[2]) \(verb) \(subject)?"
        }
        var rest = Array(w.dropFirst()).filter { !hinges.contains($0) }
        if let of = rest.firstIndex(of: "of") { rest = Array(rest[..<of]) }
        let hoe: Set<String> = ["is", "was", "ben", "bent", "zijn", "waren", "gaat", "ging", "gaan", "loopt", "liep", "staat",
                                "kunt", "kun", "kan", "kunnen", "moeten", "moet", "zullen", "voelt", "voel", "werkt"]
        let questionWord = hoe.contains(verb) ? "Hoe" : "Wat"
        if rest.count <= 8 {
            return ([questionWord, verb] + rest).joined(separator: " ") + "?"
        }
        var head = [questionWord, verb, subject]
        if determiners.contains(subject), w.count > 2 { head.append(w[2]) }
        return head.joined(separator: " ") + " …?"
    }

    static let openingVerbs: Set<String> = [
        "ben", "bent", "is", "zijn", "was", "waren", "heb", "hebt", "heeft", "hebben", "had", "hadden",
        "kan", "kun", "kunt", "kunnen", "wil", "wilt", "willen", "zal", "zult", "zullen", "zou", "zouden",
        "mag", "mogen", "moet", "moeten", "doe", "doet", "doen", "gaat", "ga", "gaan", "vind", "vindt",
        "vinden", "denk", "denkt", "denken", "weet", "weten", "klopt", "ziet", "zie", "hoor", "hoort", "merkt",
        "voelt", "voel", "staat", "loopt", "werkt", "kent", "ken", "snapt", "begrijpt",
    ]
}
