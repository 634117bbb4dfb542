/// A set of up to 128 list ids: which lexicon lists a word belongs to (or starts a phrase of).
public struct ListBits: Sendable, Hashable {
    var lo: UInt64 = 0
    var hi: UInt64 = 0

    public static let capacity = 128

    @inline(__always)
    func contains(_ id: Int) -> Bool {
        id < 64 ? (lo >> UInt64(id)) & 1 == 1 : (hi >> UInt64(id - 64)) & 1 == 1
    }

    /// How many ids below `id` are in the set: the position of `id`'s item in a list ordered by id.
    @inline(__always)
    func rank(of id: Int) -> Int {
        id < 64
            ? (lo & ((1 << UInt64(id)) &- 1)).nonzeroBitCount
            : lo.nonzeroBitCount + (hi & ((1 << UInt64(id - 64)) &- 1)).nonzeroBitCount
    }

    @inline(__always)
    mutating func insert(_ id: Int) {
        if id < 64 { lo |= 1 << UInt64(id) } else { hi |= 1 << UInt64(id - 64) }
    }
}

/// Maps each lexicon word to the lists it belongs to, so a sentence is looked up once per word and
/// every later rule is a bit test instead of a string hash (the coach must cost microseconds a line).
struct FeatureIndex: Sendable {
    let table: FeatureTable

    /// Gives every list an id (sorted by name) and indexes its words; lists past the capacity keep
    /// id -1 and are matched on strings.
    static func prepare(_ lexicon: Lexicon) -> (Lexicon, FeatureIndex) {
        var prepared = lexicon
        var lookup: [String: Int32] = [:]
        var entries: [FeatureTable.Entry] = []
        func entry(_ w: String) -> Int {
            if let i = lookup[w] { return Int(i) }
            lookup[w] = Int32(entries.count)
            entries.append(FeatureTable.Entry())
            return entries.count - 1
        }
        let names = lexicon.lists.keys.sorted()
        let fillersID = names.firstIndex(of: "fillers").flatMap { $0 < ListBits.capacity ? $0 : nil } ?? -1
        for (i, name) in names.enumerated() where i < ListBits.capacity {
            guard var list = prepared.lists[name] else { continue }
            list.id = i
            list.fillersID = fillersID
            for w in list.words { entries[entry(w)].single.insert(i) }
            for (first, phrases) in list.phrases {
                let e = entry(first)
                entries[e].phraseStart.insert(i)
                // Every word of a phrase gets an entry, so a phrase walk compares entry ids, not strings.
                let phraseIDs = phrases.map { phrase in phrase.map { Int32(entry($0)) } }
                entries[e].phrases.append(FeatureTable.PhraseGroup(list: i, phrases: phraseIDs))
            }
            prepared.lists[name] = list
        }
        return (prepared, FeatureIndex(table: FeatureTable(entries: entries, lookup: lookup)))
    }

    /// Fills the sentence's per-word list bits.
    func annotate(_ s: inout Sentence) {
        // Appended, not `Array(repeating:count:)`: that standard library entry point is not
        // specialized and looks up the array's type metadata on every call (3 per sentence).
        var single: [ListBits] = []
        var phrase: [ListBits] = []
        var ids: [Int32] = []
        single.reserveCapacity(s.count)
        phrase.reserveCapacity(s.count)
        ids.reserveCapacity(s.count)
        for w in s.words {
            if let i = table.lookup.value(of: w) {
                // Field by field: copying the whole entry would retain and release its phrases.
                single.append(table.entries[Int(i)].single)
                phrase.append(table.entries[Int(i)].phraseStart)
                ids.append(i)
            } else {
                single.append(ListBits())
                phrase.append(ListBits())
                ids.append(-1)
            }
        }
        var anySingle = ListBits(), anyPhrase = ListBits()
        for k in 0..<s.count {
            anySingle.lo |= single[k].lo; anySingle.hi |= single[k].hi
            anyPhrase.lo |= phrase[k].lo; anyPhrase.hi |= phrase[k].hi
        }
        s.anySingle = anySingle
        s.anyPhrase = anyPhrase
        s.single = single
        s.phraseStart = phrase
        s.entryIDs = ids
        s.table = table
    }
}

/// The indexed lexicon words (shared, immutable).
final class FeatureTable: Sendable {
    struct Entry: Sendable {
        var single = ListBits()
        var phraseStart = ListBits()
        /// Per list, in list id order (one item per bit of `phraseStart`, so `phraseStart.rank(of:)`
        /// finds a list's item), the list's phrases starting with this word.
        var phrases: [PhraseGroup] = []
    }

    /// One list's phrases that start with the same word, as entry ids, sorted by their second
    /// word. Common first words start many phrases ("wat" starts 44 exclamations): a one-word
    /// Bloom filter of the second words (`bloomBit`) skips them all with one test when none of the
    /// next words can be a second word, and otherwise a binary search finds the few phrases whose
    /// second word is actually there.
    struct PhraseGroup: Sendable {
        let list: Int
        let seconds: UInt64
        /// `phrases[i][1]`, kept apart so the search does not touch the nested arrays.
        let secondIDs: [Int32]
        let phrases: [[Int32]]

        init(list: Int, phrases: [[Int32]]) {
            let sorted = phrases.filter { $0.count > 1 }.sorted { $0[1] < $1[1] }
            self.list = list
            self.phrases = sorted
            self.secondIDs = sorted.map { $0[1] }
            self.seconds = sorted.reduce(0) { $0 | FeatureTable.bloomBit($1[1]) }
        }

        /// The range of `phrases` whose second word is `id`.
        @inline(__always)
        func range(ofSecond id: Int32) -> Range<Int> {
            var low = 0, high = secondIDs.count
            while low < high {
                let mid = (low &+ high) >> 1
                if secondIDs[mid] < id { low = mid &+ 1 } else { high = mid }
            }
            var end = low
            while end < secondIDs.count && secondIDs[end] == id { end &+= 1 }
            return low..<end
        }
    }

    @inline(__always)
    static func bloomBit(_ entryID: Int32) -> UInt64 {
        entryID < 0 ? 0 : 1 << UInt64(entryID & 63)
    }

    let entries: [Entry]
    let lookup: WordTable

    init(entries: [Entry], lookup: [String: Int32]) {
        self.entries = entries
        self.lookup = WordTable(lookup)
    }
}
