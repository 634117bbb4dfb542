import Foundation
import WebSocketClient
import XCTest

/// The real `rehearse serve` binary in a child process, for crash and signal tests.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    let root: URL
    let transcripts: URL
    private(set) var port = 0
    private let output = Pipe()

    static var binary: URL? {
        if let path = ProcessInfo.processInfo.environment["REHEARSE_BIN"] { return URL(fileURLWithPath: path) }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        for candidate in [".build/debug/rehearse", ".build/x86_64-unknown-linux-gnu/debug/rehearse"] {
            let binary = url.appendingPathComponent(candidate)
            if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
        }
        return nil
    }

    /// Runs `rehearse ARGUMENTS` to the end; returns its status and everything it printed.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        guard let binary else { throw XCTSkip("rehearse binary not built") }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    init(arguments: [String] = [], dialogueFiles: [String: String] = ["oefen.yaml": TestDialogues.practice], root existing: URL? = nil) throws {
        guard let binary = Self.binary else { throw XCTSkip("rehearse binary not built (swift build first)") }
        root = existing ?? FileManager.default.temporaryDirectory.appendingPathComponent("rehearse-proc-\(UUID().uuidString)")
        let dialogues = root.appendingPathComponent("Dialogues")
        let web = root.appendingPathComponent("Web")
        transcripts = root.appendingPathComponent("transcripts")
        for folder in [dialogues, web] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        for (name, text) in dialogueFiles {
            try text.write(to: dialogues.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try "<!doctype html><title>x</title>\n".write(to: web.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        process.executableURL = binary
        process.arguments = ["serve", "--port", "0", "--dialogues", dialogues.path, "--web", web.path,
                             "--transcripts", transcripts.path, "--log-level", "error"] + arguments
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        port = try readPort()
    }

    private func readPort() throws -> Int {
        try ServerOutput.port(from: output)
    }

    func client() throws -> WebSocketClient {
        try WebSocketClient(host: "127.0.0.1", port: port)
    }

    func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    func waitForExit(timeout: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        return process.isRunning ? nil : process.terminationStatus
    }

    func cleanUp() {
        if process.isRunning { signal(SIGKILL); _ = waitForExit() }
        try? FileManager.default.removeItem(at: root)
    }

    /// All learner lines in all transcripts.
    func learnerLinesOnDisk() throws -> Set<String> {
        var texts = Set<String>()
        let enumerator = FileManager.default.enumerator(at: transcripts, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "jsonl" else { continue }
            for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      object["type"] as? String == "learner", let text = object["text"] as? String else { continue }
                texts.insert(text)
            }
        }
        return texts
    }
}
