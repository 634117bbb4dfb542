import Foundation
import Logging
import RehearseApp
import WebSocketClient
import XCTest

/// A real rehearsal server on a free port over real folders in a temporary directory.
final class TestServer {
    let root: URL
    let dialogues: URL
    let web: URL
    let transcripts: URL
    let service: RehearseService
    let trainerToken = "trainer-" + UUID().uuidString

    var port: Int { service.port }

    init(dialogueFiles: [String: String] = ["oefen.yaml": TestDialogues.practice],
         configure: (inout RehearseConfiguration) -> Void = { _ in }) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("rehearse-test-\(UUID().uuidString)")
        dialogues = root.appendingPathComponent("Dialogues")
        web = root.appendingPathComponent("Web")
        transcripts = root.appendingPathComponent("transcripts")
        for folder in [dialogues, web, transcripts] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        for (name, text) in dialogueFiles {
            try text.write(to: dialogues.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try "<!doctype html><html lang=\"nl\"><title>Oefengesprek</title></html>\n"
            .write(to: web.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)

        var config = RehearseConfiguration()
        config.server.host = "127.0.0.1"
        config.server.port = 0
        config.server.webRoot = web.resolvingSymlinksInPath().path
        config.dialoguesFolder = dialogues.path
        config.transcriptsFolder = transcripts.path
        config.trainerToken = trainerToken
        config.reloadInterval = 0.2
        configure(&config)
        var logger = Logger(label: "rehearse.test")
        logger.logLevel = .error
        service = try RehearseService(configuration: config, logger: logger)
        try service.start()
    }

    func client(origin: String? = nil) throws -> WebSocketClient {
        try WebSocketClient(host: "127.0.0.1", port: port, path: "/ws", origin: origin)
    }

    func stop() {
        service.shutdown()
        try? FileManager.default.removeItem(at: root)
    }

    /// Every transcript file written so far.
    func transcriptFiles() -> [URL] {
        let enumerator = FileManager.default.enumerator(at: transcripts, includingPropertiesForKeys: nil)
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "jsonl", !url.lastPathComponent.hasSuffix(".notes.jsonl") { files.append(url) }
        }
        return files
    }

    /// The JSON lines of one session's transcript.
    func transcriptLines(session: String) throws -> [[String: Any]] {
        guard let file = transcriptFiles().first(where: { $0.lastPathComponent == "\(session).jsonl" }) else {
            XCTFail("no transcript for \(session)")
            return []
        }
        return try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }
}

/// A JSON frame as the tests read it.
typealias Frame = [String: Any]

extension WebSocketClient {
    func send(_ object: Frame) throws {
        let data = try JSONSerialization.data(withJSONObject: object)
        try send(text: String(decoding: data, as: UTF8.self))
    }

    func receiveFrame(timeout: Double = 5, file: StaticString = #filePath, line: UInt = #line) throws -> Frame {
        let text = try receiveText(timeout: timeout)
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? Frame else {
            XCTFail("not a JSON object: \(text)", file: file, line: line)
            return [:]
        }
        return object
    }

    /// Reads frames up to and including the first whose type is one of `types`.
    func receive(until types: Set<String>, timeout: Double = 5) throws -> [Frame] {
        var frames: [Frame] = []
        while true {
            let frame = try receiveFrame(timeout: timeout)
            frames.append(frame)
            if let type = frame["type"] as? String, types.contains(type) { return frames }
        }
    }

    /// Sends a frame and reads until the turn's closing frame.
    func turn(_ object: Frame) throws -> [Frame] {
        try send(object)
        return try receive(until: ["your-turn", "ended", "error"])
    }

    /// Starts a dialogue and returns `started` plus the opening frames.
    func start(_ dialogue: String, preview: Bool = false, learner: String? = nil) throws -> (started: Frame, opening: [Frame]) {
        var frame: Frame = ["type": "start", "dialogue": dialogue]
        if preview { frame["preview"] = true }
        if let learner { frame["learner"] = learner }
        let frames = try turn(frame)
        guard let started = frames.first, started["type"] as? String == "started" else {
            XCTFail("expected started, got \(frames)")
            return ([:], frames)
        }
        return (started, Array(frames.dropFirst()))
    }
}

extension Array where Element == Frame {
    func ofType(_ type: String) -> [Frame] { filter { $0["type"] as? String == type } }
    var types: [String] { compactMap { $0["type"] as? String } }
}
