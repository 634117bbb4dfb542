import Foundation

/// A `matches` entry: a word or phrase (whole words, case- and accent-insensitive) or a `/regex/`.
public struct TextPattern: Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        case phrase([String])
        case regex(CompiledRegex)
    }

    public var source: String
    public var kind: Kind

    public var description: String { source }

    /// Builds the pattern; throws a Dutch message when the regex does not compile.
    public init(_ source: String) throws(PatternError) {
        self.source = source
        if source.count >= 2, source.hasPrefix("/"), source.hasSuffix("/") {
            let body = String(source.dropFirst().dropLast())
            guard !body.isEmpty else { throw PatternError(message: "'\(source)' is een lege reguliere expressie; die past op elke zin") }
            do {
                kind = .regex(CompiledRegex(try NSRegularExpression(pattern: body, options: [.caseInsensitive])))
            } catch {
                throw PatternError(message: "'\(source)' is geen geldige reguliere expressie")
            }
        } else {
            let words = Self.words(of: source).map(String.init)
            guard !words.isEmpty else { throw PatternError(message: "'\(source)' bevat geen woorden om op te zoeken") }
            kind = .phrase(words)
        }
    }

    func matches(text: String, foldedWords: [Substring]) -> Bool {
        switch kind {
        case .phrase(let words):
            guard words.count <= foldedWords.count else { return false }
            for start in 0...(foldedWords.count - words.count)
            where zip(words, foldedWords[start...]).allSatisfy({ $0 == $1 }) {
                return true
            }
            return false
        case .regex(let regex):
            return regex.matches(text) || regex.matches(Self.fold(text))
        }
    }

    /// Lower-cased, accents removed: "Één idee" and "een idee" compare equal.
    static func fold(_ text: String) -> String {
        // Most typed Dutch is plain ASCII; Foundation's folding costs microseconds per line.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// The folded words of a line (letters and digits; everything else separates).
    static func words(of text: String) -> [Substring] {
        let folded = fold(text)
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            return folded.utf8.split(whereSeparator: { !isASCIILetterOrDigit($0) }).map { Substring($0) }
        }
        return folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }
}

/// A regex compiled once at load time. NSRegularExpression is immutable and safe to share.
public final class CompiledRegex: @unchecked Sendable {
    let regex: NSRegularExpression

    init(_ regex: NSRegularExpression) { self.regex = regex }

    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}

/// Why a `matches` entry is unusable (Dutch, for lint messages).
public struct PatternError: Error, Sendable {
    public var message: String
}
