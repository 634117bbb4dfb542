import XCTest

final class WebSocketServerTestsPlaceholder: XCTestCase {
    func testBuilds() {}
}
