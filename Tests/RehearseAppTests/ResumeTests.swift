import XCTest

/// A learner whose connection drops continues where it stopped.
final class ResumeTests: XCTestCase {
    var server: TestServer!

    override func setUpWithError() throws {
        server = try TestServer()
    }

    override func tearDown() {
        server?.stop()
    }

    func testResumeOnANewConnectionContinuesWithoutDuplicates() throws {
        let first = try server.client()
        let (started, _) = try first.start("oefen", preview: true)
        let session = started["session"] as! String
        let token = started["token"] as! String
        _ = try first.turn(["type": "say", "text": "Bent u blij?"])
        first.close()

        let second = try server.client()
        let frames = try second.turn(["type": "resume", "session": session, "token": token])
        XCTAssertEqual(frames.types, ["started", "your-turn"])
        XCTAssertEqual(frames.first?["resumed"] as? Bool, true)
        let turns = frames.first?["turns"] as? [Frame] ?? []
        XCTAssertEqual(turns.filter { $0["type"] as? String == "learner" }.count, 1)
        XCTAssertEqual(turns.filter { $0["type"] as? String == "line" }.count, 2, "opening + answer: \(turns)")

        let next = try second.turn(["type": "say", "text": "Wat is uw idee?"])
        XCTAssertEqual((next.last?["state"] as? Frame)?["name"] as? String, "idee")
        let lines = try server.transcriptLines(session: session)
        XCTAssertEqual(lines.filter { $0["type"] as? String == "learner" }.count, 2)
    }

    func testWrongTokenIsRefused() throws {
        let client = try server.client()
        let (started, _) = try client.start("oefen")
        let other = try server.client()
        try other.send(["type": "resume", "session": started["session"] as! String, "token": String(repeating: "0", count: 64)])
        let frame = try other.receiveFrame()
        XCTAssertEqual(frame["code"] as? String, "bad-token")
        try other.send(["type": "resume", "session": "../../etc/passwd", "token": "x"])
        XCTAssertEqual(try other.receiveFrame()["type"] as? String, "error")
        try other.send(["type": "say", "text": "Wat is uw idee?"])
        XCTAssertEqual(try other.receiveFrame()["code"] as? String, "no-session")
    }
}
