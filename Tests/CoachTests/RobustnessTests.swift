import XCTest
@testable import Coach

/// Random and hostile input must never crash the coach (it runs on every line a learner types).
final class RobustnessTests: XCTestCase {
    func testRandomInputNeverCrashes() {
        let coach = Coach()
        let pieces = ["wat", "hoe", "heeft", "u", "ik", "voel", "me", "maar", "ja", ",", ".", "?", "!", "toch", "niet",
                      "moet", "je", "zorg", "dat", "als", "hoe", "meer", "waar", "mogelijk", "wie", "weet", "sorry",
                      "het", "spijt", "valt", "mee", "dus", "u", "bedoelt", "'", "-", "…", "é", "12.30", "Ĳs", "🙂",
                      "\n", "\t", "  ", ":", "(", ")", "\"", "zo'n", "gelijk", "omdat", "morgen", "bel", "van", "mij"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let n = Int.random(in: 0...14, using: &rng)
            var text = ""
            for _ in 0..<n {
                text += pieces.randomElement(using: &rng)!
                if Bool.random(using: &rng) { text += " " }
            }
            let a = coach.analyze(text)
            XCTAssertTrue(QuestionTag.allCases.contains(a.question))
            for skill in Skill.allCases {
                for tag in a.tags(for: skill) {
                    _ = coach.tip(for: skill, tag: tag, line: text)
                }
            }
            _ = coach.tip(for: .question, tag: "closed", line: text)
        }
    }

    func testLongLineIsFine() {
        let line = String(repeating: "Ik begrijp dat, maar wat heeft u nodig? ", count: 500)
        let a = Coach().analyze(line)
        XCTAssertEqual(a.question, .open)
        XCTAssertTrue(a.habits.contains(.yesBut))
    }

    func testBitIndexReadsTheSameAsPlainStrings() throws {
        // The per-word bit index is an optimisation only: unindexed sentences (string matching) must
        // get exactly the same tags.
        let coach = Coach()
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("heldout.tsv")
        let texts = Evaluation.parse(try String(contentsOf: url, encoding: .utf8)).map(\.text)
        XCTAssertGreaterThan(texts.count, 100)
        for text in texts {
            for raw in Tokenizer.sentences(text) {
                var indexed = raw
                coach.index.annotate(&indexed)
                XCTAssertEqual(coach.question.classify(raw), coach.question.classify(indexed), text)
                var a = Set<NVCTag>(), b = Set<NVCTag>()
                coach.nvc.analyze(raw, question: .none, into: &a)
                coach.nvc.analyze(indexed, question: .none, into: &b)
                XCTAssertEqual(a, b, text)
                var c = Set<TrustTag>(), d = Set<TrustTag>()
                coach.trust.analyze(raw, question: .open, ownFeeling: false, yesBut: false, into: &c)
                coach.trust.analyze(indexed, question: .open, ownFeeling: false, yesBut: false, into: &d)
                XCTAssertEqual(c, d, text)
                var e = Set<HabitTag>(), f = Set<HabitTag>()
                coach.habits.analyze(raw, previous: nil, into: &e)
                coach.habits.analyze(indexed, previous: nil, into: &f)
                XCTAssertEqual(e, f, text)
            }
        }
    }
}
