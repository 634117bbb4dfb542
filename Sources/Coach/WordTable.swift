/// A read-only map from a lexicon word to its entry number, built once when the coach loads.
///
/// Every word of every learner line is looked up here. `Dictionary<String, _>` hashes a String
/// with SipHash through `Hasher` (some 300 instructions for a short word); this table hashes the
/// word's UTF-8 bytes with FNV-1a and probes an open-addressed array, a few instructions a byte.
struct WordTable: Sendable {
    private struct Slot: Sendable {
        var hash: UInt32 = 0
        var offset: Int32 = 0
        var length: Int32 = 0
        /// The entry number; -1 marks an empty slot.
        var value: Int32 = -1
    }

    /// Every key's bytes, one after the other; a slot points into it.
    private let keys: [UInt8]
    private let slots: [Slot]
    private let mask: Int

    init(_ pairs: [String: Int32]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity *= 2 }
        var keys: [UInt8] = []
        var slots = [Slot](repeating: Slot(), count: capacity)
        // Sorted, so that the layout (and a probe's length) is the same from run to run.
        for (word, value) in pairs.sorted(by: { $0.key < $1.key }) {
            let bytes = Array(word.utf8)
            let hash = Self.hash(bytes)
            var index = Int(hash) & (capacity - 1)
            while slots[index].value >= 0 { index = (index + 1) & (capacity - 1) }
            slots[index] = Slot(hash: hash, offset: Int32(keys.count), length: Int32(bytes.count), value: value)
            keys.append(contentsOf: bytes)
        }
        self.keys = keys
        self.slots = slots
        self.mask = capacity - 1
    }

    /// The entry number of `word`, or nil when it is in no list.
    @inline(__always)
    func value(of word: String) -> Int32? {
        word.utf8.withContiguousStorageIfAvailable { value(ofUTF8: $0) } ?? value(ofUTF8: Array(word.utf8))
    }

    private func value<Bytes: RandomAccessCollection>(ofUTF8 word: Bytes) -> Int32? where Bytes.Element == UInt8, Bytes.Index == Int {
        let hash = Self.hash(word)
        let count = word.count
        return slots.withUnsafeBufferPointer { slots in
            keys.withUnsafeBufferPointer { keys in
                var index = Int(hash) & mask
                while true {
                    let slot = slots[index]
                    if slot.value < 0 { return nil }
                    if slot.hash == hash && Int(slot.length) == count {
                        var equal = true
                        var i = 0
                        let base = Int(slot.offset)
                        while i < count {
                            if keys[base + i] != word[word.startIndex + i] { equal = false; break }
                            i += 1
                        }
                        if equal { return slot.value }
                    }
                    index = (index + 1) & mask
                }
            }
        }
    }

    /// 32-bit FNV-1a: good enough spread for a few thousand short words, and cheap.
    @inline(__always)
    private static func hash<Bytes: Collection>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return hash
    }
}
