import Foundation
import XCTest

/// The real binary under SIGKILL and SIGTERM: no answered turn is lost, clients see 1001.
final class CrashAndSignalTests: XCTestCase {
    func testSigkillDuringLoadLosesNoAnsweredTurn() throws {
        let server = try ServerProcess(arguments: ["--unlimited"])
        defer { server.cleanUp() }
        let answered = LockedSet()
        let group = DispatchGroup()
        let stop = LockedFlag()
        for clientIndex in 0..<8 {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                guard let client = try? server.client(), (try? client.start("oefen")) != nil else { return }
                var turn = 0
                while !stop.isSet {
                    turn += 1
                    let text = "Bent u er klaar voor, vraag \(turn) van deelnemer \(clientIndex)?"
                    guard let frames = try? client.turn(["type": "say", "text": text]),
                          frames.last?["type"] as? String == "your-turn" else { return }
                    answered.insert(text)
                }
            }
        }
        Thread.sleep(forTimeInterval: 1.0)
        server.signal(SIGKILL)
        stop.set()
        XCTAssertNotNil(server.waitForExit())
        group.wait()
        let onDisk = try server.learnerLinesOnDisk()
        let answeredTexts = answered.values
        XCTAssertGreaterThan(answeredTexts.count, 20, "the load ran")
        XCTAssertEqual(answeredTexts.subtracting(onDisk), [], "every answered turn is on disk")
    }

    func testSigtermClosesClientsWith1001AndExitsCleanly() throws {
        let server = try ServerProcess()
        defer { server.cleanUp() }
        let client = try server.client()
        _ = try client.start("oefen")
        server.signal(SIGTERM)
        var closeCode: UInt16?
        let deadline = Date().addingTimeInterval(5)
        while closeCode == nil && Date() < deadline {
            if case .close(let code, _) = try client.receive(timeout: 5) { closeCode = code }
        }
        XCTAssertEqual(closeCode, 1001)
        XCTAssertEqual(server.waitForExit(), 0)
    }

    func testResumeAfterRestartRebuildsTheSession() throws {
        let first = try ServerProcess()
        let client = try first.client()
        let (started, _) = try client.start("oefen", preview: true)
        let session = started["session"] as! String
        let token = started["token"] as! String
        _ = try client.turn(["type": "say", "text": "Wat is uw idee?"])
        first.signal(SIGKILL)
        _ = first.waitForExit()

        // The dialogue file changes while the server is down: the session keeps its own version.
        let changed = TestDialogues.practice.replacingOccurrences(of: "Daar hoopten we op uw hulp.", with: "Dat weten we nog niet.")
        try changed.write(to: first.root.appendingPathComponent("Dialogues/oefen.yaml"), atomically: true, encoding: .utf8)
        let second = try ServerProcess(root: first.root)
        defer { second.cleanUp() }
        let again = try second.client()
        let resumed = try again.turn(["type": "resume", "session": session, "token": token])
        XCTAssertEqual(resumed.types, ["started", "your-turn"])
        XCTAssertEqual((resumed.last?["state"] as? Frame)?["name"] as? String, "idee")
        let turns = resumed.first?["turns"] as? [Frame] ?? []
        XCTAssertEqual(turns.filter { $0["type"] as? String == "learner" }.count, 1)
        let next = try again.turn(["type": "choose", "option": "budget"])
        XCTAssertEqual(next.ofType("line").first?["text"] as? String, "Daar hoopten we op uw hulp.")

        let wrong = try second.client()
        try wrong.send(["type": "resume", "session": session, "token": String(repeating: "a", count: 64)])
        XCTAssertEqual(try wrong.receiveFrame()["code"] as? String, "bad-token")
    }
}

/// A set shared by test threads.
final class LockedSet: @unchecked Sendable {
    private var set = Set<String>()
    private let lock = NSLock()
    func insert(_ value: String) { lock.lock(); set.insert(value); lock.unlock() }
    var values: Set<String> { lock.lock(); defer { lock.unlock() }; return set }
}

/// A flag shared by test threads.
final class LockedFlag: @unchecked Sendable {
    private var value = false
    private let lock = NSLock()
    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}
