/// Undoes the Dutch attributive -e on adjectives so one list entry covers both forms
/// ("schandalige" → "schandalig", "waardeloze" → "waardeloos", "trage" → "traag", "stomme" → "stom").
enum Inflection {
    static func adjectiveBases(_ w: String) -> [String] {
        guard w.endsWith("e"), w.count > 3 else { return [] }
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

    /// Whether `test` accepts one of `adjectiveBases(w)`, trying them in the same order without
    /// building the array: this runs for every word ending in -e.
    static func anyAdjectiveBase(of w: String, where test: (String) -> Bool) -> Bool {
        guard w.endsWith("e"), w.count > 3 else { return false }
        let stem = String(w.dropLast())
        if test(stem) { return true }
        let bytes = Array(stem.utf8.suffix(3))
        let n = stem.utf8.count
        let last = bytes[bytes.count - 1]
        let previous = bytes.count >= 2 ? bytes[bytes.count - 2] : 0
        if n >= 2 && last == previous && !isVowel(last) && test(String(stem.dropLast())) { return true }
        var voiced = stem
        var voicedLast = last
        if last == UInt8(ascii: "z") || last == UInt8(ascii: "v") {
            voicedLast = last == UInt8(ascii: "z") ? UInt8(ascii: "s") : UInt8(ascii: "f")
            voiced = String(stem.dropLast()) + String(UnicodeScalar(voicedLast))
            if test(voiced) { return true }
        }
        if n >= 3 && !isVowel(voicedLast) && isVowel(previous) && !isVowel(bytes[0]) {
            let long = String(voiced.dropLast()) + String(UnicodeScalar(previous)) + String(UnicodeScalar(voicedLast))
            if test(long) { return true }
        }
        return false
    }

    @inline(__always)
    static func isVowel(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "a") || c == UInt8(ascii: "e") || c == UInt8(ascii: "i") || c == UInt8(ascii: "o") || c == UInt8(ascii: "u")
    }
}
