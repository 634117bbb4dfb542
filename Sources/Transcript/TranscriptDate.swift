import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// ISO 8601 UTC timestamps with milliseconds, formatted by hand (every entry has one).
public enum TranscriptDate {
    public static func format(_ date: Date) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        append(date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the 24 bytes of `format(date)`: every transcript entry carries one, and a String
    /// per entry costs more than the clock.
    public static func append(_ date: Date, to bytes: inout [UInt8]) {
        let interval = date.timeIntervalSince1970
        var seconds = time_t(interval.rounded(.down))
        let millis = Int(((interval - Double(seconds)) * 1000).rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { text in
            func put(_ value: Int, at offset: Int, width: Int) {
                var value = value
                for position in stride(from: offset + width - 1, through: offset, by: -1) {
                    text[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value % 10)
                    value /= 10
                }
            }
            put(Int(parts.tm_year) + 1900, at: 0, width: 4)
            text[4] = UInt8(ascii: "-")
            put(Int(parts.tm_mon) + 1, at: 5, width: 2)
            text[7] = UInt8(ascii: "-")
            put(Int(parts.tm_mday), at: 8, width: 2)
            text[10] = UInt8(ascii: "T")
            put(Int(parts.tm_hour), at: 11, width: 2)
            text[13] = UInt8(ascii: ":")
            put(Int(parts.tm_min), at: 14, width: 2)
            text[16] = UInt8(ascii: ":")
            put(Int(parts.tm_sec), at: 17, width: 2)
            text[19] = UInt8(ascii: ".")
            put(millis, at: 20, width: 3)
            text[23] = UInt8(ascii: "Z")
            bytes.append(contentsOf: UnsafeBufferPointer(text))
        }
    }

    /// The date folder name, `YYYY-MM-DD` (UTC).
    public static func day(_ date: Date) -> String {
        String(format(date).prefix(10))
    }

    public static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: text)
    }
}
