import XCTest

final class RehearseAppTestsPlaceholder: XCTestCase {
    func testBuilds() {}
}
