import XCTest
@testable import Dialogue

final class GraphTests: XCTestCase {
    func testDotLabelsEdgesWithConditionsAndMarksEnds() {
        let dot = DialogueGraph.dot(Fixtures.load(Fixtures.example))
        XCTAssertTrue(dot.hasPrefix("digraph \"open-vragen\" {"))
        XCTAssertTrue(dot.contains("\"begin\" -> \"idee\" [label=\"question: open\"];"), dot)
        XCTAssertTrue(dot.contains("\"idee\" -> \"geld\" [label=\"optie: budget\"];"), dot)
        XCTAssertTrue(dot.contains("\"geld\" -> \"einde\";"), dot)
        XCTAssertTrue(dot.contains("\"einde\" [label=\"einde (einde)\", peripheries=2"), dot)
        XCTAssertTrue(dot.contains("\"(start)\" -> \"begin\";"), dot)
    }

    func testMermaidAndConditionLabels() {
        let dialogue = Fixtures.load("""
        title: T
        persona: { name: P }
        start: a
        variables: { vertrouwen: 0 }
        anywhere:
          - when: { matches: wethouder }
            goto: b
        states:
          a:
            note: "De \\"start\\""
            on:
              - when: { if: "vertrouwen >= 2", question: [open, closed] }
                goto: b
              - else:
                end: true
          b:
            say: x
            end: true
        """)
        let mermaid = DialogueGraph.mermaid(dialogue)
        XCTAssertTrue(mermaid.hasPrefix("flowchart LR\n"))
        XCTAssertTrue(mermaid.contains("s0 -->|\"question: open|closed en if vertrouwen >= 2\"| s1"), mermaid)
        XCTAssertTrue(mermaid.contains("s0 -->|\"anders\"| einde_"), mermaid)
        XCTAssertTrue(mermaid.contains("overal_ -->|\"matches: 'wethouder'\"| s1"), mermaid)
        XCTAssertTrue(mermaid.contains("s0[\"a<br/>De #quot;start#quot;\"]"), mermaid)
        XCTAssertTrue(mermaid.contains("class s1 eind"), mermaid)
    }
}
