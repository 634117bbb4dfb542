import XCTest
@testable import Dialogue

/// Found by the dialogue fuzz target (Fuzz/Regressions/dialogue/): nested YAML anchors used as a
/// mapping key made Yams hash 10^n nodes, and `rehearse lint` or the server hung on one file.
final class AliasLimitTests: XCTestCase {
    /// The regression input of Fuzz/Regressions/dialogue/alias-bomb-key.yaml.
    private var aliasBomb: String {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...7 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        lines.append("title: {*a7 : x}")
        return lines.joined(separator: "\n") + "\n"
    }

    func testAliasBombIsRefusedQuicklyWithALocatedError() {
        let started = Date()
        let result = DialogueLoader.load(DialogueSource(path: "bom.yaml", text: aliasBomb))
        XCTAssertLessThan(Date().timeIntervalSince(started), 1, "loading must not expand the aliases")
        XCTAssertNil(result.dialogue)
        XCTAssertEqual(result.diagnostics.count, 1)
        let diagnostic = try! XCTUnwrap(result.diagnostics.first)
        XCTAssertTrue(diagnostic.isError)
        XCTAssertTrue(diagnostic.message.contains("YAML-aliassen"), diagnostic.message)
        // The 17th alias: line 3 (a2), its 7th `*a1`.
        XCTAssertEqual(diagnostic.line, 3)
        XCTAssertEqual(diagnostic.column, 10 + 6 * 5)
    }

    func testLintAnswersTooAndKeepsTheFileName() {
        let diagnostics = DialogueLinter.lint([DialogueSource(path: "Dialogues/bom.yaml", text: aliasBomb)])
        XCTAssertEqual(diagnostics.map(\.path), ["Dialogues/bom.yaml"])
    }

    func testAFewAliasesStillLoad() {
        let yaml = Fixtures.example
            .replacingOccurrences(of: "coach: Marieke kan hier alleen ja of nee op zeggen.",
                                  with: "coach: &gesloten Marieke kan hier alleen ja of nee op zeggen.")
            .replacingOccurrences(of: "say: Wat wilt u precies weten?",
                                  with: "say: Wat wilt u precies weten?\n        coach: *gesloten")
        let result = DialogueLoader.load(DialogueSource(path: "open-vragen.yaml", text: yaml))
        XCTAssertEqual(result.diagnostics.map(\.description), [])
        XCTAssertNotNil(result.dialogue)
    }

    func testCountsOnlyStarsThatCanStartAnAlias() {
        let sixteen = Array(repeating: "*a", count: 16).joined(separator: " ")
        XCTAssertNil(YAMLAliasLimit.firstExcess(in: sixteen))
        XCTAssertEqual(YAMLAliasLimit.firstExcess(in: sixteen + " *a"), SourceLocation(line: 1, column: 49))
        XCTAssertNil(YAMLAliasLimit.firstExcess(in: String(repeating: "zo*n ster*", count: 40)))
        XCTAssertEqual(YAMLAliasLimit.firstExcess(in: String(repeating: "[*a,*b]\n", count: 9)), SourceLocation(line: 9, column: 2))
    }
}
