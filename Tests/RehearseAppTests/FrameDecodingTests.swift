import XCTest
@_spi(Fuzzing) @testable import RehearseApp

final class FrameDecodingTests: XCTestCase {
    private func decode(_ json: String) throws(ProtocolError) -> IncomingFrame {
        try IncomingFrame.decode(Array(json.utf8))
    }

    private func error(_ json: String) -> ProtocolError? {
        do {
            _ = try decode(json)
            return nil
        } catch {
            return error
        }
    }

    func testDecodesEveryLearnerFrame() throws {
        XCTAssertEqual(try decode(#"{"type":"list"}"#), .list)
        XCTAssertEqual(try decode(#"{"type":"start","dialogue":"open-vragen","learner":"Ans"}"#),
                       .start(dialogue: "open-vragen", learner: "Ans", preview: false, seed: nil))
        XCTAssertEqual(try decode(#"{"type":"start","dialogue":"x","preview":true,"seed":7}"#),
                       .start(dialogue: "x", learner: nil, preview: true, seed: 7))
        XCTAssertEqual(try decode(#"{"type":"start","dialogue":"x","seed":7}"#),
                       .start(dialogue: "x", learner: nil, preview: false, seed: nil), "only previews choose their seed")
        XCTAssertEqual(try decode(#"{"type":"say","text":"Wat is uw idee?"}"#), .say(text: "Wat is uw idee?"))
        XCTAssertEqual(try decode(#"{"type":"choose","option":"budget"}"#), .choose(option: "budget"))
        XCTAssertEqual(try decode(#"{"type":"reflect","answers":{"goed":"luisteren"}}"#), .reflect(answers: ["goed": "luisteren"]))
        XCTAssertEqual(try decode(#"{"type":"resume","session":"s","token":"t"}"#), .resume(session: "s", token: "t"))
        XCTAssertEqual(try decode(#"{"type":"end","extra":1}"#), .end)
        XCTAssertEqual(try decode(#"{"type":"annotate","token":"t","id":"s","turn":3,"text":"mooi"}"#),
                       .annotate(token: "t", id: "s", turn: 3, text: "mooi"))
    }

    func testBadInputGetsStableCodes() {
        XCTAssertEqual(error("{nope")?.code, "bad-json")
        XCTAssertEqual(error("[1,2]")?.code, "bad-json")
        XCTAssertEqual(error("\"say\"")?.code, "bad-json")
        XCTAssertEqual(error(#"{"text":"hoi"}"#)?.code, "bad-json")
        XCTAssertEqual(error(#"{"type":"dance"}"#)?.code, "unknown-type")
        XCTAssertEqual(error(#"{"type":"say","text":42}"#)?.code, "bad-field")
        XCTAssertEqual(error(#"{"type":"say"}"#)?.code, "bad-field")
        XCTAssertEqual(error(#"{"type":7}"#)?.code, "bad-field")
        XCTAssertEqual(error(#"{"type":"annotate","token":"t","id":"s","turn":"drie","text":"x"}"#)?.code, "bad-field")
        XCTAssertTrue(error(#"{"type":"say","text":42}"#)?.message.contains("text") ?? false)
        // Numbers that do not fit their field name the field, not the JSON.
        XCTAssertEqual(error(#"{"type":"start","dialogue":"open-vragen","preview":true,"seed":-1}"#)?.code, "bad-field")
        XCTAssertTrue(error(#"{"type":"start","dialogue":"open-vragen","preview":true,"seed":-1}"#)?.message.contains("seed") ?? false)
        XCTAssertEqual(error(#"{"type":"annotate","token":"t","id":"s","turn":1.5,"text":"x"}"#)?.code, "bad-field")
    }

    func testEncodedFramesAreValidJSON() throws {
        let frames: [OutgoingFrame] = [
            .line(speaker: "Marieke", text: "Zeg \"hallo\"\nen\u{1} tab\t\\"),
            .coach(skill: "question", tags: ["closed"], text: "Open vraag?", by: nil),
            .error(.rateLimited),
            .yourTurn(.init(options: [("a", "A"), ("b", "B")], previewState: ("begin", [("vertrouwen", 2)]),
                            analysis: .init(question: .open), progress: SkillTally(), skills: [.question])),
            .mirror(frame: Array(#"{"type":"line","speaker":"x","text":"y"}"#.utf8)),
        ]
        for frame in frames {
            let object = try JSONSerialization.jsonObject(with: Data(frame.encoded())) as? [String: Any]
            XCTAssertNotNil(object?["type"] as? String, String(decoding: frame.encoded(), as: UTF8.self))
        }
        let line = try JSONSerialization.jsonObject(with: Data(frames[0].encoded())) as? [String: Any]
        XCTAssertEqual(line?["text"] as? String, "Zeg \"hallo\"\nen\u{1} tab\t\\")
        let turn = try JSONSerialization.jsonObject(with: Data(frames[3].encoded())) as? [String: Any]
        XCTAssertEqual((turn?["options"] as? [[String: Any]])?.count, 2)
        XCTAssertEqual(((turn?["state"] as? [String: Any])?["variables"] as? [String: Any])?["vertrouwen"] as? Int, 2)
    }

    func testSecretsAreWellFormedAndCompareInConstantTime() {
        let id = Secrets.sessionID()
        XCTAssertEqual(id.count, 20)
        XCTAssertNotEqual(id, Secrets.sessionID())
        XCTAssertEqual(Secrets.token().count, 64)
        let code = Secrets.joinCode()
        XCTAssertEqual(code.count, 9)
        XCTAssertEqual(Secrets.normalizeJoinCode(code.lowercased().replacingOccurrences(of: "-", with: " ")), code)
        XCTAssertTrue(Secrets.constantTimeEquals("abc", "abc"))
        XCTAssertFalse(Secrets.constantTimeEquals("abc", "abd"))
        XCTAssertFalse(Secrets.constantTimeEquals("abc", "abcd"))
    }
}

/// The fast reader for flat frames must agree with JSONDecoder on everything it accepts.
final class FlatFrameDecodingTests: XCTestCase {
    func testFastPathAgreesWithJSONDecoder() throws {
        let frames = [
            #"{"type":"say","text":"Wat vindt u belangrijk?"}"#,
            #"  { "type" : "say" , "text" : "tab\tnieuwe\nregel \"quote\" \\ \/ \u00e9\u20ac \ud83d\ude00" }  "#,
            #"{"type":"start","dialogue":"open-vragen","learner":"Ans","unknown":"x"}"#,
            #"{"type":"say","text":"eerste","text":"tweede"}"#,
            #"{"type":"say","text":""}"#,
            #"{}"#,
        ]
        for frame in frames {
            let flat = try XCTUnwrap(FlatJSONObject(Array(frame.utf8)), frame)
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(frame.utf8)) as? [String: String], frame)
            for (key, value) in object { XCTAssertEqual(flat[key], value, "\(frame): \(key)") }
        }
        XCTAssertEqual(try IncomingFrame.decode(Array(#"{"type":"say","text":"één \u00e9"}"#.utf8)), .say(text: "één é"))
    }

    func testAnythingElseIsLeftToJSONDecoder() {
        for frame in [#"{"type":"say","text":1}"#, #"{"type":"say""#, #"{"type":"say"} x"#, #"["say"]"#,
                      #"{"text":"\ud83d"}"#, #"{"text":"\x"}"#, "{\"text\":\"a\nb\"}", #"{"a":{"b":"c"}}"#, ""] {
            XCTAssertNil(FlatJSONObject(Array(frame.utf8)), frame)
        }
        // Invalid UTF-8 inside a string, plain or escaped (found by the frame target's differential
        // check): Foundation refuses it, so the fast path must too.
        for bytes: [UInt8] in [Array(#"{"type":""#.utf8) + [0xFB] + Array(#""}"#.utf8),
                               Array(#"{"text":"\n"#.utf8) + [0xC3] + Array(#""}"#.utf8)] {
            XCTAssertNil(FlatJSONObject(bytes))
            XCTAssertEqual((try? IncomingFrame.decode(bytes)).map { "\($0)" }, nil)
        }
    }
}
