import XCTest

final class CoachTestsPlaceholder: XCTestCase {
    func testBuilds() {}
}
