import Foundation
import WebSocketClient
import XCTest

/// Careless and curious clients on the app's `/ws`: every hostile frame gets a stable error code
/// (or the close code the protocol prescribes), an earlier session's transcript stays byte for
/// byte the same, and a normal rehearsal on a new connection still works afterwards.
final class HostileInputTests: XCTestCase {
    private var server: TestServer!
    /// A finished session written before the hostile traffic, and its bytes on disk.
    private var earlierTranscript: URL!
    private var earlierBytes = Data()

    override func setUpWithError() throws {
        server = try TestServer()
        let client = try server.client()
        let (started, _) = try client.start("oefen", learner: "Eerder")
        _ = try client.turn(["type": "say", "text": "Wat is uw idee precies?"])
        let ended = try client.turn(["type": "end"])
        XCTAssertEqual(ended.last?["type"] as? String, "ended")
        client.close()
        let session = try XCTUnwrap(started["session"] as? String)
        earlierTranscript = try XCTUnwrap(server.transcriptFiles().first { $0.lastPathComponent == "\(session).jsonl" })
        earlierBytes = try Data(contentsOf: earlierTranscript)
        XCTAssertFalse(earlierBytes.isEmpty)
    }

    override func tearDownWithError() throws {
        server?.stop()
        server = nil
    }

    // MARK: - Malformed frames

