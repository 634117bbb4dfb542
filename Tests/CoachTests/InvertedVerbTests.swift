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

/// "defend" beyond the listed phrases: a first-person perfect with a word saying it was done as due.
final class SelfJustificationTests: XCTestCase {
    let coach = Coach()

    func trust(_ text: String) -> [String] { coach.analyze(text).tags(for: .trust) }

    func testDoneAsDueIsADefence() {
        XCTAssertEqual(trust("Wij hebben gewoon ons werk gedaan."), ["defend"])
        XCTAssertEqual(trust("We hebben u op tijd een brief gestuurd."), ["defend"])
        XCTAssertEqual(trust("Ik heb u altijd netjes geholpen."), ["defend"])
    }

    func testNeedsAdmissionsAndQuestionsAreNot() {
        XCTAssertEqual(trust("We hebben gewoon meer tijd nodig."), [])
        XCTAssertEqual(trust("Wij hebben het niet netjes afgehandeld."), [])
        XCTAssertEqual(trust("Heeft u de brief op tijd ontvangen?"), [])
    }
}
