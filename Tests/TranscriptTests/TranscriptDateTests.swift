import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest
@testable import Transcript

final class TranscriptDateTests: XCTestCase {
    /// The hand-made calendar agrees with the C library's gmtime_r on every day from 1900 to
    /// 2400 (leap years, century rules, before 1970), at midnight, noon or the last second.
    func testAgreesWithTheCLibraryOnEveryDayFor500Years() {
        let first = -25_567  // 1900-01-01
        let last = 157_067  // 2400-12-31
        for day in first...last {
            do {
                let second = [0, 43_200, 86_399][(day % 3 + 3) % 3]
                var seconds = time_t(day * 86_400 + second)
                var parts = tm()
                gmtime_r(&seconds, &parts)
                let expected = String(
                    format: "%04d-%02d-%02dT%02d:%02d:%02d.000Z",
                    parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec)
                let formatted = TranscriptDate.format(Date(timeIntervalSince1970: TimeInterval(seconds)))
                guard formatted == expected else { return XCTFail("\(formatted) != \(expected)") }
            }
        }
    }

    func testMillisecondsAndRoundTrip() {
        let date = Date(timeIntervalSince1970: 1_795_434_642.789)
        XCTAssertEqual(TranscriptDate.format(date), "2026-11-23T11:50:42.789Z")
        let parsed = TranscriptDate.parse(TranscriptDate.format(date))
        XCTAssertEqual(parsed?.timeIntervalSince1970 ?? 0, 1_795_434_642.789, accuracy: 0.001)
        XCTAssertEqual(TranscriptDate.format(Date(timeIntervalSince1970: -0.5)), "1969-12-31T23:59:59.500Z")
        XCTAssertEqual(TranscriptDate.day(date), "2026-11-23")
    }
}
