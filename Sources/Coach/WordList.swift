/// One concept of the lexicon: single words in a set, multi-word entries indexed by their first word.
public struct WordList: Sendable, Hashable {
    public private(set) var words: Set<String> = []
    /// Multi-word entries keyed by their first word.
    public private(set) var phrases: [String: [[String]]] = [:]
    /// Words a phrase may skip over inside the text ("valt echt mee" matches "valt mee"); at most two.
    public var fillers: Set<String> = []
    /// Bit id given by the coach's feature index; -1 means match on strings.
    public private(set) var id: Int = -1
    /// Bit id of the fillers list, for filler tests without hashing.
    private(set) var fillersID: Int = -1
    /// Where `id`'s bit sits in a word's `ListBits.words` integers, and its mask there.
    private(set) var bitWord = 0
    private(set) var bitMask: UInt64 = 0
    private(set) var fillersWord = 0
    private(set) var fillersMask: UInt64 = 0

    /// Gives the list its bit in the feature index (and the fillers list's, for phrase walks).
    mutating func assign(id: Int, fillersID: Int) {
        self.id = id
        self.fillersID = fillersID
        bitWord = id >> 6
        bitMask = 1 << UInt64(id & 63)
        if fillersID >= 0 {
            fillersWord = fillersID >> 6
            fillersMask = 1 << UInt64(fillersID & 63)
        }
    }

    /// Whether word `k` of an indexed sentence is a single-word entry: one load and one AND.
    @inline(__always)
    func hasSingleBit(_ s: Sentence, at k: Int) -> Bool {
        s.singleBits[k &* ListBits.words &+ bitWord] & bitMask != 0
    }

    @inline(__always)
    func hasPhraseBit(_ s: Sentence, at k: Int) -> Bool {
        s.phraseBits[k &* ListBits.words &+ bitWord] & bitMask != 0
    }

    /// Whether word `t` is a filler (the fillers list's bit; false when there is no fillers list).
    @inline(__always)
    func isFiller(_ s: Sentence, at t: Int) -> Bool {
        fillersID >= 0 && s.singleBits[t &* ListBits.words &+ fillersWord] & fillersMask != 0
    }

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
            // Every candidate is tried: with fillers a shorter phrase can span more words, so the
            // longest match does not depend on the order of the lexicon file.
            for phrase in candidates where i + phrase.count <= words.count {
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
                if ok { best = max(best, t - i) }
            }
        }
        if best == 0 && self.words.contains(w) { best = 1 }
        return best
    }

    /// Whether the word at `k` is a single-word entry (a bit test once the sentence is indexed).
    @inline(__always)
    public func contains(_ s: Sentence, at k: Int) -> Bool {
        guard k >= 0 && k < s.count else { return false }
        if id >= 0 && !s.singleBits.isEmpty { return hasSingleBit(s, at: k) }
        return words.contains(s.words[k])
    }

    /// Length of the entry starting at `k` in an (indexed) sentence, or 0.
    @inline(__always)
    public func matchLength(in s: Sentence, at k: Int) -> Int {
        guard k >= 0 && k < s.count else { return 0 }
        guard id >= 0, let table = s.table else { return matchLength(in: s.words, at: k) }
        let isSingle = hasSingleBit(s, at: k)
        if !hasPhraseBit(s, at: k) { return isSingle ? 1 : 0 }
        var best = 0
        // A phrase's second word stands right after its first, or after one or two fillers.
        var next: UInt64 = 0
        for t in (k + 1)..<min(k + 4, s.count) { next |= FeatureTable.bloomBit(s.entryIDs[t]) }
        // A common first word starts phrases of several lists ("wat": seven); go straight to this list's.
        let entry = Int(s.entryIDs[k])
        let group = table.entries[entry].phrases[table.entries[entry].phraseStart.rank(of: id)]
        assert(group.list == id)
        if group.seconds & next != 0 {
            var t = k + 1
            while t < s.count && t <= k + 3 {
                let second = s.entryIDs[t]
                // The walk below takes the first equal word, so a word already tried at an
                // earlier position cannot start a different match here.
                if second >= 0 && !(t > k + 1 && (s.entryIDs[k + 1] == second || (t > k + 2 && s.entryIDs[k + 2] == second))) {
                    for index in group.range(ofSecond: second) {
                        let length = walk(group.phrases[index], in: s, from: k)
                        if length > best { best = length }
                    }
                }
                guard isFiller(s, at: t) else { break }
                t += 1
            }
        }
        return best > 0 ? best : (isSingle ? 1 : 0)
    }

    /// Length of `phrase` matched from `k` (fillers may stand between its words), or 0.
    @inline(__always)
    private func walk(_ phrase: [Int32], in s: Sentence, from k: Int) -> Int {
        var p = 1
        var t = k + 1
        var skipped = 0
        while p < phrase.count {
            guard t < s.count else { return 0 }
            if s.entryIDs[t] == phrase[p] { p += 1; t += 1; continue }
            if skipped < 2 && isFiller(s, at: t) { skipped += 1; t += 1; continue }
            return 0
        }
        return t - k
    }

    /// False when no word of an indexed sentence can start an entry (lets rule loops skip the sentence).
    @inline(__always)
    public func mayMatch(_ s: Sentence) -> Bool {
        id < 0 || s.table == nil || (s.anySingle.word(bitWord) | s.anyPhrase.word(bitWord)) & bitMask != 0
    }

    /// Whether any word of the sentence is a single-word entry.
    public func containsAny(_ s: Sentence) -> Bool {
        firstIndex(in: s) != nil
    }

    /// First index of a single-word entry in `from..<to`.
    public func firstIndex(in s: Sentence, from: Int = 0, to: Int? = nil) -> Int? {
        if id >= 0 && s.table != nil && s.anySingle.word(bitWord) & bitMask == 0 { return nil }
        let end = min(to ?? s.count, s.count)
        var i = max(from, 0)
        while i < end {
            if contains(s, at: i) { return i }
            i += 1
        }
        return nil
    }

    /// First position in `range` where an entry starts.
    public func firstMatch(in sentence: Sentence, from: Int = 0, to: Int? = nil) -> (index: Int, length: Int)? {
        if id >= 0 && sentence.table != nil && (sentence.anySingle.word(bitWord) | sentence.anyPhrase.word(bitWord)) & bitMask == 0 {
            return nil
        }
        let end = min(to ?? sentence.count, sentence.count)
        var i = max(from, 0)
        if id >= 0 && sentence.table != nil && sentence.isIndexed {
            // Indexed: only a word that starts a phrase needs the phrase walk; most words are one bit test.
            while i < end {
                if hasPhraseBit(sentence, at: i) {
                    let n = matchLength(in: sentence, at: i)
                    if n > 0 { return (i, n) }
                } else if hasSingleBit(sentence, at: i) {
                    return (i, 1)
                }
                i += 1
            }
            return nil
        }
        while i < end {
            let n = matchLength(in: sentence, at: i)
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
