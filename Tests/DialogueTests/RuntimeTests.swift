import Coach
import XCTest
@testable import Dialogue

final class RuntimeTests: XCTestCase {
    private var example: Dialogue { Fixtures.load(Fixtures.example) }

    func testStartEntersStartStateAndSaysItsLine() {
        var runtime = DialogueRuntime(dialogue: example, seed: 1)
        XCTAssertEqual(runtime.start(), [
            .enterState("begin"),
            .line(speaker: "Marieke", text: "Goedemiddag. Ik kom over ons idee voor het dorpsplein."),
        ])
        XCTAssertEqual(runtime.state, "begin")
        XCTAssertEqual(runtime.start(), [], "start is idempotent")
        XCTAssertEqual(runtime.turns, 0)
    }

    func testOpenQuestionGoesOnAndSetsVariable() {
        var runtime = DialogueRuntime(dialogue: example, seed: 1)
        _ = runtime.start()
        let actions = runtime.respond(to: "Wat is uw idee?", analysis: Fixtures.analysis(.open))
        XCTAssertEqual(actions, [
            .setVariable(name: "vertrouwen", value: 1),
            .enterState("idee"),
            .line(speaker: "Marieke", text: "We willen een moestuin op het plein, voor jong en oud."),
        ])
        XCTAssertEqual(runtime.state, "idee")
        XCTAssertEqual(runtime.variables, ["vertrouwen": 1])
        XCTAssertEqual(runtime.options.map(\.id), ["budget", "stop"])
        XCTAssertEqual(runtime.turns, 1)
    }

    func testClosedQuestionStaysWithCoachTipAndShortAnswer() {
        var runtime = DialogueRuntime(dialogue: example, seed: 1)
        _ = runtime.start()
        let actions = runtime.respond(to: "Bent u tevreden?", analysis: Fixtures.analysis(.closed))
        XCTAssertEqual(runtime.state, "begin")
        XCTAssertEqual(actions.count, 2)
        XCTAssertEqual(actions.first, .coach(text: "Marieke kan hier alleen ja of nee op zeggen.", skill: .question, tags: ["closed"]))
        guard case .line(let speaker, let text) = actions.last else { return XCTFail("no line: \(actions)") }
        XCTAssertEqual(speaker, "Marieke")
        XCTAssertTrue(["Ja.", "Nee hoor.", "Misschien."].contains(text))
        XCTAssertFalse(actions.contains(.enterState("begin")), "staying does not re-enter")
    }

    func testElseAnswersAnythingElse() {
        var runtime = DialogueRuntime(dialogue: example, seed: 1)
        _ = runtime.start()
        XCTAssertEqual(runtime.respond(to: "Goedemiddag.", analysis: Fixtures.analysis(.none)),
                       [.line(speaker: "Marieke", text: "Wat wilt u precies weten?")])
        XCTAssertEqual(runtime.state, "begin")
    }

    func testOptionsAndStateLevelGotoChainToEnd() throws {
        var runtime = DialogueRuntime(dialogue: example, seed: 1)
        _ = runtime.start()
        _ = runtime.respond(to: "Wat is uw idee?", analysis: Fixtures.analysis(.open))
        XCTAssertThrowsError(try runtime.choose(option: "onbekend")) { error in
            XCTAssertEqual(error as? DialogueRuntimeError, .unknownOption("onbekend"))
        }
        let actions = try runtime.choose(option: "budget")
        XCTAssertEqual(actions, [
            .enterState("geld"),
            .line(speaker: "Marieke", text: "Daar hoopten we op uw hulp."),
            .enterState("einde"),
            .line(speaker: "Marieke", text: "Fijn dat u luisterde."),
            .end,
        ])
        XCTAssertTrue(runtime.isEnded)
        XCTAssertEqual(runtime.state, "einde")
        XCTAssertEqual(runtime.options.count, 0)
        XCTAssertEqual(runtime.turns, 2)
        XCTAssertThrowsError(try runtime.choose(option: "budget")) { error in
            XCTAssertEqual(error as? DialogueRuntimeError, .ended)
        }
        XCTAssertEqual(runtime.respond(to: "Hallo?", analysis: Fixtures.analysis()), [])
    }

