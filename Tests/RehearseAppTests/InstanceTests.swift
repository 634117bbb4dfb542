import Logging
import RehearseApp
import Transcript
import WebSocketClient
import XCTest

/// `--instance NAME`: session ids carry the instance so a proxy can route resumes to it.
final class InstanceTests: XCTestCase {
    var server: TestServer!

    override func setUpWithError() throws {
        server = try TestServer { $0.instance = "a" }
    }

    override func tearDown() {
        server?.stop()
    }

    func testSessionIDsStartWithTheInstanceAndStayValidFileNames() throws {
        let client = try server.client()
        var seen: Set<String> = []
        for _ in 0..<3 {
            let (started, _) = try client.start("oefen", preview: true)
            let session = try XCTUnwrap(started["session"] as? String)
            XCTAssertTrue(session.hasPrefix("a-"), session)
            XCTAssertEqual(session.count, 22, session)
            XCTAssertTrue(session.dropFirst(2).allSatisfy { $0.isLowercase || $0.isNumber }, session)
            XCTAssertTrue(SessionID.isValid(session), session)
            XCTAssertTrue(server.transcriptFiles().contains { $0.lastPathComponent == "\(session).jsonl" })
            seen.insert(session)
        }
        XCTAssertEqual(seen.count, 3)
    }

    func testResumeThroughTheRoutingQueryContinuesWithoutDuplicates() throws {
        let (session, token) = try sessionWithOneTurnThenDropped()

        // The Web client reconnects to /ws?session=<id>; the server itself ignores the query.
        let second = try WebSocketClient(host: "127.0.0.1", port: server.port, path: "/ws?session=\(session)")
        let frames = try second.turn(["type": "resume", "session": session, "token": token])
        XCTAssertEqual(frames.types, ["started", "your-turn"])
        XCTAssertEqual(frames.first?["session"] as? String, session)
        let turns = frames.first?["turns"] as? [Frame] ?? []
        XCTAssertEqual(turns.ofType("learner").count, 1)
        let next = try second.turn(["type": "say", "text": "Wat is uw idee?"])
        XCTAssertEqual((next.last?["state"] as? Frame)?["name"] as? String, "idee")
        XCTAssertEqual(try server.transcriptLines(session: session).ofType("learner").count, 2)
    }

    /// The owner died: another instance over the same transcripts folder rebuilds the session.
    func testAnotherInstanceOverTheSharedFolderResumesAfterTheOwnerStops() throws {
        let (session, token) = try sessionWithOneTurnThenDropped()
        server.service.shutdown()

        let other = try secondInstance()
        defer { other.shutdown() }
        let client = try WebSocketClient(host: "127.0.0.1", port: other.port, path: "/ws?session=\(session)")
        let frames = try client.turn(["type": "resume", "session": session, "token": token])
        XCTAssertEqual(frames.types, ["started", "your-turn"])
        XCTAssertEqual((frames.first?["turns"] as? [Frame] ?? []).ofType("learner").count, 1)
        _ = try client.turn(["type": "say", "text": "Wat is uw idee?"])
        XCTAssertEqual(try server.transcriptLines(session: session).ofType("learner").count, 2)
        // New sessions on the other instance carry its own name.
        let (fresh, _) = try client.start("oefen", preview: true)
        XCTAssertTrue((fresh["session"] as? String ?? "").hasPrefix("b-"))
    }

    /// a was only unreachable: b continued the session; when the learner comes back to a, a must not
    /// answer from its stale copy but rebuild from the transcript b appended to.
    func testAStaleCopyIsReplacedWhenAnotherInstanceContinuedTheSession() throws {
        let (session, token) = try sessionWithOneTurnThenDropped()

        let other = try secondInstance()
        let onB = try WebSocketClient(host: "127.0.0.1", port: other.port, path: "/ws?session=\(session)")
        _ = try onB.turn(["type": "resume", "session": session, "token": token])
        _ = try onB.turn(["type": "say", "text": "Wat is uw idee?"])
        onB.close()
        other.shutdown()

        let back = try WebSocketClient(host: "127.0.0.1", port: server.port, path: "/ws?session=\(session)")
        let frames = try back.turn(["type": "resume", "session": session, "token": token])
        XCTAssertEqual(frames.types, ["started", "your-turn"])
        XCTAssertEqual((frames.first?["turns"] as? [Frame] ?? []).ofType("learner").count, 2, "the turn taken on b is there")
        let next = try back.turn(["type": "say", "text": "Hoe gaat het verder?"])
        XCTAssertEqual(next.types.last, "your-turn")
        let learnerTurns = try server.transcriptLines(session: session).ofType("learner").compactMap { $0["turn"] as? Int }
        XCTAssertEqual(learnerTurns, [1, 2, 3], "no turn number is used twice")
    }

