import XCTest
import Coach

/// Scores the coach on the shared labelled examples and on our own held-out sentences.
final class EvaluationTests: XCTestCase {
    /// The package root: the nearest directory above this file holding Package.swift.
    static func packageRoot() -> URL? {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return dir }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    func evaluate(_ url: URL) throws -> Evaluation {
        let text = try String(contentsOf: url, encoding: .utf8)
        return Evaluation.run(text, coach: Coach())
    }

    func assertThresholds(_ e: Evaluation, question: Double, f1: Double, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertGreaterThanOrEqual(e.questionAccuracy, question, e.report(), file: file, line: line)
        for skill in [Skill.nvc, .trust, .habits] {
            XCTAssertGreaterThanOrEqual(e.microF1(skill), f1, "\(skill): \(e.report())", file: file, line: line)
        }
    }

    func testSharedUtterances() throws {
        guard let root = Self.packageRoot() else { throw XCTSkip("package root not found") }
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/coaching/utterances.tsv")
        guard FileManager.default.fileExists(atPath: url.path) else { throw XCTSkip("no \(url.path)") }
        let e = try evaluate(url)
        XCTAssertGreaterThan(e.rows, 100)
        assertThresholds(e, question: 0.95, f1: 0.90)
    }

    func testHeldOutSentences() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("heldout.tsv")
        let e = try evaluate(url)
        let rows = Evaluation.parse(try String(contentsOf: url, encoding: .utf8))
        for skill in Skill.allCases {
            XCTAssertGreaterThanOrEqual(rows.filter { $0.skill == skill }.count, 60, "held-out rows for \(skill)")
        }
        assertThresholds(e, question: 0.95, f1: 0.90)
    }

    /// Sentences written from labels.md by someone who saw neither the rules nor the other sets,
    /// scored and never used to tune the rules (write new rows into heldout.tsv for that): the
    /// honest estimate for unseen text. The floors sit a little under today's scores (docs/coach.md)
    /// so that a rule that breaks general cases fails here.
    func testUnseenSentences() throws {
        // unseen.tsv: written before round 4; unseen2.tsv: written during round 5; unseen3.tsv: written
        // before round 7 (its first-sight scores: question 0.917, nvc 0.893, trust 0.765, habits 0.853);
        // unseen4.tsv: written during round 8 (first sight, before it: 0.980, 0.944, 0.954, 0.990).
        try assertUnseen("unseen.tsv", question: 0.97, nvc: 0.92, trust: 0.94, habits: 0.94)
        try assertUnseen("unseen2.tsv", question: 0.97, nvc: 0.92, trust: 0.87, habits: 0.87)
        try assertUnseen("unseen3.tsv", question: 0.93, nvc: 0.88, trust: 0.80, habits: 0.90)
        try assertUnseen("unseen4.tsv", question: 0.97, nvc: 0.94, trust: 0.94, habits: 0.97)
    }

    private func assertUnseen(_ name: String, question: Double, nvc: Double, trust: Double, habits: Double,
                              line: UInt = #line) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(name)
        let e = try evaluate(url)
        XCTAssertEqual(e.rows, 300, name, line: line)
        XCTAssertGreaterThanOrEqual(e.questionAccuracy, question, "\(name)\n\(e.report())", line: line)
        XCTAssertGreaterThanOrEqual(e.microF1(.nvc), nvc, "\(name)\n\(e.report())", line: line)
        XCTAssertGreaterThanOrEqual(e.microF1(.trust), trust, "\(name)\n\(e.report())", line: line)
        XCTAssertGreaterThanOrEqual(e.microF1(.habits), habits, "\(name)\n\(e.report())", line: line)
    }

    func testMetricsCountMissesAndTaskAliases() {
        let tsv = "task\tlabels\ttext\nquestion\topen\tWat is er gebeurd?\nquestion\topen\tDank u wel.\nhabit\tadmit_unknown\tDat weet ik niet.\nnvc\t-\tIk ben teleurgesteld.\n"
        let e = Evaluation.run(tsv, coach: Coach())
        XCTAssertEqual(e.rows, 4)
        XCTAssertEqual(e.questionAccuracy, 0.5)
        XCTAssertEqual(e.microF1(.habits), 1)
        XCTAssertEqual(e.microF1(.nvc), 0) // one false positive, nothing to find
        XCTAssertEqual(e.misses.count, 2)
        XCTAssertTrue(e.report().contains("question: expected open got none : Dank u wel."))
    }
}
