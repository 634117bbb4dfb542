extension String {
    /// Without leading and trailing whitespace or newlines (Unicode White_Space). Cheaper than
    /// Foundation's `trimmingCharacters(in:)`, which bridges through NSString on every learner line.
    var trimmedLine: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isSpace($0) }),
              let last = scalars.lastIndex(where: { !Self.isSpace($0) }) else { return "" }
        return String(Substring(scalars[first...last]))
    }

    /// The number of characters, counted only when the UTF-8 length could exceed `limit`.
    func exceeds(characters limit: Int) -> Bool {
        utf8.count > limit && count > limit
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar.value == 0x0B || scalar.value == 0x0C
        }
        return scalar.properties.isWhitespace
    }
}
