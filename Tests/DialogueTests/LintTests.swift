import XCTest
@testable import Dialogue

/// Every lint finding at its exact line and column, on small inline files.
final class LintTests: XCTestCase {
    /// A minimal valid dialogue; `states` is appended under `states:` with two-space indents.
    private func dialogue(_ states: String, top: String = "", tests: String = "") -> String {
        var text = "title: T\npersona: { name: P }\nstart: a\nvariables: { v: 0 }\n" + top + "states:\n" + states
        if !tests.isEmpty { text += "tests:\n" + tests }
        return text
    }

    private func lines(_ yaml: String, path: String = "d.yaml") -> [String] {
        Fixtures.lint(yaml, path: path).map(\.description)
    }

    private func assertFinds(_ yaml: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let found = lines(yaml)
        XCTAssertTrue(found.contains(expected), "expected\n  \(expected)\nfound\n  \(found.joined(separator: "\n  "))", file: file, line: line)
    }

    func testValidDialogueHasNoFindings() {
        XCTAssertEqual(lines(Fixtures.example), [])
        XCTAssertEqual(lines(dialogue("  a:\n    say: hoi\n    end: true\n")), [])
    }

    func testYAMLThatDoesNotParse() {
        let found = lines("title: T\npersona: { name: P\nstart: a\n")
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found[0].hasPrefix("d.yaml:3:6: error: YAML kan niet gelezen worden"), found[0])
        let colon = lines("title: T\nstates:\n  a:\n    say: Let op: dit kan niet\n")
        XCTAssertEqual(colon.count, 1)
        XCTAssertTrue(colon[0].hasPrefix("d.yaml:4:16: error: YAML kan niet gelezen worden: hier mag geen ':' staan"), colon[0])
    }

    func testUnknownKeySuggestsNearest() {
        assertFinds(dialogue("  a:\n    say: hoi\n    gotoo: a\n"),
                    "d.yaml:8:5: error: staat 'a': onbekende sleutel 'gotoo'; bedoelde je 'goto'?")
        assertFinds("titel: T\npersona: { name: P }\nstart: a\nstates:\n  a:\n    end: true\n",
                    "d.yaml:1:1: error: dialoog: onbekende sleutel 'titel'; bedoelde je 'title'?")
    }

    func testMisplacedKeysSayWhereTheyBelong() {
        let found = lines(dialogue("  a:\n    coach: tip\n    on:\n      - when: { question: open, goto: a }\n        matches: hallo\n      - else:\n"))
        XCTAssertTrue(found.contains("d.yaml:7:5: error: staat 'a': 'coach' hoort hier niet; 'coach' hoort in een regel onder 'on:' (- when: … )"), "\(found)")
        XCTAssertTrue(found.contains("d.yaml:9:33: error: staat 'a', regel 1 van 'on', 'when': 'goto' hoort hier niet; zet 'goto' naast 'when' in de regel, niet erin"), "\(found)")
        XCTAssertTrue(found.contains("d.yaml:10:9: error: staat 'a', regel 1 van 'on': 'matches' hoort hier niet; zet 'matches' in 'when': { matches: … }"), "\(found)")
    }

    func testCommaInFlowMappingExplained() {
        XCTAssertEqual(lines("title: T\npersona: { name: Daan, role: jongere, trekker }\nstart: a\nstates:\n  a:\n    end: true\n"),
                       ["d.yaml:2:39: error: persona: 'trekker' staat los na een komma; een tekst met een komma binnen { … } moet tussen aanhalingstekens (\"…\")"])
    }

    func testDuplicateKeyIsReportedAtTheSecond() {
        XCTAssertEqual(lines("title: T\npersona: { name: P }\nstart: a\nstates:\n  a:\n    end: true\n  a:\n    end: true\n"),
                       ["d.yaml:7:3: error: sleutel 'a' staat twee keer in dezelfde mapping (eerst op regel 5); laat er één over"])
    }

    func testWrongValueTypes() {
        assertFinds(dialogue("  a:\n    say: hoi\n    end: misschien\n"),
                    "d.yaml:8:10: error: staat 'a': 'end' moet true of false zijn, maar is 'misschien'")
        assertFinds(dialogue("  a:\n    say: { text: hoi }\n    end: true\n"),
                    "d.yaml:7:10: error: staat 'a': 'say' moet een zin of een lijst van zinnen zijn, maar is een mapping (sleutel: waarde)")
        assertFinds(dialogue("  a:\n    on: hoi\n"),
                    "d.yaml:7:9: error: staat 'a': 'on' moet een lijst zijn (regels die met '- ' beginnen), maar is een tekst ('hoi')")
    }

    func testTargetsNamingNoState() {
        let yaml = """
        title: T
        persona: { name: P }
        start: begn
        states:
          begin:
            say: hoi
            on:
              - when: { question: open }
                goto: idee2
              - else:
            options:
              - { id: x, text: X, goto: nergens }
        """
        let found = lines(yaml)
        XCTAssertTrue(found.contains("d.yaml:3:8: error: dialoog: 'start' verwijst naar staat 'begn', maar die staat bestaat niet (bedoelde je 'begin'?)"), "\(found)")
        XCTAssertTrue(found.contains("d.yaml:9:15: error: staat 'begin', regel 1 van 'on': 'goto' verwijst naar staat 'idee2', maar die staat bestaat niet"), "\(found)")
        XCTAssertTrue(found.contains("d.yaml:12:33: error: staat 'begin', optie 'x': 'goto' verwijst naar staat 'nergens', maar die staat bestaat niet"), "\(found)")
    }

    func testUnreachableStateIsAWarning() {
        let found = Fixtures.lint(dialogue("  a:\n    end: true\n  eiland:\n    end: true\n"), path: "d.yaml")
        XCTAssertEqual(found.map(\.description), ["d.yaml:8:3: warning: staat 'eiland' wordt nooit bereikt: geen 'start', 'goto' of optie verwijst ernaar"])
        XCTAssertEqual(found.first?.severity, .warning)
    }

    func testStateWithNoWayOnAndNoEnd() {
        assertFinds(dialogue("  a:\n    say: hoi\n"),
                    "d.yaml:6:3: error: staat 'a': de cursist kan hier nergens heen; geef de staat 'on', 'options' of 'goto', of zet 'end: true'")
    }

    func testOnWithoutElseWarns() {
        XCTAssertEqual(lines(dialogue("  a:\n    on:\n      - when: { question: open }\n        end: true\n")),
                       ["d.yaml:6:3: warning: staat 'a': 'on' heeft geen 'else'-regel; een zin die bij geen enkele regel past, krijgt geen antwoord"])
    }

    func testUnknownTagsAndSkills() {
        let yaml = dialogue("  a:\n    on:\n      - when: { question: opne, nvc: [feeling, oordeel] }\n        end: true\n      - when: { vraag: open }\n        end: true\n      - else:\n", top: "skills: [question, luisteren]\n")
        let found = lines(yaml)
        XCTAssertTrue(found.contains("d.yaml:5:20: error: skills: onbekende vaardigheid 'luisteren'; kies uit question, nvc, trust, habits"), "\(found)")
        XCTAssertTrue(found.contains("d.yaml:9:27: error: staat 'a', regel 1 van 'on', 'when': 'opne' is geen tag van question (bedoelde je 'open'?); kies uit: open, closed, none"), "\(found)")
        XCTAssertTrue(found.contains("d.yaml:9:48: error: staat 'a', regel 1 van 'on', 'when': 'oordeel' is geen tag van nvc; kies uit: observation, evaluation, feeling, pseudo_feeling, need, request, demand"), "\(found)")
        XCTAssertTrue(found.contains("d.yaml:11:17: error: staat 'a', regel 2 van 'on', 'when': onbekende sleutel 'vraag'; bekende sleutels hier: question, nvc, trust, habits, matches, if"), "\(found)")
    }

    func testUndeclaredVariables() {
        let yaml = dialogue("  a:\n    on:\n      - when: { if: \"vertrouwen >= 2\" }\n        set: { geduld: -1, v: +1 }\n        end: true\n      - else:\n")
        let found = lines(yaml)
        XCTAssertTrue(found.contains("d.yaml:8:21: error: staat 'a', regel 1 van 'on', 'when': variabele 'vertrouwen' wordt gebruikt maar staat niet onder 'variables'"), "\(found)")
        XCTAssertTrue(found.contains("d.yaml:9:16: error: staat 'a', regel 1 van 'on': variabele 'geduld' wordt gebruikt maar staat niet onder 'variables'"), "\(found)")
        XCTAssertEqual(found.count, 2, "\(found)")
    }

    func testMalformedConditionsAndSetValues() {
        let yaml = dialogue("  a:\n    on:\n      - when: { if: \"v groter dan 2\" }\n        set: { v: veel }\n      - else:\n")
        let found = lines(yaml)
        XCTAssertTrue(found.contains("d.yaml:8:21: error: staat 'a', regel 1 van 'on', 'when': 'if' klopt niet: 'v groter dan 2' heeft geen vergelijking; verwacht 'naam OP getal' met OP een van >= <= > < == != (bijvoorbeeld 'vertrouwen >= 2')"), "\(found)")
        XCTAssertTrue(found.contains("d.yaml:9:19: error: staat 'a', regel 1 van 'on': 'set' van 'v' moet +N (erbij), -N (eraf), N of =N (wordt) zijn, maar is 'veel'"), "\(found)")
    }

    func testInvalidRegex() {
        assertFinds(dialogue("  a:\n    on:\n      - when: { matches: [hallo, \"/(kapot/\"] }\n        end: true\n      - else:\n"),
                    "d.yaml:8:34: error: staat 'a', regel 1 van 'on', 'when': '/(kapot/' is geen geldige reguliere expressie")
        assertFinds(dialogue("  a:\n    on:\n      - when: { matches: \"//\" }\n        end: true\n      - else:\n"),
                    "d.yaml:8:26: error: staat 'a', regel 1 van 'on', 'when': '//' is een lege reguliere expressie; die past op elke zin")
        assertFinds(dialogue("  a:\n    on:\n      - when: { matches: \"?!\" }\n        end: true\n      - else:\n"),
                    "d.yaml:8:26: error: staat 'a', regel 1 van 'on', 'when': '?!' bevat geen woorden om op te zoeken")
    }

    func testDuplicateIDsAcrossFiles() {
        let first = DialogueSource(path: "a.yaml", text: "id: zelfde\n" + dialogue("  a:\n    end: true\n"))
        let second = DialogueSource(path: "b.yaml", text: "title: Anders\nid: zelfde\npersona: { name: P }\nstart: a\nstates:\n  a:\n    end: true\n")
        XCTAssertEqual(DialogueLinter.lint([second, first]).map(\.description),
                       ["b.yaml:2:5: error: id 'zelfde' wordt ook al gebruikt door a.yaml; elke dialoog heeft een eigen id"])
        let byName = DialogueSource(path: "x/zelfde.yaml", text: dialogue("  a:\n    end: true\n"))
        XCTAssertEqual(DialogueLinter.lint([first, byName]).map(\.description),
                       ["x/zelfde.yaml:1:1: error: id 'zelfde' wordt ook al gebruikt door a.yaml; elke dialoog heeft een eigen id"])
    }

    func testInvalidID() {
        assertFinds("id: Open Vragen\n" + dialogue("  a:\n    end: true\n"),
                    "d.yaml:1:5: error: id 'Open Vragen' mag alleen kleine letters, cijfers en '-' bevatten (bijvoorbeeld 'open-vragen')")
    }

    func testDuplicateOptionIDs() {
        assertFinds(dialogue("  a:\n    options:\n      - { id: ja, text: Ja, end: true }\n      - { id: ja, text: Nee, end: true }\n"),
                    "d.yaml:9:15: error: staat 'a': optie-id 'ja' komt twee keer voor; elke optie heeft een eigen id")
    }

    func testTestsExpectingUnknownStateOrChoosingUnknownOption() {
        let yaml = dialogue("  a:\n    options:\n      - { id: ja, text: Ja, end: true }\n",
                            tests: "  - name: t\n    turns:\n      - { say: hoi, expect: { state: b } }\n      - { choose: nee }\n")
        let found = lines(yaml)
        XCTAssertTrue(found.contains("d.yaml:12:38: error: test 't', beurt 1, 'expect': verwacht staat 'b', maar die staat bestaat niet"), "\(found)")
        XCTAssertTrue(found.contains("d.yaml:13:19: error: test 't', beurt 2: 'choose' kiest optie 'nee', maar geen staat heeft een optie met die id"), "\(found)")
    }

    func testEmptySayList() {
        assertFinds(dialogue("  a:\n    say: []\n    end: true\n"),
                    "d.yaml:7:10: error: staat 'a': de 'say'-lijst is leeg; zet er minstens één zin in")
    }

    func testMissingRequiredKeys() {
        XCTAssertEqual(lines("summary: iets\n"), [
            "d.yaml:1:1: error: de sleutel 'title' ontbreekt (de titel die de cursist ziet)",
            "d.yaml:1:1: error: de sleutel 'persona' ontbreekt (wie de cursist spreekt: { name: …, role: … })",
            "d.yaml:1:1: error: de sleutel 'states' ontbreekt (de staten van het gesprek)",
            "d.yaml:1:1: error: de sleutel 'start' ontbreekt (de naam van de eerste staat)",
        ])
    }

    func testEverythingFoundInOneRunSortedByLine() {
        let yaml = dialogue("  a:\n    gotoo: a\n    on:\n      - when: { question: opne }\n        goto: nergens\n")
        let found = Fixtures.lint(yaml, path: "d.yaml")
        XCTAssertGreaterThanOrEqual(found.count, 3)
        XCTAssertEqual(found.map(\.line), found.map(\.line).sorted())
    }

    func testGotoLoopsAndUnusedRules() {
        let found = lines(dialogue("  a:\n    goto: b\n  b:\n    goto: a\n    on:\n      - else:\n"))
        XCTAssertTrue(found.contains("d.yaml:7:11: error: staat 'a': de goto's vormen een kring zonder einde (a → b → a); de cursist komt nooit aan de beurt"), "\(found)")
        XCTAssertTrue(found.contains("d.yaml:9:11: warning: staat 'b': door 'goto' gaat het gesprek meteen verder, dus 'on' en 'options' van deze staat worden nooit gebruikt"), "\(found)")
    }

    func testSuggestions() {
        XCTAssertEqual(Suggestion.nearest(to: "opne", in: ["open", "closed", "none"]), "open")
        XCTAssertEqual(Suggestion.nearest(to: "gotoo", in: DialogueBuilder.stateKeys), "goto")
        XCTAssertNil(Suggestion.nearest(to: "b", in: ["a"]))
        XCTAssertNil(Suggestion.nearest(to: "volkomen", in: DialogueBuilder.stateKeys))
    }

    func testDescriptionIsCompilerStyle() {
        let diagnostic = Diagnostic(severity: .warning, path: "Dialogues/x.yaml", line: 3, column: 7, message: "let op")
        XCTAssertEqual(diagnostic.description, "Dialogues/x.yaml:3:7: warning: let op")
    }
}
