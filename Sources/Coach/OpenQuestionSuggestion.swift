/// Turns a closed question into an open one built from its own words, for the closed-question tip.
/// Every rule here only fires when its output is sure to be good Dutch; anything else gets a general
/// open question in the same form of address, because a clumsy example teaches less than none.
enum OpenQuestionSuggestion {
    private static let hinges: Set<String> = ["al", "ook", "niet", "goed", "wel", "nog", "toch", "eigenlijk", "misschien", "even", "eens"]
    private static let pronouns: Set<String> = ["u", "je", "jij", "jullie", "we", "wij", "ze", "zij", "hij", "ik"]
    private static let objectPronouns: Set<String> = ["het", "dat", "dit", "die", "deze"]
    private static let nounDeterminers: Set<String> = ["de", "het", "uw", "jouw", "jullie", "onze", "ons", "mijn", "deze", "die", "dit"]
    private static let prepositions: Set<String> = ["in", "op", "aan", "met", "over", "van", "voor", "bij", "naar", "door", "uit", "tegen", "om", "tot"]
    private static let haveVerbs: Set<String> = ["heeft", "hebt", "heb", "hebben", "had", "hadden"]
    private static let copulas: Set<String> = ["is", "was", "ben", "bent", "zijn", "waren"]
    private static let modals: Set<String> = ["kunt", "kun", "kan", "kunnen", "moeten", "moet", "zullen", "zal", "wil", "wilt", "willen", "zou", "zouden", "mag", "mogen"]
    /// Verbs after which "Hoe" + the rest of the question reads well ("Gaat het goed met…" → "Hoe gaat het met…").
    private static let howVerbs: Set<String> = ["gaat", "ging", "gaan", "loopt", "liep", "lopen", "werkt", "werken", "voelt", "voel", "verloopt"]
    private static let embeddedQuestionWords: Set<String> = ["hoe", "waarom", "wanneer", "waar"]

    static func suggest(for line: String) -> String {
        guard let s = Tokenizer.sentences(line).last(where: { !$0.isEmpty }) else { return "Wat kunt u daarover vertellen?" }
        var w = s.words
        // Drop a trailing tag question (", toch", ", hè").
        if let comma = s.commaBefore.lastIndex(of: true), comma > 0, comma >= w.count - 3 { w = Array(w[..<comma]) }
        guard let verb = w.first, Coach.openingVerbs.contains(verb), w.count >= 2 else { return general(you: "u") }
        let subject = w[1]
        let you = pronouns.contains(subject) && !["ik", "we", "wij"].contains(subject) ? subject : "u"
        let rest = Array(w.dropFirst(2)).filter { !hinges.contains($0) }

        switch verb {
        case "vind", "vindt", "vinden", "denk", "denkt", "denken":
            return "Wat \(conjugate("vinden", you)) \(you) zelf?"
        case "klopt":
            return "Hoe zit dat precies?"
        case "weet", "weten":
            if let embedded = embeddedQuestion(Array(w.dropFirst(2)), you: you) { return embedded }
            return "Wat \(conjugate("weten", you)) \(you) daarover?"
        default:
            break
        }
        // "Is het overleg goed gegaan?" → "Hoe is het overleg gegaan?"
        if copulas.contains(verb), let last = rest.last, ["gegaan", "verlopen", "gelopen", "bevallen"].contains(last), rest.count <= 6 {
            return (["Hoe", verb, subject] + rest).joined(separator: " ") + "?"
        }
        // "Kan ik u ergens mee helpen?" → "Waarmee kan ik u helpen?"
        if let e = rest.firstIndex(of: "ergens"), e + 1 < rest.count, ["mee", "aan", "over", "voor", "bij", "naar", "op"].contains(rest[e + 1]) {
            let remaining = rest[..<e] + rest[(e + 2)...]
            return (["Waar" + rest[e + 1], verb, subject] + remaining).joined(separator: " ") + "?"
        }
        // Either/or: "Wilt u koffie of thee?" — let them choose and say why.
        if rest.contains("of") && rest.last != "niet" { return "Wat heeft \(possessive(you)) voorkeur, en waarom?" }
        if let embedded = embeddedQuestion(Array(w.dropFirst(2)), you: you) { return embedded }
        // "Bent u tevreden over het contact?" → "Wat vindt u van het contact?"
        let evaluative: Set<String> = ["tevreden", "akkoord", "eens", "blij", "fijn", "prettig", "ontevreden"]
        if rest.contains(where: evaluative.contains), let phrase = phrase(after: ["met", "over", "van", "aan"], in: rest) {
            return "Wat \(conjugate("vinden", you)) \(you) van \(phrase)?"
        }
        // "Heeft u het formulier al ingevuld?" → "Hoe is het gegaan met het formulier?"
        if haveVerbs.contains(verb), let last = rest.last, Participle.isLikely(last) {
            let object = Array(rest.dropLast())
            if object.isEmpty || (object.count == 1 && objectPronouns.contains(object[0])) {
                return ["gelezen", "gezien", "gehoord", "bekeken", "ontvangen"].contains(last)
                    ? "Wat \(conjugate("vinden", you)) \(you) ervan?" : "Hoe is dat gegaan?"
            }
            if let phrase = phrase(after: ["met"], in: object) { return "Hoe is het gegaan met \(phrase)?" }
            if nounDeterminers.contains(object[0]) && object.count <= 4 { return "Hoe is het gegaan met \(object.joined(separator: " "))?" }
        }
        // "Heeft u al een plan?" → "Wat voor plan heeft u?"; "Hebben jullie vragen?" → "Welke vragen hebben jullie?"
        if haveVerbs.contains(verb), pronouns.contains(subject) {
            if rest.count == 2, rest[0] == "een" || rest[0] == "geen" { return "Wat voor \(rest[1]) \(verb) \(subject)?" }
            if rest.count == 1, rest[0].endsWith("en") || rest[0].endsWith("s"), rest[0].count > 4 { return "Welke \(rest[0]) \(verb) \(subject)?" }
        }
        // "Bent u boos?" → "Hoe boos bent u?": a pronoun subject and one adjective.
        if copulas.contains(verb), pronouns.contains(subject), rest.count == 1, isPlainAdjective(rest[0]) {
            return "Hoe \(rest[0]) \(verb) \(subject)?"
        }
        // "Kunnen we volgende week afspreken?" → "Wanneer kunnen we afspreken?"
        let timeWords: Set<String> = ["week", "maand", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "morgen", "vandaag", "volgende"]
        if modals.contains(verb), let last = rest.last, last.endsWith("en"), rest.contains(where: timeWords.contains) {
            return "Wanneer \(verb) \(subject) \(last)?"
        }
        // "Moeten we de bewoners informeren?" → "Hoe moeten we de bewoners informeren?"; "Gaat het goed met de groep?"
        let modalWithInfinitive = modals.contains(verb) && pronouns.contains(subject) && (rest.last?.endsWith("en") ?? false) && rest.count >= 2
        if (modalWithInfinitive || howVerbs.contains(verb)) && rest.count <= 7 && !rest.contains("of") {
            return (["Hoe", verb, subject] + rest).joined(separator: " ") + "?"
        }
        // Otherwise ask about the thing the question was about: "Kent u de regels?" → "Wat kunt u vertellen over de regels?"
        if let phrase = definitePhrase(in: Array(w.dropFirst(1)), skipFirst: pronouns.contains(subject) || subject == "het") {
            return "Wat \(conjugate("kunnen", you)) \(you) vertellen over \(phrase)?"
        }
        return general(you: you)
    }