    func testSetAddSubtractAssign() {
        let dialogue = Fixtures.load("""
        title: T
        persona: { name: P }
        start: a
        variables: { x: 5 }
        states:
          a:
            on:
              - when: { matches: plus }
                set: { x: +2 }
              - when: { matches: min }
                set: { x: -1 }
              - when: { matches: nul }
                set: { x: 0 }
              - when: { matches: tien }
                set: { x: "=10" }
              - else:
        """)
        var runtime = DialogueRuntime(dialogue: dialogue, seed: 0)
        _ = runtime.start()
        XCTAssertEqual(runtime.respond(to: "plus", analysis: Analysis()), [.setVariable(name: "x", value: 7)])
        XCTAssertEqual(runtime.respond(to: "min", analysis: Analysis()), [.setVariable(name: "x", value: 6)])
        XCTAssertEqual(runtime.respond(to: "tien", analysis: Analysis()), [.setVariable(name: "x", value: 10)])
        XCTAssertEqual(runtime.respond(to: "nul", analysis: Analysis()), [.setVariable(name: "x", value: 0)])
        XCTAssertEqual(runtime.variables["x"], 0)
    }

    func testIfWithBuiltInsAndVariables() {
        let dialogue = Fixtures.load("""
        title: T
        persona: { name: P }
        start: a
        variables: { v: 0 }
        states:
          a:
            say: hallo
            on:
              - when: { if: "turns_here >= 3" }
                say: drie keer hier
                goto: b
              - when: { if: "turns == 2 and visits == 1" }
                say: twee beurten
              - else:
                set: { v: +1 }
          b:
            say: in b
            goto: a
        """)
        var runtime = DialogueRuntime(dialogue: dialogue, seed: 0)
        _ = runtime.start()
        XCTAssertEqual(runtime.respond(to: "x", analysis: Analysis()), [.setVariable(name: "v", value: 1)])
        XCTAssertEqual(runtime.respond(to: "x", analysis: Analysis()), [.line(speaker: "P", text: "twee beurten")])
        XCTAssertEqual(runtime.respond(to: "x", analysis: Analysis()), [
            .line(speaker: "P", text: "drie keer hier"),
            .enterState("b"), .line(speaker: "P", text: "in b"),
            .enterState("a"), .line(speaker: "P", text: "hallo"),
        ])
        XCTAssertEqual(runtime.value(of: "visits"), 2)
        XCTAssertEqual(runtime.value(of: "turns_here"), 0)
        XCTAssertEqual(runtime.value(of: "turns"), 3)
        // turns_here restarted, so turn 4 is the else again
        XCTAssertEqual(runtime.respond(to: "x", analysis: Analysis()), [.setVariable(name: "v", value: 2)])
    }

