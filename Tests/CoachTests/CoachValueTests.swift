import XCTest
@testable import Coach

/// The server reads its `Coach` from a property and passes it along on every turn; each read of a
/// stored struct copies it. The analyzers hold a few hundred word lists, so they must sit behind one
/// reference: inline, with the word lists of the 192-list index, they cost the server 23,000
/// instructions of memcpy a turn.
final class CoachValueTests: XCTestCase {
    func testACoachValueIsOneReference() {
        XCTAssertEqual(MemoryLayout<Coach>.size, MemoryLayout<AnyObject>.size)
    }

    func testCopiesShareTheEngine() {
        let coach = Coach()
        let copy = coach
        XCTAssertTrue(coach.engine === copy.engine)
        XCTAssertEqual(copy.analyze("Heeft u de brief gelezen?").question, .closed)
    }
}
