import XCTest

/// A learner rehearses over a real WebSocket against a real server.
final class RehearsalFlowTests: XCTestCase {
    var server: TestServer!

    override func setUpWithError() throws {
        server = try TestServer()
    }

    override func tearDown() {
        server?.stop()
    }

    func testListNamesTheDialogues() throws {
        let client = try server.client()
        try client.send(["type": "list"])
        let frame = try client.receiveFrame()
        XCTAssertEqual(frame["type"] as? String, "dialogues")
        let dialogues = frame["dialogues"] as? [Frame] ?? []
        XCTAssertEqual(dialogues.count, 1)
        XCTAssertEqual(dialogues.first?["id"] as? String, "oefen")
        XCTAssertEqual(dialogues.first?["title"] as? String, "Oefenen met open vragen")
        XCTAssertEqual(dialogues.first?["skills"] as? [String], ["question"])
        XCTAssertNotNil(dialogues.first?["summary"] as? String)
    }

    func testStartSaysTheOpeningAndGivesTheTurn() throws {
        let client = try server.client()
        let (started, opening) = try client.start("oefen", learner: "Ans")
        XCTAssertEqual((started["session"] as? String)?.count, 20)
        XCTAssertEqual((started["token"] as? String)?.count, 64)
        XCTAssertNotNil(started["join"] as? String)
        let dialogue = started["dialogue"] as? Frame
        XCTAssertEqual(dialogue?["id"] as? String, "oefen")
        XCTAssertEqual((dialogue?["persona"] as? Frame)?["name"] as? String, "Marieke")
        XCTAssertEqual(opening.types, ["line", "your-turn"])
        XCTAssertEqual(opening.first?["speaker"] as? String, "Marieke")
        XCTAssertEqual(opening.first?["text"] as? String, "Goedemiddag. Ik kom over ons idee voor het dorpsplein.")
    }

    func testClosedQuestionGetsCoachAndStaysOpenQuestionMovesOn() throws {
        let client = try server.client()
        _ = try client.start("oefen", preview: true)
        let closed = try client.turn(["type": "say", "text": "Bent u tevreden over het plein?"])
        let coach = closed.ofType("coach")
        XCTAssertEqual(coach.count, 1, "\(closed)")
        XCTAssertEqual(coach.first?["skill"] as? String, "question")
        XCTAssertEqual(coach.first?["tags"] as? [String], ["closed"])
        XCTAssertFalse((coach.first?["text"] as? String ?? "").isEmpty)
        XCTAssertTrue(["Ja.", "Nee hoor.", "Misschien."].contains(closed.ofType("line").first?["text"] as? String ?? ""))
        XCTAssertEqual((closed.last?["state"] as? Frame)?["name"] as? String, "begin")

        let open = try client.turn(["type": "say", "text": "Wat is uw idee voor het plein?"])
        XCTAssertEqual(open.ofType("line").first?["text"] as? String, "We willen een moestuin op het plein, voor jong en oud.")
        let yourTurn = open.last
        XCTAssertEqual(yourTurn?["type"] as? String, "your-turn")
        XCTAssertEqual((yourTurn?["options"] as? [Frame])?.compactMap { $0["id"] as? String }, ["budget", "stop"])
        XCTAssertEqual(((yourTurn?["state"] as? Frame)?["variables"] as? Frame)?["vertrouwen"] as? Int, 1)
        XCTAssertEqual(((yourTurn?["analysis"] as? Frame)?["question"] as? [String]), ["open"])
    }

