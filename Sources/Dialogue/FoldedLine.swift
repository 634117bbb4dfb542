/// A learner's line as `matches` patterns compare it: folded into words only when a rule
/// actually has a `matches`, since most rules test the coach's tags alone.
final class FoldedLine {
    let text: String
    private(set) lazy var words = FoldedWords(text)

    init(_ text: String) { self.text = text }
}

/// A text lower-cased and without accents, as UTF-8 bytes, with where each word (letters and
/// digits) stands: patterns compare bytes, so a line costs two buffers, not a String per word.
struct FoldedWords {
    let bytes: [UInt8]
    let ranges: [Range<Int>]

    init(_ text: String) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // Typed Dutch is mostly plain ASCII: fold and split in one pass over the bytes.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(text.utf8.count / 4 + 1)
            var wordStart: Int?
            for byte in text.utf8 {
                let folded = byte &- 0x41 < 26 ? byte | 0x20 : byte
                let isWordByte = TextPattern.isASCIILetterOrDigit(folded)
                if isWordByte, wordStart == nil {
                    wordStart = bytes.count
                } else if !isWordByte, let start = wordStart {
                    ranges.append(start..<bytes.count)
                    wordStart = nil
                }
                bytes.append(folded)
            }
            if let start = wordStart { ranges.append(start..<bytes.count) }
            self.bytes = bytes
            self.ranges = ranges
        } else {
            let folded = TextPattern.fold(text)
            var bytes: [UInt8] = []
            var ranges: [Range<Int>] = []
            for word in folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
                let start = bytes.count
                bytes.append(contentsOf: word.utf8)
                ranges.append(start..<bytes.count)
            }
            self.bytes = bytes
            self.ranges = ranges
        }
    }
}
