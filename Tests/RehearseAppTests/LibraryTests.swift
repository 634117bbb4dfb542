import Coach
import Dialogue
import Foundation
import XCTest

/// Plays every test conversation of every dialogue in the repository's `Dialogues/` over a real
/// WebSocket, with the real coach (preview mode shows the state; the test's seed is used).
final class LibraryTests: XCTestCase {
    static var repositoryDialogues: URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Dialogues")
    }

    func testEveryDialogueTestPassesOverTheWire() throws {
        let files = try FileManager.default.contentsOfDirectory(at: Self.repositoryDialogues, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
        guard !files.isEmpty else { throw XCTSkip("no dialogues in the library yet") }
        var contents: [String: String] = [:]
        for file in files { contents[file.lastPathComponent] = try String(contentsOf: file, encoding: .utf8) }
        let server = try TestServer(dialogueFiles: contents) { $0.rateLimits.enabled = false }
        defer { server.stop() }

        for file in files.sorted(by: { $0.path < $1.path }) {
            let loaded = DialogueLoader.load(DialogueSource(path: file.path, text: contents[file.lastPathComponent]!))
            guard let dialogue = loaded.dialogue else {
                XCTFail("\(file.lastPathComponent) does not load: \(loaded.diagnostics)")
                continue
            }
            XCTAssertGreaterThanOrEqual(dialogue.tests.count, 2, "\(dialogue.id): a good and a poor path")
            for test in dialogue.tests {
                try play(test, of: dialogue, on: server)
            }
        }
    }

    private func play(_ test: DialogueTest, of dialogue: Dialogue, on server: TestServer) throws {
        let place = "\(dialogue.id) · \(test.name)"
        let client = try server.client()
        var start: Frame = ["type": "start", "dialogue": dialogue.id, "preview": true]
        start["seed"] = Int(test.seed ?? 0)
        let opening = try client.turn(start)
        XCTAssertEqual(opening.first?["type"] as? String, "started", place)
        for turn in test.turns {
            let frames: [Frame]
            switch turn.action {
            case .say(let text, _):
                frames = try client.turn(["type": "say", "text": text])
            case .choose(let option):
                frames = try client.turn(["type": "choose", "option": option])
            }
            let closing = frames.last ?? [:]
            let at = "\(place) (line \(turn.location.line))"
            XCTAssertNotEqual(closing["type"] as? String, "error", "\(at): \(closing)")
            if let state = turn.expect.state {
                let reached = (closing["state"] as? Frame)?["name"] as? String ?? (closing["summary"] as? Frame)?["state"] as? String
                XCTAssertEqual(reached, state, at)
            }
            if let ended = turn.expect.ended {
                XCTAssertEqual(closing["type"] as? String == "ended", ended, at)
            }
            if let line = turn.expect.line {
                let lines = frames.ofType("line").compactMap { $0["text"] as? String }
                XCTAssertTrue(lines.contains { $0.localizedCaseInsensitiveContains(line) }, "\(at): '\(line)' not in \(lines)")
            }
            if !turn.expect.coach.isEmpty, let analysis = closing["analysis"] as? Frame {
                let found = Set(analysis.values.compactMap { $0 as? [String] }.joined())
                for tag in turn.expect.coach {
                    XCTAssertTrue(found.contains(tag), "\(at): coach should find \(tag), found \(found)")
                }
            }
            if closing["type"] as? String == "ended" { break }
        }
        client.close()
    }
}