    func testJSONThatIsNotAnObjectIsBadJSON() throws {
        let hostile = ["[]", #"["type","list"]"#, #""list""#, "42", "-0.5e308", "null", "true", "", " ", "{}",
                       #"{"type":null}"#, "{\"type\":\"list\"", #"{"type":"list"} {"type":"list"}"#]
        try expectErrors(hostile.map { ($0, "bad-json") })
        try assertServerIsUnharmed()
    }

    func testWrongFieldTypesNameTheField() throws {
        let hostile: [(String, String)] = [
            (#"{"type":5}"#, "bad-field"),
            (#"{"type":["list"]}"#, "bad-field"),
            (#"{"type":"start","dialogue":["oefen"]}"#, "bad-field"),
            (#"{"type":"start","dialogue":{"id":"oefen"}}"#, "bad-field"),
            (#"{"type":"start","dialogue":"oefen","preview":"ja"}"#, "bad-field"),
            (#"{"type":"start","dialogue":"oefen","learner":17}"#, "bad-field"),
            (#"{"type":"start"}"#, "bad-field"),
            (#"{"type":"say","text":null}"#, "bad-field"),
            (#"{"type":"choose","option":1}"#, "bad-field"),
            (#"{"type":"reflect","answers":["goed"]}"#, "bad-field"),
            (#"{"type":"reflect","answers":{"goed":1}}"#, "bad-field"),
            (#"{"type":"resume","session":"abc"}"#, "bad-field"),
            (#"{"type":"annotate","token":"t","id":"x","turn":"3","text":"notitie"}"#, "bad-field"),
            // Numbers that do not fit are reported by Foundation's decoder without a field name.
            (#"{"type":"annotate","token":"t","id":"x","turn":1e300,"text":"notitie"}"#, "bad-json"),
            (#"{"type":"start","dialogue":"oefen","preview":true,"seed":-1}"#, "bad-json"),
        ]
        try expectErrors(hostile)
        try assertServerIsUnharmed()
    }

    func testUnknownTypesAreNamedButNotEchoedAtLength() throws {
        let longType = String(repeating: "x", count: 10_000)
        let hostile = [#"{"type":"fly"}"#, #"{"type":""}"#, #"{"type":"LIST"}"#, #"{"type":"../../etc/passwd"}"#,
                       #"{"type":"list\u0000"}"#, "{\"type\":\"\(longType)\"}"]
        let answers = try expectErrors(hostile.map { ($0, "unknown-type") })
        for answer in answers {
            let message = answer["message"] as? String ?? ""
            XCTAssertLessThan(message.count, 200, "the message quotes at most a short prefix")
            XCTAssertFalse(Self.hasControlCharacters(message), message.debugDescription)
        }
        try assertServerIsUnharmed()
    }

    func testHugeAndDeeplyNestedJSONDoesNotHurtTheServer() throws {
        // ~60 kB each, under the 64 KiB frame limit: parsing, not the frame size, is what is tried here.
        let deepArray = String(repeating: "[", count: 30_000) + String(repeating: "]", count: 30_000)
        let deepObject = #"{"type":"list","x":"# + String(repeating: #"{"a":"#, count: 10_000) + "1" + String(repeating: "}", count: 10_000) + "}"
        try expectErrors([(deepArray, "bad-json"), (deepObject, "bad-json")])

        // Wide but shallow: unknown fields are ignored and the frame is served.
        let client = try server.client()
        let wide = #"{"type":"list","x":["# + Array(repeating: "0", count: 25_000).joined(separator: ",") + "]}"
        try client.send(text: wide)
        XCTAssertEqual(try client.receiveFrame()["type"] as? String, "dialogues")
        var manyKeys = #"{"type":"list""#
        for index in 0..<4_000 { manyKeys += #","k\#(index)":1"# }
        try client.send(text: manyKeys + "}")
        XCTAssertEqual(try client.receiveFrame()["type"] as? String, "dialogues")
        try assertServerIsUnharmed()
    }

    func testTwentyKilobyteLineIsTooLongAndTheSessionGoesOn() throws {
        let client = try server.client()
        let (started, _) = try client.start("oefen")
        let session = try XCTUnwrap(started["session"] as? String)
        let before = try server.transcriptLines(session: session).count
        let huge = String(repeating: "Waarom is dat zo? ", count: 1_200)  // ~21.6 kB
        XCTAssertGreaterThan(huge.utf8.count, 20_000)
        let answer = try client.turn(["type": "say", "text": huge])
        XCTAssertEqual(answer.types, ["error"], "no coach, no line, no your-turn for a refused line")
        XCTAssertEqual(answer.last?["code"] as? String, "too-long")
        XCTAssertEqual(try server.transcriptLines(session: session).count, before, "a refused line is not written")

        let next = try client.turn(["type": "say", "text": "Wat is uw idee?"])
        XCTAssertEqual(next.last?["type"] as? String, "your-turn")
        let learnerLines = try server.transcriptLines(session: session).filter { $0["type"] as? String == "learner" }
        XCTAssertEqual(learnerLines.compactMap { $0["text"] as? String }, ["Wat is uw idee?"])
        try assertServerIsUnharmed()
    }

    func testEscapedLoneSurrogatesAndControlCharactersKeepTheTranscriptValid() throws {
        let client = try server.client()
        let (started, _) = try client.start("oefen")
        let session = try XCTUnwrap(started["session"] as? String)
        for text in [#"{"type":"say","text":"Wat \ud800 bedoelt u?"}"#, #"{"type":"say","text":"\udc00\ud800"}"#,
                     #"{"type":"say","text":"Hoe\u0000zo\u001b[31m?\u2028"}"#] {
            try client.send(text: text)
            let answer = try client.receive(until: ["your-turn", "ended", "error"])
            let last = answer.last?["type"] as? String
            XCTAssertTrue(last == "your-turn" || answer.last?["code"] as? String == "bad-json", "\(text): \(answer)")
        }
        let file = try XCTUnwrap(server.transcriptFiles().first { $0.lastPathComponent == "\(session).jsonl" })
        let bytes = try Data(contentsOf: file)
        XCTAssertNotNil(String(data: bytes, encoding: .utf8), "the transcript is valid UTF-8")
        for line in bytes.split(separator: UInt8(ascii: "\n")) {
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(line)), "every line is JSON")
        }
        try assertServerIsUnharmed()
    }

    func testReflectionKeepsOnlyTheDialoguesOwnQuestions() throws {
        let client = try server.client()
        let (started, _) = try client.start("oefen")
        let session = try XCTUnwrap(started["session"] as? String)
        XCTAssertEqual(try client.turn(["type": "end"]).last?["type"] as? String, "ended")
        var answers: [String: String] = ["goed": "Ik vroeg door.", "../x": "pad", "anders": String(repeating: "b", count: 9_000)]
        for index in 0..<2_000 { answers["k\(index)"] = "x" }
        try client.send(["type": "reflect", "answers": answers])
        XCTAssertEqual(try client.receiveFrame()["type"] as? String, "reflected")
        let reflection = try XCTUnwrap(server.transcriptLines(session: session).last)
        XCTAssertEqual(reflection["type"] as? String, "reflection")
        let stored = try XCTUnwrap(reflection["answers"] as? [String: String])
        XCTAssertEqual(Set(stored.keys), ["goed", "anders"], "made-up question ids are not written")
        XCTAssertEqual(stored["anders"]?.count, 4_000, "an answer is cut at twice the line limit")
        try assertServerIsUnharmed()
    }

    // MARK: - Frames that break the protocol close the connection

    func testTwoMebibyteFrameClosesWith1009AndTheSessionCanBeResumed() throws {
        try assertCloseMidSession(expecting: 1009) { client in
            // The server may hang up while the frame is still being sent.
            try? client.send(text: String(repeating: "a", count: 2 * 1024 * 1024))
        }
    }

    func testInvalidUTF8ClosesWith1007AndTheSessionCanBeResumed() throws {
        try assertCloseMidSession(expecting: 1007) { client in
            try client.send(rawFrame: 0x1, payload: Array(#"{"type":"say","text":"Hoe "#.utf8) + [0xC3, 0x28, 0xFF] + Array(#""}"#.utf8))
        }
    }

    func testBinaryFrameClosesWith1003AndTheSessionCanBeResumed() throws {
        try assertCloseMidSession(expecting: 1003) { client in
            try client.send(binary: Array(#"{"type":"say","text":"Wat vindt u?"}"#.utf8))
        }
    }

    // MARK: - Hostile ids

    func testHostileDialogueIDsAreUnknownDialogues() throws {
        let ids = ["../../etc/passwd", "../Dialogues/oefen", "oefen/../oefen", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..", ".",
                   "/etc/passwd", "oefen.yaml", "oefen\u{0}", "oefen\u{0}.yaml", "OEFEN", " oefen", "oefen\n",
                   String(repeating: "a", count: 50_000), String(repeating: "../", count: 5_000) + "etc/passwd"]
        let answers = try expectErrors(ids.map { id in
            (Self.json(["type": "start", "dialogue": id]), "unknown-dialogue")
        })
        for answer in answers {
            let message = answer["message"] as? String ?? ""
            XCTAssertLessThan(message.count, 200, "the id is quoted short")
            XCTAssertFalse(Self.hasControlCharacters(message), "the id is not echoed raw: \(message.debugDescription)")
        }
        try assertServerIsUnharmed()
    }

    func testHostileTranscriptIDsReachNoFile() throws {
        let ids = ["../x", "../../etc/passwd", "2026-11-23/../../x", "/etc/passwd", "/tmp", "..", ".", "",
                   "%2e%2e%2fx", "x\u{0}", "dialogues/../x", String(repeating: "a", count: 65),
                   String(repeating: "../", count: 10_000), earlierTranscript.path]
        let before = try filesUnder(server.root.deletingLastPathComponent(), prefix: server.root.lastPathComponent)
        let token = server.trainerToken
        var frames: [(String, String)] = []
        for id in ids {
            frames.append((Self.json(["type": "transcript", "token": token, "id": id]), "unknown-transcript"))
            frames.append((Self.json(["type": "annotate", "token": token, "id": id, "turn": 1, "text": "Notitie"]), "unknown-transcript"))
        }
        try expectErrors(frames, perConnection: 10)
        let after = try filesUnder(server.root.deletingLastPathComponent(), prefix: server.root.lastPathComponent)
        XCTAssertEqual(after, before, "no notes file appeared anywhere")
        XCTAssertFalse(FileManager.default.fileExists(atPath: server.transcripts.deletingLastPathComponent().appendingPathComponent("x.notes.jsonl").path))
        try assertServerIsUnharmed()
    }

    func testHostileSessionIDsInResumeAndObserve() throws {
        let token = server.trainerToken
        let ids = ["../x", "2026-11-23/../../x", "/etc/passwd", "x\u{0}", String(repeating: "b", count: 40_000)]
        var frames: [(String, String)] = []
        for id in ids {
            frames.append((Self.json(["type": "resume", "session": id, "token": "0"]), "no-session"))
        }
        // Even with the trainer token a session id that is not live opens nothing (each counts as a guess).
        for id in ids.prefix(3) {
            frames.append((Self.json(["type": "observe", "session": id, "token": token]), "bad-token"))
        }
        try expectErrors(frames)
        try assertServerIsUnharmed()
    }

    func testOddJoinCodesAreRefusedAndTheRealOneStillWorks() throws {
        let learner = try server.client()
        let (started, _) = try learner.start("oefen")
        let join = try XCTUnwrap(started["join"] as? String)
        // At most nine: the tenth wrong guess in a minute is answered `rate-limited`.
        let codes = ["../../etc/passwd", "%4B%37", String(repeating: "K", count: 60_000), "\u{0}\u{0}\u{0}\u{0}-\u{0}\u{0}\u{0}\u{0}",
                     "٣٣٣٣-٣٣٣٣", "🙂🙂🙂🙂🙂🙂🙂🙂", join + "\u{0}X"]
        var frames = codes.map { (Self.json(["type": "observe", "join": $0]), "bad-token") }
        frames.append((Self.json(["type": "play", "join": "'; DROP TABLE--"]), "bad-token"))
        try expectErrors(frames)

        let observer = try server.client()
        try observer.send(["type": "observe", "join": " " + join.lowercased().replacingOccurrences(of: "-", with: " ") + " "])
        XCTAssertEqual(try observer.receiveFrame()["type"] as? String, "observing", "typed loosely, the real code works")
        try assertServerIsUnharmed()
    }

    // MARK: - Floods

    func testThousandsOfFramesOnOneConnectionAreRefusedAndTheConnectionRecovers() throws {
        let client = try server.client()
        let count = 3_000
        for _ in 0..<count { try client.send(["type": "list"]) }
        var served = 0, limited = 0
        for _ in 0..<count {
            let frame = try client.receiveFrame(timeout: 10)
            if frame["type"] as? String == "dialogues" { served += 1 }
            if frame["code"] as? String == "rate-limited" { limited += 1 }
        }
        XCTAssertEqual(served + limited, count, "every frame gets exactly one answer")
        XCTAssertLessThan(served, 100, "a script gets the burst and the refill, not thousands")
        Thread.sleep(forTimeInterval: 1)
        try client.send(["type": "list"])
        XCTAssertEqual(try client.receiveFrame()["type"] as? String, "dialogues", "after a pause the connection is served again")
        try assertServerIsUnharmed()
    }

    func testConnectionsFromOneAddressShareOneRateLimit() throws {
        // Each connection stays inside its own burst of 20; together they exceed the address's 200.
        let clients = try (0..<20).map { _ in try server.client() }
        for client in clients {
            for _ in 0..<19 { try client.send(["type": "list"]) }
        }
        var served = 0, limited = 0
        for client in clients {
            for _ in 0..<19 {
                let frame = try client.receiveFrame(timeout: 10)
                if frame["type"] as? String == "dialogues" { served += 1 }
                if frame["code"] as? String == "rate-limited" { limited += 1 }
            }
        }
        XCTAssertEqual(served + limited, 20 * 19)
        XCTAssertGreaterThan(limited, 0, "the address as a whole is limited")
        XCTAssertLessThan(served, 20 * 19)
        for client in clients { client.close() }
        Thread.sleep(forTimeInterval: 1)
        try assertServerIsUnharmed()
    }

    // MARK: - Sessions started and dropped

    func testStartedAndDroppedSessionsDoNotPileUpOpenFiles() throws {
        let capped = try TestServer { $0.maxIdleSessions = 5 }
        defer { capped.stop() }
        let before = Self.openDescriptors()
        var dropped: [(session: String, token: String)] = []
        for _ in 0..<40 {
            let client = try capped.client()
            let (started, _) = try client.start("oefen")
            dropped.append((try XCTUnwrap(started["session"] as? String), try XCTUnwrap(started["token"] as? String)))
            client.close()
        }
        let deadline = Date().addingTimeInterval(5)
        while Self.openDescriptors() - before > 8 && Date() < deadline { usleep(50_000) }
        XCTAssertLessThanOrEqual(Self.openDescriptors() - before, 8, "40 dropped sessions hold at most the cap of transcript files open")

        // The oldest were dropped from memory, not lost: each resumes from its transcript.
        let client = try capped.client()
        let resumed = try client.turn(["type": "resume", "session": dropped[0].session, "token": dropped[0].token])
        XCTAssertEqual(resumed.first?["resumed"] as? Bool, true)
        XCTAssertEqual(resumed.last?["type"] as? String, "your-turn")
        XCTAssertEqual(try client.turn(["type": "say", "text": "Wat is uw idee?"]).last?["type"] as? String, "your-turn")
    }

    // MARK: - Helpers

    private static func openDescriptors() -> Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? 0
    }

    /// Sends each frame and expects an error with the code; a fresh connection every few frames
    /// keeps the per-connection rate limit out of the way. Returns the error frames.
    @discardableResult
    private func expectErrors(_ cases: [(String, String)], perConnection: Int = 12,
                              file: StaticString = #filePath, line: UInt = #line) throws -> [Frame] {
        var answers: [Frame] = []
        var client = try server.client()
        for (index, (text, code)) in cases.enumerated() {
            if index > 0 && index % perConnection == 0 {
                client.close()
                client = try server.client()
            }
            try client.send(text: text)
            let frame = try client.receiveFrame(timeout: 10)
            let shown = text.count > 80 ? String(text.prefix(80)) + "…" : text
            XCTAssertEqual(frame["type"] as? String, "error", shown, file: file, line: line)
            XCTAssertEqual(frame["code"] as? String, code, shown, file: file, line: line)
            XCTAssertFalse((frame["message"] as? String ?? "").isEmpty, shown, file: file, line: line)
            answers.append(frame)
        }
        // The connection survived every one of them.
        try client.send(["type": "list"])
        XCTAssertEqual(try client.receiveFrame()["type"] as? String, "dialogues", file: file, line: line)
        client.close()
        return answers
    }

    /// Starts a session with one answered turn, sends something that breaks the protocol, expects
    /// the close code, then resumes on a new connection with the answered turn intact.
    private func assertCloseMidSession(expecting closeCode: UInt16, hostile: (WebSocketClient) throws -> Void,
                                       file: StaticString = #filePath, line: UInt = #line) throws {
        let client = try server.client()
        let (started, _) = try client.start("oefen")
        let session = try XCTUnwrap(started["session"] as? String)
        let token = try XCTUnwrap(started["token"] as? String)
        _ = try client.turn(["type": "say", "text": "Heeft u een plan?"])
        let written = try Data(contentsOf: try XCTUnwrap(server.transcriptFiles().first { $0.lastPathComponent == "\(session).jsonl" }))
        try hostile(client)
        var code: UInt16?
        let deadline = Date().addingTimeInterval(10)
        while code == nil && Date() < deadline {
            switch try? client.receive(timeout: 10) {
            case .close(let received, _)?: code = received
            case .text?: continue
            default: code = 0
            }
        }
        XCTAssertEqual(code, closeCode, file: file, line: line)
        client.close()

        let again = try server.client()
        let resumed = try again.turn(["type": "resume", "session": session, "token": token])
        XCTAssertEqual(resumed.first?["resumed"] as? Bool, true, file: file, line: line)
        XCTAssertEqual(resumed.last?["type"] as? String, "your-turn", file: file, line: line)
        let transcript = try XCTUnwrap(server.transcriptFiles().first { $0.lastPathComponent == "\(session).jsonl" })
        XCTAssertEqual(try Data(contentsOf: transcript), written, "the hostile frame wrote nothing", file: file, line: line)
        let next = try again.turn(["type": "say", "text": "Wat is uw idee?"])
        XCTAssertEqual(next.last?["type"] as? String, "your-turn", file: file, line: line)
        try assertServerIsUnharmed(file: file, line: line)
    }

    /// The earlier transcript is unchanged and a whole rehearsal still runs on a new connection.
    private func assertServerIsUnharmed(file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try Data(contentsOf: earlierTranscript), earlierBytes, "the earlier transcript is untouched", file: file, line: line)
        let client = try server.client()
        let (started, opening) = try client.start("oefen")
        XCTAssertNotNil(started["session"] as? String, file: file, line: line)
        XCTAssertEqual(opening.last?["type"] as? String, "your-turn", file: file, line: line)
        let open = try client.turn(["type": "say", "text": "Wat wilt u met het plein?"])
        XCTAssertEqual(open.last?["type"] as? String, "your-turn", file: file, line: line)
        XCTAssertFalse((open.last?["options"] as? [Frame] ?? []).isEmpty, "the open question moved the dialogue on", file: file, line: line)
        let chose = try client.turn(["type": "choose", "option": "stop"])
        XCTAssertEqual(chose.last?["type"] as? String, "ended", file: file, line: line)
        client.close()
    }

    /// Every file below `folder` whose path starts with `prefix`, with its size.
    private func filesUnder(_ folder: URL, prefix: String) throws -> [String: Int] {
        var files: [String: Int] = [:]
        let enumerator = FileManager.default.enumerator(at: folder.appendingPathComponent(prefix), includingPropertiesForKeys: [.fileSizeKey])
        while let url = enumerator?.nextObject() as? URL {
            files[url.path] = try url.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? -1
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".notes.jsonl") || name == "x" {
            files[folder.appendingPathComponent(name).path] = -2
        }
        return files
    }

    private static func hasControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    private static func json(_ object: [String: Any]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }
}
