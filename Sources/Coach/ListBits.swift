/// A set of up to 192 list ids: which lexicon lists a word belongs to (or starts a phrase of).
///
/// Sentences keep these bits flat, `ListBits.words` integers per word (`Sentence.singleBits`), and a
/// list tests its own integer with a precomputed mask (`WordList.bitWord`, `bitMask`): one load and one
/// AND per test, whatever the capacity.
public struct ListBits: Sendable, Hashable {
    var lo: UInt64 = 0
    var mid: UInt64 = 0
    var hi: UInt64 = 0

    public static let capacity = 192
    /// Integers per set.
    static let words = 3

    @inline(__always)
    func word(_ index: Int) -> UInt64 {
        switch index {
        case 0: return lo
        case 1: return mid
        default: return hi
        }
    }

    @inline(__always)
    func contains(_ id: Int) -> Bool {
        (word(id >> 6) >> UInt64(id & 63)) & 1 == 1
    }

    /// How many ids below `id` are in the set: the position of `id`'s item in a list ordered by id.
    @inline(__always)
    func rank(of id: Int) -> Int {
        let below = (word(id >> 6) & ((1 << UInt64(id & 63)) &- 1)).nonzeroBitCount
        switch id >> 6 {
        case 0: return below
        case 1: return lo.nonzeroBitCount &+ below
        default: return lo.nonzeroBitCount &+ mid.nonzeroBitCount &+ below
        }
    }

    @inline(__always)
    mutating func insert(_ id: Int) {
        let bit: UInt64 = 1 << UInt64(id & 63)
        switch id >> 6 {
        case 0: lo |= bit
        case 1: mid |= bit
        default: hi |= bit
        }
    }

    @inline(__always)
    mutating func formUnion(_ other: ListBits) {
        lo |= other.lo; mid |= other.mid; hi |= other.hi
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
            list.assign(id: i, fillersID: fillersID)
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
        var single: [UInt64] = []
        var phrase: [UInt64] = []
        var ids: [Int32] = []
        single.reserveCapacity(s.count &* ListBits.words)
        phrase.reserveCapacity(s.count &* ListBits.words)
        ids.reserveCapacity(s.count)
        var anySingle = ListBits(), anyPhrase = ListBits()
        for w in s.words {
            if let i = table.lookup.value(of: w) {
                // Field by field: copying the whole entry would retain and release its phrases.
                let bits = table.entries[Int(i)].single
                let starts = table.entries[Int(i)].phraseStart
                single.append(bits.lo); single.append(bits.mid); single.append(bits.hi)
                phrase.append(starts.lo); phrase.append(starts.mid); phrase.append(starts.hi)
                anySingle.formUnion(bits)
                anyPhrase.formUnion(starts)
                ids.append(i)
            } else {
                single.append(0); single.append(0); single.append(0)
                phrase.append(0); phrase.append(0); phrase.append(0)
                ids.append(-1)
            }
        }
        s.anySingle = anySingle
        s.anyPhrase = anyPhrase
        s.singleBits = single
        s.phraseBits = phrase
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
