import XCTest

final class DialogueTestsPlaceholder: XCTestCase {
    func testBuilds() {}
}
