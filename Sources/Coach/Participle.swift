/// A cheap guess whether a folded word is a past participle ("genegeerd", "weggehaald", "beantwoord").
///
/// Used where no list can be complete: pseudo-feelings after "ik voel me" and perfect tenses that
/// mark a description of what happened.
enum Participle {
    static let inseparablePrefixes = ["be", "ver", "ont", "her", "ge", "er"]
    static let separablePrefixes = ["binnen", "op", "uit", "aan", "af", "in", "mee", "terug", "weg", "door",
                                    "over", "om", "toe", "voor", "na", "bij", "langs", "rond", "vast", "los",
                                    "neer", "samen", "tegen", "achter", "thuis", "kapot", "buiten"]

    static func isLikely(_ w: String) -> Bool {
        let u = w.utf8
        guard u.count >= 5 else { return false }
        let last = u.last!
        let endsRight = last == UInt8(ascii: "d") || last == UInt8(ascii: "t") || last == UInt8(ascii: "n")
        guard endsRight else { return false }
        // Nouns in -ing(en) ("bezuinigingen", "verbouwingen") are never participles; strong participles
        // have o/e there (gedwongen, gezongen).
        if w.endsWith("ingen") { return false }
        // Nor plurals of "lid" ("bestuursleden", "gezinsleden", "raadsleden"); "geleden" (7 letters) stays.
        if u.count > 7 && w.endsWith("leden") { return false }
        // In -n only -en and -aan (genomen, gedaan, gegaan): "gewoon" and "gezin" look like ge- participles.
        guard last != UInt8(ascii: "n") || w.endsWith("en") || w.endsWith("aan") else { return false }
        if w.startsWith("ge") { return true } // gebeld, gezet, genomen, gedaan
        for p in separablePrefixes where w.startsWith(p) {
            if w.dropFirst(p.count).hasPrefix("ge") { return true }
        }
        guard last != UInt8(ascii: "n") || w.endsWith("en") else { return false }
        // be-/ver-/ont-/her- participles end in -d, -t or -en ("beantwoord", "verstuurd", "ontvangen").
        for p in ["be", "ver", "ont", "her"] where w.startsWith(p) && u.count >= p.count + 4 { return true }
        // "verzet", "verhit": a three-letter stem in -t after "ver" ("verbod" is a noun).
        if w.startsWith("ver") && u.count == 6 && last == UInt8(ascii: "t") { return true }
        return false
    }
}
