import Foundation

/// ISO 8601 UTC timestamps with milliseconds, formatted by hand (every entry has one).
public enum TranscriptDate {
    public static func format(_ date: Date) -> String {
        var bytes = ByteBuilder(capacity: 24)
        append(date, to: &bytes)
        return String(decoding: bytes.finish(), as: UTF8.self)
    }

    /// Appends the 24 bytes of `format(date)`: every transcript entry carries one, and a String
    /// per entry costs more than the clock. The calendar date comes from the day number by
    /// arithmetic (Howard Hinnant's `civil_from_days`), not from gmtime_r, which takes glibc's
    /// time zone lock on every call.
    public static func append(_ date: Date, to bytes: inout ByteBuilder) {
        let interval = date.timeIntervalSince1970
        let seconds = Int(interval.rounded(.down))
        let millis = min(999, max(0, Int(((interval - Double(seconds)) * 1000).rounded(.down))))
        let (days, secondOfDay) = seconds.floorDivided(by: 86_400)
        let (year, month, day) = civil(fromDays: days)
        appendDigits(year, width: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(month, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(day, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        appendDigits(secondOfDay / 3600, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendDigits(secondOfDay / 60 % 60, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendDigits(secondOfDay % 60, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "."))
        appendDigits(millis, width: 3, to: &bytes)
        bytes.append(UInt8(ascii: "Z"))
    }

    /// The last `width` decimal digits of `value` (not negative), zero-padded.
    @inline(__always)
    private static func appendDigits(_ value: Int, width: Int, to bytes: inout ByteBuilder) {
        var divisor = 1
        for _ in 1..<width { divisor &*= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value / divisor % 10))
            divisor /= 10
        }
    }

    /// Year, month (1–12) and day (1–31) of the proleptic Gregorian calendar for a day number
    /// counted from 1970-01-01 (http://howardhinnant.github.io/date_algorithms.html).
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
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

extension Int {
    /// Quotient and remainder rounded towards minus infinity (seconds before 1970 too).
    fileprivate func floorDivided(by divisor: Int) -> (quotient: Int, remainder: Int) {
        let (quotient, remainder) = quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }
}
