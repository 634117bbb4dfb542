/// Builds one compact JSON object into a byte buffer. Outgoing frames and transcript lines are
/// small and built on every turn, so this avoids Foundation's encoders on the hot path.
///
/// Keys written as literals (`field("type", …)`) are `StaticString`s and copied as they are;
/// keys that come from data (tag names, reflection ids) go through `named:` and are escaped.
/// Not copyable, like the `ByteBuilder` it writes into; `finish()` returns the bytes.
public struct JSONWriter: ~Copyable {
    private var bytes: ByteBuilder
    /// One bit per open object or array, innermost lowest: whether it has a member yet. A bit
    /// stack instead of an array of flags, so a writer allocates only its byte buffer.
    private var hasMembers: UInt64 = 0
    private var depth = 0
    private var afterKey = false

    /// `headroom` zero bytes come first, free for a transport's header (a WebSocket frame's),
    /// so the JSON is not copied again to make room for it.
    public init(capacity: Int = 256, headroom: Int = 0) {
        bytes = ByteBuilder(capacity: headroom + capacity)
        bytes.appendZeros(headroom)
    }

    /// The headroom followed by the JSON written.
    public consuming func finish() -> [UInt8] {
        bytes.finish()
    }

    // MARK: Structure

    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        open()
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        closeLevel()
    }

    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        open()
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        closeLevel()
    }

    // MARK: Keys

    /// A key written in the source: its bytes are copied without an escaping scan.
    public mutating func key(_ name: StaticString) {
        separate()
        assert(!name.withUTF8Buffer { $0.contains(where: Self.needsEscape) }, "JSONWriter: literal key \(name) needs escaping")
        bytes.append(UInt8(ascii: "\""))
        bytes.append(name)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    /// A key that comes from data (a tag name, a question id): escaped like any string.
    public mutating func key(named name: String) {
        separate()
        Self.appendQuoted(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    /// A key prepared once with `encodedKey(_:)`, for keys written on every frame.
    public mutating func key(encoded: [UInt8]) {
        separate()
        bytes.append(contentsOf: encoded)
        afterKey = true
    }

    /// `"name":` as `key(named:)` writes it.
    public static func encodedKey(_ name: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count + 3)
        appendQuoted(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        return bytes
    }

    // MARK: Values

    public mutating func string(_ value: String) {
        separate()
        Self.appendQuoted(value, to: &bytes)
    }

    /// A string whose bytes `write` appends itself and which needs no escaping (timestamps):
    /// no intermediate String on the hot path.
    public mutating func plainString(_ write: (inout ByteBuilder) -> Void) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        write(&bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    public mutating func int(_ value: Int) {
        separate()
        Self.appendDigits(value, to: &bytes)
    }

    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(value ? "true" : "false")
    }

    public mutating func null() {
        separate()
        bytes.append("null")
    }

    /// Inserts already-encoded JSON (e.g. a mirrored frame).
    public mutating func raw(_ json: [UInt8]) {
        separate()
        bytes.append(contentsOf: json)
    }

    /// An already-encoded JSON value that `write` appends itself (a whole object built from
    /// prepared pieces), in the place of one value.
    public mutating func rawValue(_ write: (inout ByteBuilder) -> Void) {
        separate()
        write(&bytes)
    }

    // MARK: Fields

    public mutating func field(_ name: StaticString, _ value: String) { key(name); string(value) }
    public mutating func field(_ name: StaticString, _ value: Int) { key(name); int(value) }
    public mutating func field(_ name: StaticString, _ value: Bool) { key(name); bool(value) }
    public mutating func field(_ name: StaticString, optional value: String?) {
        key(name)
        if let value { string(value) } else { null() }
    }
    public mutating func field(named name: String, _ value: String) { key(named: name); string(value) }
    public mutating func field(named name: String, _ value: Int) { key(named: name); int(value) }

    public mutating func stringArray(_ name: StaticString, _ values: [String]) {
        key(name)
        stringArray(values)
    }

    public mutating func stringArray(named name: String, _ values: [String]) {
        key(named: name)
        stringArray(values)
    }

    private mutating func stringArray(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    // MARK: Bytes

    /// `"value"` with JSON's escapes, for pieces built by hand.
    public static func appendQuoted(_ value: String, to bytes: inout ByteBuilder) {
        bytes.append(UInt8(ascii: "\""))
        // Native strings lend their UTF-8 as they are; `withUTF8` would need a mutable copy.
        if value.utf8.withContiguousStorageIfAvailable({ appendEscaping($0, to: &bytes) }) == nil {
            var copy = value
            copy.withUTF8 { appendEscaping($0, to: &bytes) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `"value"` with JSON's escapes, for pieces prepared once.
    public static func appendQuoted(_ value: String, to bytes: inout [UInt8]) {
        var builder = ByteBuilder(capacity: value.utf8.count + 8)
        appendQuoted(value, to: &builder)
        bytes.append(contentsOf: builder.finish())
    }

    /// Writes `value` in decimal. Counts go out on every turn; String(value) allocates.
    @inlinable
    public static func appendDigits(_ value: Int, to bytes: inout ByteBuilder) {
        if value >= 0 && value < 10 {
            bytes.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value))
            return
        }
        guard value >= 0 else {
            var text = String(value)
            text.withUTF8 { bytes.append($0) }
            return
        }
        var divisor = 1
        while value / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value / divisor % 10))
            divisor /= 10
        }
    }

    // MARK: Internals

    private mutating func open() {
        precondition(depth < 64, "JSONWriter nests at most 64 levels")
        hasMembers <<= 1
        depth += 1
    }

    private mutating func closeLevel() {
        precondition(depth > 0, "JSONWriter: end without begin")
        hasMembers >>= 1
        depth -= 1
    }

    @inline(__always)
    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        guard depth > 0 else { return }
        if hasMembers & 1 != 0 {
            bytes.append(UInt8(ascii: ","))
        } else {
            hasMembers |= 1
        }
    }

    private static func appendEscaping(_ utf8: UnsafeBufferPointer<UInt8>, to bytes: inout ByteBuilder) {
        // Nearly every string needs no escape: one scan, one copy.
        guard let firstEscape = firstEscape(in: utf8) else {
            bytes.append(utf8)
            return
        }
        var runStart = 0
        for index in firstEscape..<utf8.count {
            let byte = utf8[index]
            guard needsEscape(byte) else { continue }
            bytes.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            appendEscaped(byte, to: &bytes)
            runStart = index + 1
        }
        bytes.append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }

    /// Where the first byte that needs an escape is, scanning eight bytes at a time (every
    /// line of text and every frame passes through here).
    private static func firstEscape(in utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = utf8.baseAddress else { return nil }
        var index = 0
        while index + 8 <= utf8.count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if mayNeedEscape(word) { break }
            index += 8
        }
        while index < utf8.count {
            if needsEscape(utf8[index]) { return index }
            index += 1
        }
        return nil
    }

    /// Whether any of the eight bytes is below 0x20, a quote or a backslash (the "has less than"
    /// and "has zero byte" tests from Bit Twiddling Hacks; the byte loop after it is exact).
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let quotes = (quote &- ones) & ~quote & highs
        let backslashes = (backslash &- ones) & ~backslash & highs
        return control | quotes | backslashes != 0
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private static func appendEscaped(_ byte: UInt8, to bytes: inout ByteBuilder) {
        bytes.append(0x5C)
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append("u00")
            bytes.append(hex[Int(byte >> 4)])
            bytes.append(hex[Int(byte & 0xF)])
        }
    }
}
