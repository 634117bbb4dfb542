import Coach
import Foundation
import Transcript
import XCTest
@testable import RehearseApp

/// The live session writes a learner's line straight from the coach's analysis; it must be the
/// same line `TranscriptEntry.encoded()` writes, which the reader, reports and resume rely on.
final class LearnerEntryEncodingTests: XCTestCase {
    func testLiveLearnerEntryIsTheTranscriptsEncoding() throws {
        let analyses = [
            Analysis(),
            Analysis(question: .open),
            Analysis(question: .closed, nvc: [.evaluation, .feeling], trust: [.blame], habits: [.yesBut, .advice]),
            Coach().analyze("Ik voel me teleurgesteld, maar wat vindt u zelf belangrijk?"),
        ]
        let at = Date(timeIntervalSince1970: 1_790_000_000.123)
        for analysis in analyses {
            var tags: [String: [String]] = [:]
            for skill in Skill.allCases { tags[skill.rawValue] = analysis.tags(for: skill) }
            let expected = TranscriptEntry.learner(turn: 3, at: at, text: "Zeg \"het\" maar", tags: tags, from: "a", to: "b").encoded()
            let live = TranscriptEntry.encodedLearner(turn: 3, at: at, text: "Zeg \"het\" maar", from: "a", to: "b") {
                OutgoingFrame.write(analysis, into: &$0)
            }
            XCTAssertEqual(String(decoding: live, as: UTF8.self), String(decoding: expected, as: UTF8.self))
        }
    }
}