    /// Values and visit counts are kept by number; names the dialogue does not declare (only
    /// possible for dialogues built in code) still work, and a copy of the runtime is independent.
    func testVisitsVariablesAndUndeclaredNamesAcrossCopies() throws {
        let few = try Condition.parse("extra < 2").get()
        let many = try Condition.parse("extra >= 2 and visits == 3").get()
        let dialogue = Dialogue(
            id: "d", title: "D", persona: Persona(name: "P"), start: "a", variables: ["v": 3],
            states: [
                "a": DialogueState(name: "a", say: [SayItem(text: "weinig", condition: few), SayItem(text: "veel", condition: many)],
                    options: [
                        DialogueOption(id: "meer", text: "Meer", effects: Effects(
                            set: [VariableChange(name: "extra", operation: .add(1)), VariableChange(name: "v", operation: .add(-1))],
                            goto: "a")),
                        DialogueOption(id: "b", text: "B", effects: Effects(goto: "b")),
                    ]),
                "b": DialogueState(name: "b", say: [SayItem(text: "in b")], end: true),
            ])
        var runtime = DialogueRuntime(dialogue: dialogue, seed: 0)
        XCTAssertEqual(runtime.start(), [.enterState("a"), .line(speaker: "P", text: "weinig")])
        XCTAssertEqual(runtime.variables, ["v": 3])
        XCTAssertEqual(try runtime.choose(option: "meer"), [
            .setVariable(name: "extra", value: 1), .setVariable(name: "v", value: 2),
            .enterState("a"), .line(speaker: "P", text: "weinig"),
        ])
        let before = runtime
        XCTAssertEqual(try runtime.choose(option: "meer"), [
            .setVariable(name: "extra", value: 2), .setVariable(name: "v", value: 1),
            .enterState("a"), .line(speaker: "P", text: "veel"),
        ])
        XCTAssertEqual(runtime.variables, ["v": 1, "extra": 2])
        XCTAssertEqual(runtime.visits, ["a": 3])
        XCTAssertEqual(runtime.value(of: "extra"), 2)
        XCTAssertEqual(before.variables, ["v": 2, "extra": 1], "the copy taken before is unchanged")
        XCTAssertEqual(before.visits, ["a": 2])
        XCTAssertEqual(before.value(of: "visits"), 2)
        _ = try runtime.choose(option: "b")
        XCTAssertEqual(runtime.visits, ["a": 3, "b": 1])
        XCTAssertEqual(runtime.state, "b")
        XCTAssertTrue(runtime.isEnded)
        XCTAssertTrue(runtime.options.isEmpty)
    }

    func testAnywhereComesAfterStateRulesAndBeforeElse() {
        let dialogue = Fixtures.load("""
        title: T
        persona: { name: P }
        start: a
        anywhere:
          - when: { matches: [sorry, /excus\\w*/] }
            say: anywhere
          - when: { matches: "de wethouder" }
            goto: b
        states:
          a:
            on:
              - when: { matches: sorry, question: open }
                say: eigen regel
              - else:
                say: anders
          b:
            say: in b
            end: true
        """)
        var runtime = DialogueRuntime(dialogue: dialogue, seed: 0)
        _ = runtime.start()
        XCTAssertEqual(runtime.respond(to: "Sorry, hoe gaat het?", analysis: Analysis(question: .open)), [.line(speaker: "P", text: "eigen regel")])
        XCTAssertEqual(runtime.respond(to: "Sorry hoor.", analysis: Analysis()), [.line(speaker: "P", text: "anywhere")])
        XCTAssertEqual(runtime.respond(to: "Mijn EXCUSES", analysis: Analysis()), [.line(speaker: "P", text: "anywhere")])
        XCTAssertEqual(runtime.respond(to: "sorryyy", analysis: Analysis()), [.line(speaker: "P", text: "anders")], "whole words only")
        XCTAssertEqual(runtime.state, "a")
        XCTAssertEqual(runtime.respond(to: "Dat ligt bij dé Wethouder!", analysis: Analysis()), [
            .enterState("b"), .line(speaker: "P", text: "in b"), .end,
        ])
    }

    func testConditionalSayItems() {
        let dialogue = Fixtures.load("""
        title: T
        persona: { name: P }
        start: a
        variables: { vertrouwen: 0 }
        states:
          a:
            say:
              - { text: "Ik vertrouw u.", if: "vertrouwen >= 2" }
              - { text: "Ik weet het niet.", if: "vertrouwen < 2" }
            on:
              - when: { matches: goed }
                set: { vertrouwen: +1 }
                goto: a
              - else:
        """)
        var runtime = DialogueRuntime(dialogue: dialogue, seed: 3)
        XCTAssertEqual(runtime.start().last, .line(speaker: "P", text: "Ik weet het niet."))
        XCTAssertEqual(runtime.respond(to: "goed", analysis: Analysis()).last, .line(speaker: "P", text: "Ik weet het niet."))
        XCTAssertEqual(runtime.respond(to: "goed", analysis: Analysis()).last, .line(speaker: "P", text: "Ik vertrouw u."))
    }

