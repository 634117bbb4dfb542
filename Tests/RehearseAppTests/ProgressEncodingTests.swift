import Coach
import Foundation
import XCTest
@testable import RehearseApp

/// The live progress is written from prepared pieces, with a template for counts below ten;
/// decoded, it must say exactly what the tally counted.
final class ProgressEncodingTests: XCTestCase {
    func testProgressCountsBelowAndAboveTenDecodeToTheTally() throws {
        var tally = SkillTally()
        for turn in 0..<23 {
            tally.record(Analysis(question: turn % 2 == 0 ? .open : .closed,
                                  nvc: turn < 3 ? [.feeling] : [], habits: turn == 5 ? [.yesBut] : []))
        }
        let frame = OutgoingFrame.yourTurn(.init(options: [], previewState: nil, analysis: nil, progress: tally,
                                                 skills: [.question, .nvc, .habits]))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(frame.encoded())) as? [String: Any])
        let progress = try XCTUnwrap(json["progress"] as? [String: Any])
        XCTAssertEqual(progress["turns"] as? Int, 23)
        XCTAssertEqual(progress["practised"] as? [String], ["question", "nvc", "habits"])
        let skills = try XCTUnwrap(progress["skills"] as? [String: [String: Int]])
        XCTAssertEqual(Set(skills.keys), ["question", "nvc", "habits"])
        for skill in [Skill.question, .nvc, .habits] {
            let expected = Dictionary(uniqueKeysWithValues: TagVocabulary.tags(for: skill).map { ($0, tally.count($0, in: skill)) })
            XCTAssertEqual(skills[skill.rawValue], expected, skill.rawValue)
        }
        XCTAssertEqual(skills["question"]?["open"], 12)
        XCTAssertEqual(skills["nvc"]?["feeling"], 3)
        XCTAssertEqual(skills["habits"]?["yes_but"], 1)
    }
}
