import Foundation

/// A `matches` entry: a word or phrase (whole words, case- and accent-insensitive) or a `/regex/`.
public struct TextPattern: Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        /// The folded words, as UTF-8 bytes.
        case phrase([[UInt8]])
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
            let words = FoldedWords(source)
            guard !words.ranges.isEmpty else { throw PatternError(message: "'\(source)' bevat geen woorden om op te zoeken") }
            kind = .phrase(words.ranges.map { Array(words.bytes[$0]) })
        }
    }

    func matches(text: String, foldedWords line: FoldedWords) -> Bool {
        switch kind {
        case .phrase(let words):
            guard words.count <= line.ranges.count else { return false }
            return line.bytes.withUnsafeBufferPointer { bytes in
                for start in 0...(line.ranges.count - words.count)
                where zip(words, line.ranges[start...]).allSatisfy({ word, range in word.elementsEqual(bytes[range]) }) {
                    return true
                }
                return false
            }
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

    @inline(__always)
    static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
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
