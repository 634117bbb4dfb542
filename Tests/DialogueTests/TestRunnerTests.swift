import Coach
import XCTest
@testable import Dialogue

final class TestRunnerTests: XCTestCase {
    func testExampleTestPasses() {
        let results = DialogueTestRunner.run(Fixtures.load(Fixtures.example), analyze: { _ in Analysis() })
        XCTAssertEqual(results.count, 1)
        XCTAssertEqual(results[0].failures.map(\.description), [])
        XCTAssertTrue(results[0].passed)
    }

    func testFailingExpectationIsReportedAtItsTurn() {
        let yaml = Fixtures.example + """

          - name: gesloten vraag
            seed: 5
            turns:
              - { say: "Bent u tevreden?", expect: { state: idee, coach: [closed], line: moestuin } }
              - { choose: budget, expect: { state: geld } }
        """
        let dialogue = Fixtures.load(yaml, path: "Dialogues/open-vragen.yaml")
        let results = DialogueTestRunner.run(dialogue, analyze: { _ in Analysis(question: .closed) })
        XCTAssertEqual(results.map(\.passed), [true, false])
        let failures = results[1].failures.map(\.description)
        XCTAssertEqual(failures.count, 2, "\(failures)")
        XCTAssertEqual(failures[0], "Dialogues/open-vragen.yaml:44:9: test 'gesloten vraag', beurt 1: verwachtte staat 'idee', maar het gesprek is in staat 'begin'")
        XCTAssertTrue(failures[1].hasPrefix("Dialogues/open-vragen.yaml:44:9: test 'gesloten vraag', beurt 1: verwachtte een antwoord met 'moestuin', maar kreeg: '"), failures[1])
    }

    func testUnknownOptionAtTurnAndEndedConversation() {
        let yaml = Fixtures.example + """

          - name: knoppen
            turns:
              - { choose: budget, expect: { state: geld } }
          - name: na het einde
            turns:
              - { say: "Wat is uw idee?", tags: { question: open } }
              - { choose: stop, expect: { ended: true } }
              - { say: "Hallo?" }
        """
        let results = DialogueTestRunner.run(Fixtures.load(yaml, path: "d.yaml"), analyze: { _ in Analysis() })
        XCTAssertEqual(results[1].failures.map(\.description), ["d.yaml:43:9: test 'knoppen', beurt 1: optie 'budget' staat niet in staat 'begin' (daar zijn: geen opties)"])
        XCTAssertEqual(results[2].failures.map(\.description), ["d.yaml:48:9: test 'na het einde', beurt 3: het gesprek was al afgelopen (in staat 'einde')"])
    }

    func testTagsOverrideTheCoachAndCoachExpectationUsesThem() {
        let yaml = Fixtures.example + """

          - name: coach
            turns:
              - { say: "Wat is uw idee?", expect: { coach: [open] } }
        """
        let dialogue = Fixtures.load(yaml)
        let results = DialogueTestRunner.run(dialogue, analyze: { _ in Analysis() })
        XCTAssertEqual(results[1].failures.map(\.message), ["test 'coach', beurt 1: verwachtte dat de coach 'open' vond, maar die vond: none"])
        let withCoach = DialogueTestRunner.run(dialogue, analyze: { _ in Analysis(question: .open) })
        XCTAssertTrue(withCoach[1].passed)
    }
}
