import XCTest

final class TranscriptTestsPlaceholder: XCTestCase {
    func testBuilds() {}
}
