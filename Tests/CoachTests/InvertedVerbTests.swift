import XCTest
@testable import Coach

/// Typed questions without "?" whose verb is not in the word list: the verb stands before a noun subject.
final class InvertedVerbTests: XCTestCase {
    let coach = Coach()

    func q(_ text: String) -> QuestionTag { coach.analyze(text).question }

    func testUnlistedVerbBeforeANounSubjectIsAnOpenQuestion() {
        XCTAssertEqual(q("hoe kijkt de buurt hier zelf tegenaan"), .open)
        XCTAssertEqual(q("hoe reageert de wijk"), .open)
        XCTAssertEqual(q("waar schuurt het bij de groep"), .open)
    }

    func testSubjectFirstOrVerbLastIsNoQuestion() {
        XCTAssertEqual(q("Hoe de buurt erover denkt, weet ik niet."), .none)
        XCTAssertEqual(q("wat een prachtig plan"), .none)
        XCTAssertEqual(q("Hoe meer bewoners meedoen, hoe beter."), .none)
    }
}
