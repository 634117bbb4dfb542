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
        // Typed Dutch is mostly plain ASCII: one copy of the bytes, folded and split in place
        // (appending byte by byte cost a hundred instructions a byte).
        var bytes = Array(text.utf8)
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(bytes.count / 4 + 1)
        let isASCII = bytes.withUnsafeMutableBufferPointer { buffer -> Bool in
            var wordStart = -1
            for index in 0..<buffer.count {
                let byte = buffer[index]
                if byte >= 0x80 { return false }
                let folded = byte &- 0x41 < 26 ? byte | 0x20 : byte
                buffer[index] = folded
                if TextPattern.isASCIILetterOrDigit(folded) {
                    if wordStart < 0 { wordStart = index }
                } else if wordStart >= 0 {
                    ranges.append(wordStart..<index)
                    wordStart = -1
                }
            }
            if wordStart >= 0 { ranges.append(wordStart..<buffer.count) }
            return true
        }
        if isASCII {
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