    func testChoosingAnOptionToTheEndThenReflecting() throws {
        let client = try server.client()
        let (started, _) = try client.start("oefen")
        let session = started["session"] as! String
        _ = try client.turn(["type": "say", "text": "Wat is uw idee?"])
        let wrong = try client.turn(["type": "choose", "option": "dansen"])
        XCTAssertEqual(wrong.last?["type"] as? String, "error")
        XCTAssertEqual(wrong.last?["code"] as? String, "unknown-option")

        let chosen = try client.turn(["type": "choose", "option": "budget"])
        XCTAssertEqual(chosen.ofType("line").compactMap { $0["text"] as? String }, ["Daar hoopten we op uw hulp.", "Fijn dat u luisterde."])
        let ended = chosen.last
        XCTAssertEqual(ended?["type"] as? String, "ended")
        let summary = ended?["summary"] as? Frame
        XCTAssertEqual(summary?["turns"] as? Int, 2)
        XCTAssertEqual(((summary?["skills"] as? Frame)?["question"] as? Frame)?["open"] as? Int, 1)
        XCTAssertEqual((summary?["reflection"] as? [Frame])?.compactMap { $0["id"] as? String }, ["goed", "anders"])

        let afterEnd = try client.turn(["type": "say", "text": "Hallo?"])
        XCTAssertEqual(afterEnd.last?["code"] as? String, "ended")

        try client.send(["type": "reflect", "answers": ["goed": "Ik vroeg door.", "anders": "Minder ja/nee-vragen."]])
        XCTAssertEqual(try client.receiveFrame()["type"] as? String, "reflected")

        let lines = try server.transcriptLines(session: session)
        XCTAssertEqual(lines.first?["type"] as? String, "header")
        XCTAssertEqual(lines.first?["dialogue"] as? String, "oefen")
        let types = lines.compactMap { $0["type"] as? String }
        XCTAssertTrue(types.contains("learner"))
        XCTAssertTrue(types.contains("choice"))
        XCTAssertTrue(types.contains("ended"))
        XCTAssertEqual(types.last, "reflection")
        XCTAssertEqual((lines.last?["answers"] as? Frame)?["goed"] as? String, "Ik vroeg door.")
    }

    func testEndingEarlyGivesSummary() throws {
        let client = try server.client()
        _ = try client.start("oefen")
        _ = try client.turn(["type": "say", "text": "Heeft u het formulier ingevuld?"])
        let ended = try client.turn(["type": "end"])
        XCTAssertEqual(ended.last?["type"] as? String, "ended")
        let counts = ((ended.last?["summary"] as? Frame)?["skills"] as? Frame)?["question"] as? Frame
        XCTAssertEqual(counts?["closed"] as? Int, 1)
    }

    func testErrorsKeepTheConnectionOpen() throws {
        let client = try server.client()
        let expectations: [(String, String)] = [
            ("{nope", "bad-json"),
            (#"{"type":"fly"}"#, "unknown-type"),
            (#"{"type":"say","text":5}"#, "bad-field"),
            (#"{"type":"say","text":"Hallo"}"#, "no-session"),
            (#"{"type":"start","dialogue":"../../etc/passwd"}"#, "unknown-dialogue"),
            (#"{"type":"start","dialogue":"bestaat-niet"}"#, "unknown-dialogue"),
        ]
        for (text, code) in expectations {
            try client.send(text: text)
            let frame = try client.receiveFrame()
            XCTAssertEqual(frame["type"] as? String, "error", text)
            XCTAssertEqual(frame["code"] as? String, code, text)
            XCTAssertFalse((frame["message"] as? String ?? "").isEmpty)
        }
        _ = try client.start("oefen")
        let long = try client.turn(["type": "say", "text": String(repeating: "a", count: 2001)])
        XCTAssertEqual(long.last?["code"] as? String, "too-long")
        let fine = try client.turn(["type": "say", "text": "Wat bedoelt u?"])
        XCTAssertEqual(fine.last?["type"] as? String, "your-turn")
    }

    func testBurstOfFramesIsRateLimited() throws {
        let client = try server.client()
        for _ in 0..<60 { try client.send(["type": "list"]) }
        var codes: [String] = []
        for _ in 0..<60 {
            let frame = try client.receiveFrame()
            if let code = frame["code"] as? String { codes.append(code) }
        }
        XCTAssertTrue(codes.contains("rate-limited"))
    }
}
