import XCTest

/// A learner line showing a skill's typical mistake earns a coach frame naming that tag, in a
/// dialogue that practises the skill; the script's own tip wins over the default one.
final class CoachFrameTests: XCTestCase {
    private static func dialogue(id: String, skills: String, rules: String = "") -> String {
        """
        id: \(id)
        title: Oefening \(id)
        summary: Een korte oefening.
        skills: [\(skills)]
        persona: { name: Fatima, role: bewoner }
        start: praten
        states:
          praten:
            say: Ik ben echt boos over hoe het gegaan is.
            on:
        \(rules)
              - else:
                say: Hm.
        """
    }

    func testEachSkillsTypicalMistakeIsNamed() throws {
        let files = [
            "q.yaml": Self.dialogue(id: "q", skills: "question"),
            "n.yaml": Self.dialogue(id: "n", skills: "nvc"),
            "t.yaml": Self.dialogue(id: "t", skills: "trust"),
            "h.yaml": Self.dialogue(id: "h", skills: "habits"),
            "s.yaml": Self.dialogue(id: "s", skills: "question", rules: """
                  - when: { question: closed }
                    coach: Vraag Fatima wat er gebeurde, niet of ze boos is.
            """),
        ]
        let server = try TestServer(dialogueFiles: files) { $0.rateLimits.enabled = false }
        defer { server.stop() }
        let cases: [(dialogue: String, line: String, skill: String, tag: String)] = [
            ("q", "Bent u boos?", "question", "closed"),
            ("n", "Jullie zijn altijd onredelijk en lui.", "nvc", "evaluation"),
            ("n", "Haal die bloembakken weg.", "nvc", "demand"),
            ("t", "Dat komt door de afdeling Verkeer, niet door ons.", "trust", "blame"),
            ("t", "Zo erg is het nou ook weer niet.", "trust", "minimize"),
            ("h", "Ja, maar we hebben ook regels.", "habits", "yes_but"),
            ("h", "Als ik u was, zou ik gewoon een brief schrijven.", "habits", "advice"),
        ]
        for example in cases {
            let client = try server.client()
            _ = try client.start(example.dialogue)
            let frames = try client.turn(["type": "say", "text": example.line])
            let coach = frames.ofType("coach").first { $0["skill"] as? String == example.skill }
            XCTAssertEqual(coach.map { ($0["tags"] as? [String] ?? []).contains(example.tag) }, true, "\(example.line): \(frames)")
            XCTAssertFalse((coach?["text"] as? String ?? "").isEmpty)
            client.close()
        }

        let scripted = try server.client()
        _ = try scripted.start("s")
        let frames = try scripted.turn(["type": "say", "text": "Bent u boos?"])
        XCTAssertEqual(frames.ofType("coach").map { $0["text"] as? String }, ["Vraag Fatima wat er gebeurde, niet of ze boos is."])
    }

    func testPraiseIsRareAndOnlyForGoodMoves() throws {
        let server = try TestServer(dialogueFiles: ["q.yaml": Self.dialogue(id: "q", skills: "question")]) { $0.rateLimits.enabled = false }
        defer { server.stop() }
        let client = try server.client()
        _ = try client.start("q")
        var praise = 0
        for _ in 0..<6 {
            let frames = try client.turn(["type": "say", "text": "Wat is er precies gebeurd?"])
            praise += frames.ofType("coach").count
        }
        XCTAssertGreaterThanOrEqual(praise, 1)
        XCTAssertLessThanOrEqual(praise, 2)
    }
}