    /// A preview session on instance a with one learner turn, its connection then closed.
    private func sessionWithOneTurnThenDropped() throws -> (session: String, token: String) {
        let first = try server.client()
        let (started, _) = try first.start("oefen", preview: true)
        let session = try XCTUnwrap(started["session"] as? String)
        let token = try XCTUnwrap(started["token"] as? String)
        _ = try first.turn(["type": "say", "text": "Bent u blij?"])
        first.close()
        return (session, token)
    }

    /// Instance b over the same transcripts folder.
    private func secondInstance() throws -> RehearseService {
        var config = server.service.configuration
        config.instance = "b"
        config.server.port = 0
        var logger = Logger(label: "rehearse.test.b")
        logger.logLevel = .error
        let other = try RehearseService(configuration: config, logger: logger)
        try other.start()
        return other
    }

    /// Join codes start with the instance's letter, so a proxy can send an observer's
    /// `/ws?join=<first letter>` to the instance that holds the session.
    func testJoinCodesStartWithTheInstanceLetterAndObserversMayNameThemInTheURL() throws {
        let client = try server.client()
        let (started, _) = try client.start("oefen")
        let code = try XCTUnwrap(started["join"] as? String)
        XCTAssertTrue(code.hasPrefix("A"), code)
        XCTAssertEqual(code.count, 9, code)

        let observer = try WebSocketClient(host: "127.0.0.1", port: server.port, path: "/ws?join=\(code.prefix(1))")
        try observer.send(["type": "observe", "join": code.lowercased()])
        XCTAssertEqual(try observer.receiveFrame()["type"] as? String, "observing")
    }

    func testJoinCodeMarks() {
        XCTAssertEqual(Secrets.joinCodeMark(instance: "a"), UInt8(ascii: "A"))
        XCTAssertEqual(Secrets.joinCodeMark(instance: "node7"), UInt8(ascii: "N"))
        XCTAssertEqual(Secrets.joinCodeMark(instance: "7b"), UInt8(ascii: "7"))
        for unmarked in [nil, "", "i", "l", "o", "0", "1"] as [String?] {
            XCTAssertNil(Secrets.joinCodeMark(instance: unmarked), String(describing: unmarked))
        }
        for _ in 0..<50 {
            XCTAssertTrue(Secrets.joinCode(instance: "b").hasPrefix("B"))
            let unmarked = Secrets.joinCode(instance: "o")
            XCTAssertEqual(Secrets.normalizeJoinCode(unmarked), unmarked)
            XCTAssertFalse(unmarked.contains("O"))
        }
    }

    func testInstanceNamesAreShortLowercaseAlphanumerics() {
        for good in ["a", "b2", "node7", String(repeating: "x", count: 16)] {
            XCTAssertTrue(Secrets.isValidInstanceName(good), good)
        }
        for bad in ["", "A", "a-b", "a_b", "a.b", "ä", " a", String(repeating: "x", count: 17)] {
            XCTAssertFalse(Secrets.isValidInstanceName(bad), bad)
        }
        XCTAssertFalse(Secrets.sessionID().contains("-"))
        XCTAssertTrue(Secrets.sessionID(instance: "node7").hasPrefix("node7-"))
    }

    func testServeRefusesABadInstanceName() throws {
        guard let binary = ServerProcess.binary else { throw XCTSkip("rehearse binary not built") }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--port", "0", "--instance", "Node-1"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertNotEqual(process.terminationStatus, 0)
        XCTAssertTrue(output.contains("--instance mag alleen kleine letters en cijfers bevatten"), output)
    }
}
