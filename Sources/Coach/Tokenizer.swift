/// Splits a learner line into sentences of folded words in one pass over its bytes (ASCII) or
/// unicode scalars.
///
/// No regular expressions and no Foundation: the coach runs on every typed line and must cost
/// microseconds. Sentence ends are `.`, `!`, `?`, `;`, `…` and newlines; a full stop between digits
/// ("12.30") or right after a single letter ("d.w.z.") does not end a sentence.
public enum Tokenizer {
    public static func sentences(_ text: String) -> [Sentence] {
        var state = State()
        // Typed lines are nearly always ASCII: read their bytes directly; otherwise the scalars,
        // one ahead (the scanner peeks at the next one), without collecting them first.
        let readAsASCII = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard !utf8.contains(where: { $0 >= 0x80 }) else { return false }
            for index in utf8.indices {
                let byte = utf8[index]
                // A letter, the common case, goes straight into the word lowercased: what `consume`
                // does with it, without its switch and call (most of the tokenizer's time).
                let lower = byte | 0x20
                if lower >= 0x61 && lower <= 0x7A {
                    state.buffer.append(lower)
                    state.previousWasDigit = false
                    continue
                }
                state.consume(UInt32(byte), next: index + 1 < utf8.count ? UInt32(utf8[index + 1]) : nil)
            }
            return true
        } ?? false
        if !readAsASCII {
            var scalars = text.unicodeScalars.makeIterator()
            var current = scalars.next()
            while let scalar = current {
                let next = scalars.next()
                state.consume(scalar.value, next: next?.value)
                current = next
            }
        }
        state.flushSentence(question: false, exclamation: false)
        return state.result
    }

    /// All words of a phrase (for lexicon entries), folded like the text.
    public static func words(_ text: String) -> [String] {
        sentences(text).flatMap(\.words)
    }

    /// The scanner's state as a plain struct (closures capturing locals would cost exclusivity checks).
    struct State {
        var result: [Sentence] = []
        var words: [String] = []
        var commas: [Bool] = []
        var buffer: [UInt8] = []
        var pendingComma = false
        var previousWasDigit = false

        init() { buffer.reserveCapacity(32) }

        /// One scalar (`v`) with the one after it (`next`, nil at the end of the line).
        mutating func consume(_ v: UInt32, next: UInt32?) {
            let folded = fold(v)
            if folded != 0 {
                buffer.append(folded)
                if v == 0x133 || v == 0x132 { buffer.append(0x6A) } // ĳ → ij
                previousWasDigit = false
                return
            }
            if v >= 0x30 && v <= 0x39 {
                buffer.append(UInt8(v))
                previousWasDigit = true
                return
            }
            switch v {
            case 0x20, 0x09: // the common case first
                flushWord()
                previousWasDigit = false
            case 0x27, 0x2019, 0x2018: // apostrophes: kept inside words (zo'n)
                buffer.append(0x27)
            case 0x2E: // full stop
                let nextIsDigit = next.map { (0x30...0x39).contains($0) } ?? false
                if previousWasDigit && nextIsDigit { buffer.append(0x2E); return }
                if buffer.count == 1, let next, isLetter(next) { flushWord(); return }
                flushSentence(question: false, exclamation: false)
            case 0x3F: flushSentence(question: true, exclamation: false)
            case 0x21: flushSentence(question: false, exclamation: true)
            case 0x3B, 0x0A, 0x0D, 0x2026: flushSentence(question: false, exclamation: false)
            case 0x2C, 0x3A, 0x2013, 0x2014, 0x28, 0x29, 0x22, 0x201C, 0x201D:
                flushWord()
                pendingComma = true
            case 0x2D: // hyphen: inside a word it joins ("e-mail"), alone it is a pause
                if !buffer.isEmpty, let next, isLetter(next) {
                    buffer.append(0x2D)
                } else {
                    flushWord(); pendingComma = true
                }
            default:
                if v >= 0x80, let scalar = Unicode.Scalar(v), scalar.properties.isAlphabetic {
                    // Rare letters: lowercase through Character, keep as UTF-8.
                    for c in String(Character(scalar)).lowercased().utf8 { buffer.append(c) }
                } else {
                    flushWord()
                }
                previousWasDigit = false
            }
        }

        @inline(__always)
        func isLetter(_ v: UInt32) -> Bool {
            fold(v) != 0 || (v >= 0x80 && Unicode.Scalar(v)?.properties.isAlphabetic == true)
        }

        mutating func flushWord() {
            guard !buffer.isEmpty else { return }
            // Trim apostrophes at the word edges ('t stays as "t").
            while buffer.last == 0x27 { buffer.removeLast() }
            while buffer.first == 0x27 { buffer.removeFirst() }
            if !buffer.isEmpty {
                if words.capacity == 0 {
                    // Room for a typical sentence at once, instead of growing 1, 2, 4, 8.
                    words.reserveCapacity(16)
                    commas.reserveCapacity(16)
                }
                words.append(String(decoding: buffer, as: UTF8.self))
                commas.append(pendingComma)
                pendingComma = false
            }
            buffer.removeAll(keepingCapacity: true)
        }

        mutating func flushSentence(question: Bool, exclamation: Bool) {
            flushWord()
            if !words.isEmpty {
                result.append(Sentence(words: words, commaBefore: commas,
                                       endsWithQuestionMark: question, endsWithExclamation: exclamation))
            } else if question, !result.isEmpty {
                // "?" after a closing quote or bracket still marks the sentence before it.
                result[result.count - 1].endsWithQuestionMark = true
            }
            // The sentence now shares these buffers: start new ones (keeping capacity would copy).
            words = []
            commas = []
            pendingComma = false
        }
    }

    /// Lowercases ASCII letters and folds the Latin-1/Latin-A letters Dutch uses; 0 for anything else.
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt8 {
        switch v {
        case 0x61...0x7A: return UInt8(v)
        case 0x41...0x5A: return UInt8(v + 32)
        case 0xE0...0xE5, 0xC0...0xC5: return 0x61             // a
        case 0xE7, 0xC7: return 0x63                           // c
        case 0xE8...0xEB, 0xC8...0xCB: return 0x65             // e
        case 0xEC...0xEF, 0xCC...0xCF: return 0x69             // i
        case 0xF1, 0xD1: return 0x6E                           // n
        case 0xF2...0xF6, 0xD2...0xD6, 0xF8, 0xD8: return 0x6F // o
        case 0xF9...0xFC, 0xD9...0xDC: return 0x75             // u
        case 0xFD, 0xFF, 0xDD: return 0x79                     // y
        case 0x133, 0x132: return 0x69                         // ĳ (j appended by caller)
        default: return 0
        }
    }
}
