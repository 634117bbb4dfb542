import XCTest
@testable import Coach

/// The closed-question tip's example must be good Dutch: rewritten when a rule is sure, general otherwise.
final class OpenQuestionSuggestionTests: XCTestCase {
    func suggest(_ line: String) -> String { Coach.openQuestionSuggestion(for: line) }

    func testRewritesThatAreSure() {
        XCTAssertEqual(suggest("Wilt u koffie of thee?"), "Wat heeft uw voorkeur, en waarom?")
        XCTAssertEqual(suggest("Hebben jullie een idee hoe het verder moet?"), "Hoe denken jullie dat het verder moet?")
        XCTAssertEqual(suggest("Weet je waarom de brief niet kwam?"), "Waarom denk je dat de brief niet kwam?")
        XCTAssertEqual(suggest("Kan ik u ergens mee helpen?"), "Waarmee kan ik u helpen?")
        XCTAssertEqual(suggest("heb je het gelezen"), "Wat vind je ervan?")
        XCTAssertEqual(suggest("Kent u de regels?"), "Wat kunt u vertellen over de regels?")
        XCTAssertEqual(suggest("Is dit de eerste keer?"), "Wat kunt u vertellen over de eerste keer?")
        XCTAssertEqual(suggest("Gaat het goed met de groep?"), "Hoe gaat het met de groep?")
    }

    func testUnsureCasesGetAGeneralOpenQuestionInTheSameAddress() {
        XCTAssertEqual(suggest("Was u erbij?"), "Hoe kijkt u daartegenaan?")
        XCTAssertEqual(suggest("Wil je meedoen?"), "Hoe kijk je daartegenaan?")
        XCTAssertEqual(suggest("Snapt u dat?"), "Hoe kijkt u daartegenaan?")
    }
}
