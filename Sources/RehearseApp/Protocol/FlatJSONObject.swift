/// The common shape of a client frame — one JSON object whose values are all strings, like
/// `{"type":"say","text":"…"}` — read without Foundation. JSONDecoder costs several
/// microseconds per frame; this costs a fraction of one. Anything else (numbers, booleans,
/// nesting, a lone surrogate, trailing bytes, malformed input) returns nil and the caller falls
/// back to JSONDecoder, which also words the errors, so both paths accept the same frames.
/// (The frame fuzz target checks that claim against Foundation's parser, hence the SPI.)
@_spi(Fuzzing) public struct FlatJSONObject {
    public private(set) var fields: [(key: String, value: String)] = []

    public init?(_ bytes: [UInt8]) {
        var reader = Reader(bytes: bytes)
        guard let fields = reader.object() else { return nil }
        self.fields = fields
    }

    /// The last value given for `key` (JSONDecoder keeps the last duplicate too).
    public subscript(key: String) -> String? {
        fields.last(where: { $0.key == key })?.value
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func object() -> [(key: String, value: String)]? {
            skipSpace()
            guard consume(UInt8(ascii: "{")) else { return nil }
            var fields: [(key: String, value: String)] = []
            fields.reserveCapacity(4)
            skipSpace()
            if consume(UInt8(ascii: "}")) { return atEnd() ? fields : nil }
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard consume(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                guard let value = string() else { return nil }
                fields.append((key, value))
                skipSpace()
                if consume(UInt8(ascii: ",")) { continue }
                guard consume(UInt8(ascii: "}")) else { return nil }
                return atEnd() ? fields : nil
            }
        }

        private mutating func atEnd() -> Bool {
            skipSpace()
            return index == bytes.count
        }

        private mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
                index += 1
            }
        }

        private mutating func consume(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// A JSON string. The WebSocket layer already refuses invalid UTF-8, but this reader does
        /// not count on it: invalid bytes return nil, as Foundation refuses them too.
        private mutating func string() -> String? {
            guard consume(UInt8(ascii: "\"")) else { return nil }
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    defer { index += 1 }
                    return bytes.withUnsafeBufferPointer { buffer in
                        let utf8 = UnsafeBufferPointer(rebasing: buffer[start..<index])
                        // Plain ASCII needs no validation; the generic validating path costs more than the rest of the frame.
                        if utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: utf8, as: UTF8.self) }
                        return String(validating: utf8, as: UTF8.self)
                    }
                }
                if byte == UInt8(ascii: "\\") { return escapedString(from: start) }
                if byte < 0x20 { return nil }
                index += 1
            }
            return nil
        }

        private mutating func escapedString(from start: Int) -> String? {
            var utf8 = Array(bytes[start..<index])
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return String(validating: utf8, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard index < bytes.count else { return nil }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                    case UInt8(ascii: "b"): utf8.append(0x08)
                    case UInt8(ascii: "f"): utf8.append(0x0C)
                    case UInt8(ascii: "n"): utf8.append(0x0A)
                    case UInt8(ascii: "r"): utf8.append(0x0D)
                    case UInt8(ascii: "t"): utf8.append(0x09)
                    case UInt8(ascii: "u"):
                        guard let scalar = unicodeEscape() else { return nil }
                        utf8.append(contentsOf: String(Character(scalar)).utf8)
                    default: return nil
                    }
                case 0..<0x20:
                    return nil
                default:
                    utf8.append(byte)
                }
            }
            return nil
        }

        /// `\uXXXX` after the `u`, with a following low surrogate for characters beyond the BMP.
        private mutating func unicodeEscape() -> Unicode.Scalar? {
            guard let high = hex4() else { return nil }
            if (0xD800..<0xDC00).contains(high) {
                guard consume(UInt8(ascii: "\\")), consume(UInt8(ascii: "u")), let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            }
            return Unicode.Scalar(high)
        }

        private mutating func hex4() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
                index += 1
            }
            return value
        }
    }
}
