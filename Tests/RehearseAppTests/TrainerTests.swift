import XCTest

/// Trainers list, read and annotate transcripts with the trainer token.
final class TrainerTests: XCTestCase {
    var server: TestServer!

    override func setUpWithError() throws {
        server = try TestServer()
    }

    override func tearDown() {
        server?.stop()
    }

    func testListReadAndAnnotateATranscript() throws {
        let learner = try server.client()
        let (started, _) = try learner.start("oefen", learner: "Ans")
        let session = started["session"] as! String
        _ = try learner.turn(["type": "say", "text": "Heeft u een plan?"])
        _ = try learner.turn(["type": "end"])

        let trainer = try server.client()
        try trainer.send(["type": "transcripts", "token": "fout"])
        XCTAssertEqual(try trainer.receiveFrame()["code"] as? String, "bad-token")

        try trainer.send(["type": "transcripts", "token": server.trainerToken])
        let list = try trainer.receiveFrame()
        XCTAssertEqual(list["type"] as? String, "transcripts")
        let row = (list["transcripts"] as? [Frame])?.first
        XCTAssertEqual(row?["id"] as? String, session)
        XCTAssertEqual(row?["dialogue"] as? String, "oefen")
        XCTAssertEqual(row?["learner"] as? String, "Ans")
        XCTAssertEqual(row?["turns"] as? Int, 1)
        XCTAssertEqual(row?["ended"] as? Bool, true)

        let before = try server.transcriptLines(session: session).count
        try trainer.send(["type": "annotate", "token": server.trainerToken, "id": session, "turn": 1, "text": "Probeer hier een open vraag."])
        XCTAssertEqual(try trainer.receiveFrame()["type"] as? String, "annotated")
        XCTAssertEqual(try server.transcriptLines(session: session).count, before, "notes never go into the transcript")

        try trainer.send(["type": "transcript", "token": server.trainerToken, "id": session])
        let transcript = try trainer.receiveFrame()
        XCTAssertEqual(transcript["type"] as? String, "transcript")
        let entries = transcript["entries"] as? [Frame] ?? []
        XCTAssertEqual(entries.first(where: { $0["type"] as? String == "learner" })?["text"] as? String, "Heeft u een plan?")
        XCTAssertEqual((transcript["notes"] as? [Frame])?.first?["text"] as? String, "Probeer hier een open vraag.")
        // The review page's download: the same report as `rehearse report`, notes and questions included.
        let questions = transcript["questions"] as? [Frame] ?? []
        XCTAssertEqual(questions.first?["ask"] as? String, "Wat ging er goed?")
        let report = transcript["report"] as? String ?? ""
        XCTAssertTrue(report.hasPrefix("# Verslag"), report)
        XCTAssertTrue(report.contains("Heeft u een plan?"), report)
        XCTAssertTrue(report.contains("Probeer hier een open vraag."), report)
        XCTAssertTrue(report.contains("gesloten vraag"), report)

        try trainer.send(["type": "transcript", "token": server.trainerToken, "id": "../../../etc/passwd"])
        XCTAssertEqual(try trainer.receiveFrame()["code"] as? String, "unknown-transcript")
    }
}
