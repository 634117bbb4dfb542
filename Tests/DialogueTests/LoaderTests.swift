import Coach
import XCTest
@testable import Dialogue

final class LoaderTests: XCTestCase {
    func testExampleLoadsWithoutFindings() {
        let result = DialogueLoader.load(DialogueSource(path: "Dialogues/open-vragen.yaml", text: Fixtures.example))
        XCTAssertEqual(result.diagnostics.map(\.description), [])
        let dialogue = try! XCTUnwrap(result.dialogue)
        XCTAssertEqual(dialogue.id, "open-vragen")
        XCTAssertEqual(dialogue.title, "Open vragen stellen")
        XCTAssertEqual(dialogue.situation, "Je bent wijkambtenaar in Coevorden.")
        XCTAssertEqual(dialogue.skills, [.question])
        XCTAssertEqual(dialogue.persona, Persona(name: "Marieke", role: "initiatiefnemer"))
        XCTAssertEqual(dialogue.start, "begin")
        XCTAssertEqual(dialogue.variables, ["vertrouwen": 0])
        XCTAssertEqual(dialogue.stateOrder, ["begin", "idee", "geld", "einde"])
        XCTAssertEqual(dialogue.states["begin"]?.on.count, 3)
        XCTAssertEqual(dialogue.states["begin"]?.on[2].isElse, true)
        XCTAssertEqual(dialogue.states["begin"]?.on[0].effects.say.map(\.text), ["Ja.", "Nee hoor.", "Misschien."])
        XCTAssertEqual(dialogue.states["begin"]?.on[1].effects.set, [VariableChange(name: "vertrouwen", operation: .add(1), location: SourceLocation(line: 17, column: 16))])
        XCTAssertEqual(dialogue.states["idee"]?.options.map(\.id), ["budget", "stop"])
        XCTAssertEqual(dialogue.reflection.map(\.id), ["goed", "anders"])
        XCTAssertEqual(dialogue.tests.count, 1)
        XCTAssertEqual(dialogue.tests[0].turns.count, 3)
        XCTAssertEqual(dialogue.contentHash, DialogueLoader.contentHash(of: Fixtures.example))
        XCTAssertEqual(dialogue.contentHash.count, 64)
        XCTAssertEqual(dialogue.sourcePath, "Dialogues/open-vragen.yaml")
        XCTAssertEqual(dialogue.sourceText, Fixtures.example)
    }

    func testIDDefaultsToFileName() {
        let yaml = Fixtures.example.replacingOccurrences(of: "id: open-vragen\n", with: "")
        let dialogue = Fixtures.load(yaml, path: "Dialogues/mijn-dialoog.yml")
        XCTAssertEqual(dialogue.id, "mijn-dialoog")
    }

    func testHashOfKnownText() {
        XCTAssertEqual(DialogueLoader.contentHash(of: "abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    func testSetValues() {
        XCTAssertEqual(DialogueBuilder.parseChange("+1"), .add(1))
        XCTAssertEqual(DialogueBuilder.parseChange("-2"), .add(-2))
        XCTAssertEqual(DialogueBuilder.parseChange("3"), .assign(3))
        XCTAssertEqual(DialogueBuilder.parseChange("=3"), .assign(3))
        XCTAssertEqual(DialogueBuilder.parseChange("= -1"), .assign(-1))
        XCTAssertNil(DialogueBuilder.parseChange("veel"))
        XCTAssertNil(DialogueBuilder.parseChange("+"))
    }

    func testConditionParsing() throws {
        let condition = try Condition.parse("vertrouwen >= 2 and turns_here<3").get()
        XCTAssertEqual(condition.clauses, [
            .init(name: "vertrouwen", op: .greaterOrEqual, value: 2),
            .init(name: "turns_here", op: .less, value: 3),
        ])
        XCTAssertThrowsError(try Condition.parse("vertrouwen groot").get())
        XCTAssertThrowsError(try Condition.parse("vertrouwen >= veel").get())
        XCTAssertThrowsError(try Condition.parse("2 >= 1").get())
    }
}
