/// Undoes the Dutch attributive -e on adjectives so one list entry covers both forms
/// ("schandalige" → "schandalig", "waardeloze" → "waardeloos", "trage" → "traag", "stomme" → "stom").
enum Inflection {
    static func adjectiveBases(_ w: String) -> [String] {
        guard w.hasSuffix("e"), w.count > 3 else { return [] }
        var stem = Array(w.utf8.dropLast())
        var result: [String] = [String(decoding: stem, as: UTF8.self)]
        let n = stem.count
        // Doubled consonant: stomme → stom, dikke → dik.
        if n >= 2 && stem[n - 1] == stem[n - 2] && !isVowel(stem[n - 1]) {
            result.append(String(decoding: stem.dropLast(), as: UTF8.self))
        }
        // Voiced ending: waardeloze → waardeloos, naieve → naief.
        if stem[n - 1] == UInt8(ascii: "z") { stem[n - 1] = UInt8(ascii: "s") }
        else if stem[n - 1] == UInt8(ascii: "v") { stem[n - 1] = UInt8(ascii: "f") }
        result.append(String(decoding: stem, as: UTF8.self))
        // Open syllable: trage → traag, lome → loom.
        if n >= 3 && !isVowel(stem[n - 1]) && isVowel(stem[n - 2]) && !isVowel(stem[n - 3]) {
            var long = stem
            long.insert(stem[n - 2], at: n - 1)
            result.append(String(decoding: long, as: UTF8.self))
        }
        return result
    }

    @inline(__always)
    static func isVowel(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "a") || c == UInt8(ascii: "e") || c == UInt8(ascii: "i") || c == UInt8(ascii: "o") || c == UInt8(ascii: "u")
    }
}
