import XCTest
@testable import Coach

final class TipsTests: XCTestCase {
    let coach = Coach()

    func testEveryTagHasATip() {
        for skill in Skill.allCases {
            for tag in TagVocabulary.tags(for: skill) {
                let tip = coach.tip(for: skill, tag: tag, line: "Heeft u het formulier al ingevuld?")
                XCTAssertNotNil(tip, "\(skill)/\(tag)")
                XCTAssertFalse(tip?.isEmpty ?? true)
            }
        }
    }

    func testMistakesAndStrengthsPartitionTheVocabulary() {
        for skill in Skill.allCases {
            let mistakes = Coach.mistakes(in: skill), strengths = Coach.strengths(in: skill)
            XCTAssertTrue(mistakes.isDisjoint(with: strengths))
            for tag in mistakes.union(strengths) { XCTAssertTrue(TagVocabulary.isKnown(tag, in: skill), tag) }
        }
        XCTAssertEqual(Coach.mistakes(in: .question), ["closed"])
        XCTAssertEqual(Coach.strengths(in: .question), ["open"])
        XCTAssertEqual(Coach.mistakes(in: .nvc), ["evaluation", "pseudo_feeling", "demand"])
        XCTAssertEqual(Coach.mistakes(in: .trust), ["blame", "defend", "minimize"])
        XCTAssertEqual(Coach.mistakes(in: .habits), ["compare_experience", "yes_but", "advice"])
        XCTAssertEqual(Coach.strengths(in: .habits), ["admit_unknown", "reflect"])
    }

    func testEveryStrengthHasPraise() {
        for skill in Skill.allCases {
            for tag in Coach.strengths(in: skill) { XCTAssertNotNil(coach.praise(for: skill, tag: tag), "\(skill)/\(tag)") }
            for tag in Coach.mistakes(in: skill) { XCTAssertNil(coach.praise(for: skill, tag: tag)) }
        }
        XCTAssertEqual(coach.praise(for: .question, tag: "open"), "Mooie open vraag.")
    }

    func testClosedQuestionTipSuggestsAnOpenQuestion() {
        let tip = coach.tip(for: .question, tag: "closed", line: "Is het overleg goed gegaan?") ?? ""
        XCTAssertTrue(tip.contains("\"Hoe is het overleg gegaan?\""), tip)
        XCTAssertEqual(Coach.openQuestionSuggestion(for: "Vindt u ook niet dat de buurt veiliger moet?"), "Wat vindt u zelf?")
        XCTAssertEqual(Coach.openQuestionSuggestion(for: "Bent u tevreden over het contact met de gemeente?"),
                       "Wat vindt u van het contact met de gemeente?")
        XCTAssertEqual(Coach.openQuestionSuggestion(for: "Heeft u het formulier al ingevuld?"), "Hoe is het gegaan met het formulier?")
        XCTAssertEqual(Coach.openQuestionSuggestion(for: "Dat was lastig, toch?"), "Hoe kijkt u daartegenaan?")
        XCTAssertEqual(Coach.openQuestionSuggestion(for: "Heeft u al een plan?"), "Wat voor plan heeft u?")
        XCTAssertEqual(Coach.openQuestionSuggestion(for: "hebben jullie nog vragen"), "Welke vragen hebben jullie?")
        XCTAssertEqual(Coach.openQuestionSuggestion(for: "Moeten we de bewoners vooraf informeren?"), "Hoe moeten we de bewoners vooraf informeren?")
    }

    func testUnknownTagHasNoTip() {
        XCTAssertNil(coach.tip(for: .nvc, tag: "nonsense", line: "x"))
    }
}
