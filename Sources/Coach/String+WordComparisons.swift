extension String {
    /// `hasSuffix` for the coach's folded words, comparing UTF-8 bytes.
    ///
    /// `hasSuffix` compares Characters (about a hundred instructions even for "e"); on the words
    /// the tokenizer makes, which never hold a combining mark, comparing bytes gives the same answer.
    @inline(__always)
    func endsWith(_ suffix: String) -> Bool {
        let n = suffix.utf8.count
        let m = utf8.count
        guard n <= m else { return false }
        return Self.bytesEqual(self, from: m - n, suffix, count: n) ?? hasSuffix(suffix)
    }

    /// `hasPrefix` for the coach's folded words, comparing UTF-8 bytes (see `endsWith`).
    @inline(__always)
    func startsWith(_ prefix: String) -> Bool {
        let n = prefix.utf8.count
        guard n <= utf8.count else { return false }
        return Self.bytesEqual(self, from: 0, prefix, count: n) ?? hasPrefix(prefix)
    }

    /// Whether `count` bytes of `word` from `offset` equal the first `count` of `part`; nil when
    /// either has no contiguous UTF-8 (a bridged string, not a tokenizer word).
    @inline(__always)
    fileprivate static func bytesEqual(_ word: String, from offset: Int, _ part: String, count: Int) -> Bool? {
        let result = word.utf8.withContiguousStorageIfAvailable { wordBytes -> Bool? in
            part.utf8.withContiguousStorageIfAvailable { partBytes -> Bool in
                var i = 0
                while i < count {
                    if wordBytes[offset + i] != partBytes[i] { return false }
                    i += 1
                }
                return true
            }
        }
        return result ?? nil
    }
}

extension String {
    /// `==` for a folded word against a literal word, cheapest when they differ (most tests do).
    ///
    /// `==` calls out of line to compare two Strings whose storage differs, some thirty
    /// instructions; words of different UTF-8 lengths cannot be equal (the tokenizer's words and the
    /// analyzers' literals are in the same, composed form), and that test is inline.
    @inline(__always)
    func equals(_ word: String) -> Bool {
        utf8.count == word.utf8.count && self == word
    }
}
