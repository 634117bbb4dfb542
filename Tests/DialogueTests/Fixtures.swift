import Coach
import XCTest
@testable import Dialogue

/// The example of the shared contract, with the agreed extensions, as inline YAML.
enum Fixtures {
    static let example = """
    id: open-vragen
    title: Open vragen stellen
    summary: Marieke komt met een idee.
    situation: Je bent wijkambtenaar in Coevorden.
    skills: [question]
    persona: { name: Marieke, role: initiatiefnemer }
    start: begin
    variables: { vertrouwen: 0 }
    states:
      begin:
        say: Goedemiddag. Ik kom over ons idee voor het dorpsplein.
        on:
          - when: { question: closed }
            say: [Ja., Nee hoor., Misschien.]
            coach: Marieke kan hier alleen ja of nee op zeggen.
          - when: { question: open }
            set: { vertrouwen: +1 }
            goto: idee
          - else:
            say: Wat wilt u precies weten?
      idee:
        say: We willen een moestuin op het plein, voor jong en oud.
        options:
          - { id: budget, text: "Hoe wilt u het betalen?", goto: geld }
          - { id: stop, text: "Dank u, ik neem contact op.", goto: einde }
      geld:
        say: Daar hoopten we op uw hulp.
        goto: einde
      einde:
        say: Fijn dat u luisterde.
        end: true
    reflection:
      - { id: goed, ask: Wat ging er goed? }
      - { id: anders, ask: Wat zou je de volgende keer anders doen? }
    tests:
      - name: een open vraag brengt Marieke bij haar idee
        turns:
          - { say: "Bent u tevreden?", tags: { question: closed }, expect: { state: begin, coach: [closed] } }
          - { say: "Wat is uw idee?", tags: { question: open }, expect: { state: idee, line: moestuin, variables: { vertrouwen: 1 } } }
          - { choose: budget, expect: { state: einde, ended: true } }
    """

    static func load(_ yaml: String, path: String = "test.yaml", file: StaticString = #filePath, line: UInt = #line) -> Dialogue {
        let result = DialogueLoader.load(DialogueSource(path: path, text: yaml))
        guard let dialogue = result.dialogue else {
            XCTFail("did not load: \(result.diagnostics.map(\.description).joined(separator: "\n"))", file: file, line: line)
            return Dialogue(id: "x", title: "x", persona: Persona(name: "x"), start: "x", states: [:])
        }
        return dialogue
    }

    static func lint(_ yaml: String, path: String = "test.yaml") -> [Diagnostic] {
        DialogueLinter.lint([DialogueSource(path: path, text: yaml)])
    }

    static func analysis(_ question: QuestionTag = .none) -> Analysis {
        Analysis(question: question)
    }
}