    /// "Hebben jullie een idee hoe het verder moet?" → "Hoe denken jullie dat het verder moet?"
    private static func embeddedQuestion(_ rest: [String], you: String) -> String? {
        guard let q = rest.firstIndex(where: embeddedQuestionWords.contains), rest.count - q >= 3, rest.count - q <= 9 else { return nil }
        let clause = rest[(q + 1)...].joined(separator: " ")
        return "\(rest[q].prefix(1).uppercased())\(rest[q].dropFirst()) \(conjugate("denken", you)) \(you) dat \(clause)?"
    }

    /// The noun phrase after one of `words` ("over het contact met de gemeente" → "het contact met de gemeente").
    private static func phrase(after words: Set<String>, in rest: [String]) -> String? {
        guard let p = rest.firstIndex(where: words.contains), p + 1 < rest.count else { return nil }
        var tail = Array(rest[(p + 1)...])
        if let last = tail.last, Participle.isLikely(last) { tail.removeLast() }
        guard let first = tail.first, nounDeterminers.contains(first) || tail.count == 1, tail.count <= 6 else { return nil }
        return tail.joined(separator: " ")
    }

    /// The first determiner + noun in `words`, with one inflected adjective between them
    /// ("de regels", "de eerste keer"); never running on into a verb or predicate.
    private static func definitePhrase(in words: [String], skipFirst: Bool) -> String? {
        var k = skipFirst ? 1 : 0
        while k + 1 < words.count {
            let next = words[k + 1]
            if nounDeterminers.contains(words[k]), !nounDeterminers.contains(next), !prepositions.contains(next),
               !hinges.contains(next), !Participle.isLikely(next) {
                // "Is het druk in…": "het" with an adjective is the subject, not a noun phrase.
                if words[k] == "het" && k + 2 < words.count && prepositions.contains(words[k + 2]) { k += 1; continue }
                if next.endsWith("e") && next.count > 3 && k + 2 < words.count && !prepositions.contains(words[k + 2]) {
                    return words[k...(k + 2)].joined(separator: " ")
                }
                return "\(words[k]) \(next)"
            }
            k += 1
        }
        return nil
    }

    private static func isPlainAdjective(_ w: String) -> Bool {
        !(w.startsWith("er") || w.startsWith("daar") || w.startsWith("hier") || w.startsWith("thuis")) && !Participle.isLikely(w) && w.count > 2
    }

    private static func general(you: String) -> String {
        "Hoe \(conjugate("kijken", you)) \(you) daartegenaan?"
    }

    private static func possessive(_ you: String) -> String {
        switch you {
        case "je", "jij": return "jouw"
        case "jullie": return "jullie"
        default: return "uw"
        }
    }

    /// Present tense of a regular verb for the addressed form ("vinden" → "vindt u", "vind je", "vinden jullie").
    private static func conjugate(_ infinitive: String, _ you: String) -> String {
        if you == "jullie" || you == "we" || you == "wij" || you == "ze" || you == "zij" { return infinitive }
        let stems = ["vinden": "vind", "weten": "weet", "kijken": "kijk", "denken": "denk", "kunnen": "kun"]
        let stem = stems[infinitive] ?? String(infinitive.dropLast(2))
        if you == "je" || you == "jij" { return stem }
        if infinitive == "kunnen" { return "kunt" }
        return stem.endsWith("t") ? stem : stem + "t"
    }
}

extension Coach {
    /// See `OpenQuestionSuggestion`.
    static func openQuestionSuggestion(for line: String) -> String {
        OpenQuestionSuggestion.suggest(for: line)
    }
}