    func testOnlyLinesWhoseConditionHoldsArePickedAndAllOfThemAre() {
        // Ten lines take the runtime's bit-set path, seventy its fallback for more than 64.
        for count in [10, 70] {
            let items = (0..<count).map { index in
                "      - { text: \"regel \(index)\", if: \"\(index % 2 == 0 ? "turns >= 0" : "turns < 0")\" }"
            }.joined(separator: "\n")
            let dialogue = Fixtures.load("""
            title: T
            persona: { name: P }
            start: a
            states:
              a:
                say:
            \(items)
                on:
                  - else:
                    goto: a
            """)
            var runtime = DialogueRuntime(dialogue: dialogue, seed: 5)
            var spoken = Set<String>()
            for action in runtime.start() + (0..<3000).flatMap({ _ in runtime.respond(to: "x", analysis: Analysis()) }) {
                if case .line(_, let text) = action { spoken.insert(text) }
            }
            XCTAssertEqual(spoken, Set((0..<count).filter { $0 % 2 == 0 }.map { "regel \($0)" }), "\(count) lines")
        }
    }

    func testNoMatchingRuleGivesNoActionsButCountsTheTurn() {
        let dialogue = Fixtures.load("""
        title: T
        persona: { name: P }
        start: a
        states:
          a:
            on:
              - when: { question: open }
                end: true
        """)
        var runtime = DialogueRuntime(dialogue: dialogue, seed: 0)
        _ = runtime.start()
        XCTAssertEqual(runtime.respond(to: "Ja.", analysis: Analysis()), [])
        XCTAssertEqual(runtime.turns, 1)
        XCTAssertEqual(runtime.respond(to: "Hoe?", analysis: Analysis(question: .open)), [.end])
        XCTAssertTrue(runtime.isEnded)
    }

    func testCoachActionWithoutSingleSkillHasNoSkill() {
        let dialogue = Fixtures.load("""
        title: T
        persona: { name: P }
        start: a
        states:
          a:
            on:
              - when: { question: closed, nvc: [evaluation, demand] }
                coach: twee vaardigheden
              - when: { nvc: [evaluation, demand] }
                coach: oordeel
              - else:
        """)
        var runtime = DialogueRuntime(dialogue: dialogue, seed: 0)
        XCTAssertEqual(runtime.respond(to: "Is dit lui?", analysis: Analysis(question: .closed, nvc: [.evaluation])),
                       [.enterState("a"), .coach(text: "twee vaardigheden", skill: nil, tags: [])])
        XCTAssertEqual(runtime.respond(to: "Doe het!", analysis: Analysis(nvc: [.demand])),
                       [.coach(text: "oordeel", skill: .nvc, tags: ["demand"])])
    }

    func testSameSeedReplaysDifferentSeedsDiffer() {
        func picks(seed: UInt64) -> [DialogueAction] {
            var runtime = DialogueRuntime(dialogue: example, seed: seed)
            _ = runtime.start()
            return (0..<40).flatMap { _ in runtime.respond(to: "Bent u tevreden?", analysis: Fixtures.analysis(.closed)) }
        }
        XCTAssertEqual(picks(seed: 42), picks(seed: 42))
        XCTAssertNotEqual(picks(seed: 42), picks(seed: 43))
        let texts = Set(picks(seed: 7).compactMap { action -> String? in
            if case .line(_, let text) = action { return text }
            return nil
        })
        XCTAssertEqual(texts, ["Ja.", "Nee hoor.", "Misschien."], "all candidates get picked over many turns")
    }

    func testSeededGeneratorIsDeterministic() {
        var a = SeededGenerator(seed: 0)
        var b = SeededGenerator(seed: 0)
        var c = SeededGenerator(seed: 1)
        let first = (0..<5).map { _ in a.next() }
        XCTAssertEqual(first, (0..<5).map { _ in b.next() })
        XCTAssertNotEqual(first, (0..<5).map { _ in c.next() })
        XCTAssertEqual(first[0], 0xE220_A839_7B1D_CDAF, "SplitMix64 reference value for seed 0")
    }
}
