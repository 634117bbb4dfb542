import XCTest
@testable import Coach

/// Inputs the coach fuzz target once crashed on (Fuzz/Regressions/coach/, see docs/fuzzing.md).
/// The coach runs on the server's service thread for every line a learner types: a trap there
/// would end every rehearsal on the server, so each stays here as a test.
final class FuzzRegressionTests: XCTestCase {
    private var regressions: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fuzz/Regressions/coach")
    }

    func testEveryKeptInputIsAnalysedWithItsTips() throws {
        let files = try FileManager.default.contentsOfDirectory(at: regressions, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") }
        XCTAssertFalse(files.isEmpty, "no regressions found in \(regressions.path)")
        let coach = Coach()
        for file in files {
            let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            let analysis = coach.analyze(text)
            for skill in Skill.allCases {
                for tag in analysis.tags(for: skill) { _ = coach.tip(for: skill, tag: tag, line: text) }
            }
        }
    }

    /// "toen" followed by a comma made an empty clause whose range ran backwards.
    func testCommaRightAfterToen() {
        let coach = Coach()
        for line in ["En toen, ik weet het niet meer.", "toen,", "Toen, toen ik in Almelo werkte, hadden we dat ook."] {
            _ = coach.analyze(line)
        }
        XCTAssertTrue(coach.analyze("Toen ik in Almelo werkte, hadden we precies zo'n groep.").habits.contains(.compareExperience))
        XCTAssertFalse(coach.analyze("En toen, ik weet het niet meer.").habits.contains(.compareExperience))
    }
}
