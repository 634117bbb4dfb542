/// One concept of the lexicon: single words in a set, multi-word entries indexed by their first word.
public struct WordList: Sendable, Hashable {
    public private(set) var words: Set<String> = []
    /// Multi-word entries keyed by their first word.
    public private(set) var phrases: [String: [[String]]] = [:]
    /// Words a phrase may skip over inside the text ("valt echt mee" matches "valt mee"); at most two.
    public var fillers: Set<String> = []

    public init() {}

    public init(entries: [String]) {
        for entry in entries { insert(entry) }
    }

    /// Parses a lexicon file: one entry per line, `#` starts a comment, blank lines ignored.
    public init(fileText: String) {
        for rawLine in fileText.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmingWhitespace()
            if !trimmed.isEmpty { insert(String(trimmed)) }
        }
    }

    public mutating func insert(_ entry: String) {
        let tokens = Tokenizer.words(entry)
        guard let first = tokens.first else { return }
        if tokens.count == 1 {
            words.insert(first)
        } else {
            phrases[first, default: []].append(tokens)
        }
    }

    public var isEmpty: Bool { words.isEmpty && phrases.isEmpty }

    /// Whether the single word is an entry (multi-word entries are ignored here).
    @inline(__always)
    public func contains(_ word: String) -> Bool { words.contains(word) }

    /// Length of the entry (single word or phrase) starting at `i`, or 0 if none starts there.
    public func matchLength(in words: [String], at i: Int) -> Int {
        guard i >= 0 && i < words.count else { return 0 }
        let w = words[i]
        var best = 0
        if let candidates = phrases[w] {
            for phrase in candidates where phrase.count > best && i + phrase.count <= words.count {
                var ok = true
                var k = 1
                var t = i + 1
                var skipped = 0
                while k < phrase.count {
                    guard t < words.count else { ok = false; break }
                    if words[t] == phrase[k] { k += 1; t += 1; continue }
                    if skipped < 2 && fillers.contains(words[t]) { skipped += 1; t += 1; continue }
                    ok = false; break
                }
                if ok { best = t - i }
            }
        }
        if best == 0 && self.words.contains(w) { best = 1 }
        return best
    }

    /// First position in `range` where an entry starts.
    public func firstMatch(in sentence: Sentence, from: Int = 0, to: Int? = nil) -> (index: Int, length: Int)? {
        let end = min(to ?? sentence.count, sentence.count)
        var i = max(from, 0)
        while i < end {
            let n = matchLength(in: sentence.words, at: i)
            if n > 0 { return (i, n) }
            i += 1
        }
        return nil
    }

    public func matches(_ sentence: Sentence, from: Int = 0, to: Int? = nil) -> Bool {
        firstMatch(in: sentence, from: from, to: to) != nil
    }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }
}
