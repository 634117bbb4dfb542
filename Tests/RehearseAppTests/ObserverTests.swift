import XCTest

/// The trio exercise: observe with the join code, send tips, play the persona.
final class ObserverTests: XCTestCase {
    var server: TestServer!

    override func setUpWithError() throws {
        server = try TestServer()
    }

    override func tearDown() {
        server?.stop()
    }

    func testObserverSeesTurnsAndTipsReachTheLearner() throws {
        let learner = try server.client()
        let (started, _) = try learner.start("oefen")
        let session = started["session"] as! String
        let join = started["join"] as! String
        _ = try learner.turn(["type": "say", "text": "Bent u tevreden?"])

        let observer = try server.client()
        try observer.send(["type": "observe", "join": join.lowercased(), "token": join, "name": "Pieter"])
        let observing = try observer.receiveFrame()
        XCTAssertEqual(observing["type"] as? String, "observing")
        XCTAssertEqual(observing["session"] as? String, session)
        let history = observing["turns"] as? [Frame] ?? []
        XCTAssertEqual(history.first(where: { $0["type"] as? String == "learner" })?["text"] as? String, "Bent u tevreden?")

        _ = try learner.turn(["type": "say", "text": "Wat is uw idee?"])
        let mirrored = try observer.receive(until: ["mirror"])
        let learnerLine = mirrored.last?["frame"] as? Frame
        XCTAssertEqual(learnerLine?["type"] as? String, "learner")
        XCTAssertEqual((learnerLine?["tags"] as? Frame)?["question"] as? [String], ["open"])
        var seenYourTurn = false
        while !seenYourTurn {
            let frame = try observer.receiveFrame()
            seenYourTurn = (frame["frame"] as? Frame)?["type"] as? String == "your-turn"
        }

        try observer.send(["type": "tip", "text": "Mooi doorgevraagd!"])
        let tip = try learner.receiveFrame()
        XCTAssertEqual(tip["type"] as? String, "coach")
        XCTAssertEqual(tip["skill"] as? String, "observer")
        XCTAssertEqual(tip["text"] as? String, "Mooi doorgevraagd!")
        let stored = try server.transcriptLines(session: session).last
        XCTAssertEqual(stored?["skill"] as? String, "observer")
        XCTAssertEqual(stored?["by"] as? String, "Pieter")
    }

    func testPlayerSpeaksForThePersonaAndTheScriptReturnsWhenTheyLeave() throws {
        let learner = try server.client()
        let (started, _) = try learner.start("oefen", preview: true)
        let session = started["session"] as! String
        let player = try server.client()
        try player.send(["type": "play", "join": started["join"] as! String])
        XCTAssertEqual(try player.receiveFrame()["type"] as? String, "playing")
        XCTAssertEqual(try learner.receiveFrame()["type"] as? String, "player")

        let answer = try learner.turn(["type": "say", "text": "Wat is uw idee?"])
        XCTAssertTrue(answer.ofType("line").isEmpty, "the script stays silent while a colleague plays: \(answer)")
        XCTAssertEqual((answer.last?["state"] as? Frame)?["name"] as? String, "idee", "the script still follows the conversation")
        var mirrored: Frame = [:]
        repeat { mirrored = try player.receiveFrame()["frame"] as? Frame ?? [:] } while mirrored["type"] as? String != "learner"
        XCTAssertEqual(mirrored["text"] as? String, "Wat is uw idee?")
        XCTAssertEqual((mirrored["tags"] as? Frame)?["question"] as? [String], ["open"], "the player sees the coach's tags")

        try player.send(["type": "say", "text": "Een pluktuin, met bankjes."])
        var line: Frame = [:]
        repeat { line = try learner.receiveFrame() } while line["type"] as? String != "line"
        XCTAssertEqual(line["text"] as? String, "Een pluktuin, met bankjes.")
        XCTAssertEqual(line["speaker"] as? String, "Marieke")

        player.close()
        var left: Frame = [:]
        repeat { left = try learner.receiveFrame() } while left["type"] as? String != "player"
        XCTAssertEqual(left["event"] as? String, "left")
        let scripted = try learner.turn(["type": "choose", "option": "budget"])
        XCTAssertEqual(scripted.ofType("line").first?["text"] as? String, "Daar hoopten we op uw hulp.")

        let lines = try server.transcriptLines(session: session)
        XCTAssertTrue(lines.contains { $0["type"] as? String == "line" && $0["by"] as? String == "player" && $0["text"] as? String == "Een pluktuin, met bankjes." })
    }

    func testWrongAndExpiredCodesAreRefused() throws {
        let learner = try server.client()
        let (started, _) = try learner.start("oefen")
        let join = started["join"] as! String
        let stranger = try server.client()
        try stranger.send(["type": "observe", "join": "AAAA-AAAA", "token": "AAAA-AAAA"])
        XCTAssertEqual(try stranger.receiveFrame()["code"] as? String, "bad-token")
        try stranger.send(["type": "observe", "session": started["session"] as! String, "token": "geraden"])
        XCTAssertEqual(try stranger.receiveFrame()["code"] as? String, "bad-token")

        _ = try learner.turn(["type": "end"])
        try stranger.send(["type": "observe", "join": join, "token": join])
        XCTAssertEqual(try stranger.receiveFrame()["code"] as? String, "bad-token", "a join code dies with its session")
        try stranger.send(["type": "play", "join": join])
        XCTAssertEqual(try stranger.receiveFrame()["code"] as? String, "bad-token")
    }

    func testGuessingJoinCodesIsRateLimited() throws {
        let stranger = try server.client()
        var codes: [String] = []
        for attempt in 0..<15 {
            try stranger.send(["type": "observe", "join": "ZZZZ-ZZ\(attempt % 10)Z"])
            codes.append(try stranger.receiveFrame()["code"] as? String ?? "")
        }
        XCTAssertEqual(codes.first, "bad-token")
        XCTAssertEqual(codes.last, "rate-limited")
    }

    func testTrainerTokenOpensAnyLiveSession() throws {
        let learner = try server.client()
        let (started, _) = try learner.start("oefen")
        let trainer = try server.client()
        try trainer.send(["type": "observe", "session": started["session"] as! String, "token": server.trainerToken])
        XCTAssertEqual(try trainer.receiveFrame()["type"] as? String, "observing")
    }
}
