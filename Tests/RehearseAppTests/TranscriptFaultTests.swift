import Foundation
import WebSocketClient
import XCTest

/// The transcripts folder fails under a running `rehearse serve`: a full disk (a tiny tmpfs) and
/// a read-only folder (tmpfs remounted read-only). The learner gets `transcript-failed` and no
/// turn that was not saved, the server keeps serving, an alarm is logged, and once the folder
/// works again rehearsals go on with nothing written earlier lost.
///
/// The tmpfs tests need mount(8) as root, directly or through `sudo -n` (chmod does not stop
/// root), and are skipped with the reason otherwise; the file-size limit test runs anywhere.
final class TranscriptFaultTests: XCTestCase {
    private var root: URL!
    private var mountPoint: URL!
    private var mounted = false
    private var servers: [FaultServer] = []

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("rehearse-fault-\(UUID().uuidString)")
        mountPoint = root.appendingPathComponent("transcripts")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        for server in servers { server.stop() }
        servers.removeAll()
        if mounted {
            _ = Self.privileged("/bin/umount", ["-l", mountPoint.path])
            mounted = false
        }
        if let root { try? FileManager.default.removeItem(at: root) }
    }

    // MARK: - Full disk

    func testFullDiskRefusesTheTurnKeepsServingAndGoesOnOnceThereIsSpace() throws {
        try mountTmpfs(sizeKiB: 256)
        let server = try startServer()
        let learner = try server.client()
        let (started, opening) = try learner.start("oefen")
        XCTAssertEqual(opening.last?["type"] as? String, "your-turn")
        let session = try XCTUnwrap(started["session"] as? String)
        let first = "Heeft u al een plan voor het plein?"
        XCTAssertEqual(try learner.turn(["type": "say", "text": first]).last?["type"] as? String, "your-turn")
        let transcript = try XCTUnwrap(transcriptFile(session: session))
        let beforeFault = try Data(contentsOf: transcript)

        let filler = mountPoint.appendingPathComponent("filler")
        try fillDisk(with: filler)

        // Closed questions keep the dialogue in its first state; long lines use up the last page.
        var answered = [first]
        var refused: String?
        var refusal: [Frame] = []
        for number in 1...10 {
            let text = "Heeft u " + String(repeating: "een plan ", count: 200) + "nummer \(number)?"
            let frames = try learner.turn(["type": "say", "text": text])
            if frames.last?["type"] as? String == "your-turn" {
                answered.append(text)
                continue
            }
            refused = text
            refusal = frames
            break
        }
        let refusedText = try XCTUnwrap(refused, "a full disk refuses a turn")
        XCTAssertEqual(refusal.types, ["error"], "no coach, no line and no your-turn for a turn that was not saved")
        XCTAssertEqual(refusal.last?["code"] as? String, "transcript-failed")
        XCTAssertTrue((refusal.last?["message"] as? String ?? "").contains("niet worden opgeslagen"), "Dutch message")

        // Still serving: the page, the list, and a clear answer to a new start on the full disk.
        XCTAssertEqual(try WebSocketClientHTTP.get(port: server.port, path: "/").status, 200)
        let other = try server.client()
        try other.send(["type": "list"])
        XCTAssertEqual(try other.receiveFrame()["type"] as? String, "dialogues")
        let refusedStart = try other.turn(["type": "start", "dialogue": "oefen"])
        XCTAssertEqual(refusedStart.types, ["error"])
        XCTAssertEqual(refusedStart.last?["code"] as? String, "transcript-failed")
        XCTAssertTrue(server.waitForLog(containing: "ALARM"), "an alarm is logged: \(server.log)")
        XCTAssertEqual(transcriptCount(), 1, "the refused start left no empty transcript behind")

        // Space again: the same line is taken now, once, and the session goes on.
        try FileManager.default.removeItem(at: filler)
        let retried = try learner.turn(["type": "say", "text": refusedText])
        XCTAssertEqual(retried.last?["type"] as? String, "your-turn")
        answered.append(refusedText)
        let open = try learner.turn(["type": "say", "text": "Wat wilt u met het plein?"])
        XCTAssertFalse((open.last?["options"] as? [Frame] ?? []).isEmpty, "the session moved on")
        answered.append("Wat wilt u met het plein?")
        XCTAssertEqual(try learner.turn(["type": "choose", "option": "stop"]).last?["type"] as? String, "ended")

        let after = try Data(contentsOf: transcript)
        XCTAssertEqual(after.prefix(beforeFault.count), beforeFault, "what was written before the fault is still there")
        XCTAssertEqual(try learnerTexts(in: transcript), answered, "every answered turn exactly once, the refused one only after its retry")
        let entries = try entryTypes(in: transcript)
        XCTAssertEqual(entries.first, "header")
        XCTAssertEqual(entries.last, "ended")

        let fresh = try server.client()
        XCTAssertEqual(try fresh.start("oefen").opening.last?["type"] as? String, "your-turn", "a new session works")
    }

    // MARK: - Read-only folder

    func testReadOnlyFolderRefusesNewTranscriptsKeepsServingAndRecovers() throws {
        try mountTmpfs(sizeKiB: 1024)
        // An earlier server wrote a whole session, then stopped cleanly (no file stays open).
        let earlierServer = try startServer()
        let earlier = try earlierServer.client()
        let (earlierStarted, _) = try earlier.start("oefen")
        let earlierSession = try XCTUnwrap(earlierStarted["session"] as? String)
        let earlierToken = try XCTUnwrap(earlierStarted["token"] as? String)
        _ = try earlier.turn(["type": "say", "text": "Wat is uw idee?"])
        XCTAssertEqual(try earlier.turn(["type": "end"]).last?["type"] as? String, "ended")
        earlierServer.stop()
        let earlierFile = try XCTUnwrap(transcriptFile(session: earlierSession))
        let earlierBytes = try Data(contentsOf: earlierFile)

        try remount("ro")
        let server = try startServer()
        XCTAssertEqual(try WebSocketClientHTTP.get(port: server.port, path: "/").status, 200)
        let learner = try server.client()
        try learner.send(["type": "list"])
        XCTAssertEqual(try learner.receiveFrame()["type"] as? String, "dialogues")
        let refused = try learner.turn(["type": "start", "dialogue": "oefen"])
        XCTAssertEqual(refused.types, ["error"], "no started and no your-turn without a transcript")
        XCTAssertEqual(refused.last?["code"] as? String, "transcript-failed")
        XCTAssertTrue((refused.last?["message"] as? String ?? "").contains("niet worden opgeslagen"))
        XCTAssertTrue(server.waitForLog(containing: "ALARM"), "an alarm is logged: \(server.log)")

        // Reading still works: the trainer lists and reads; a note cannot be stored and says so.
        let trainer = try server.client()
        try trainer.send(["type": "transcripts", "token": server.trainerToken])
        let listing = try trainer.receiveFrame()
        XCTAssertEqual((listing["transcripts"] as? [Frame])?.compactMap { $0["id"] as? String }, [earlierSession])
        try trainer.send(["type": "transcript", "token": server.trainerToken, "id": earlierSession])
        XCTAssertEqual(try trainer.receiveFrame()["type"] as? String, "transcript")
        try trainer.send(["type": "annotate", "token": server.trainerToken, "id": earlierSession, "turn": 1, "text": "Goede vraag."])
        XCTAssertEqual(try trainer.receiveFrame()["code"] as? String, "transcript-failed")
        // Resuming needs the file open for appending: refused with the same clear code.
        let resumer = try server.client()
        try resumer.send(["type": "resume", "session": earlierSession, "token": earlierToken])
        XCTAssertEqual(try resumer.receiveFrame()["code"] as? String, "transcript-failed")

        // Writable again, without a restart: a whole rehearsal runs and is saved.
        try remount("rw")
        let (started, opening) = try learner.start("oefen")
        XCTAssertEqual(opening.last?["type"] as? String, "your-turn")
        let session = try XCTUnwrap(started["session"] as? String)
        _ = try learner.turn(["type": "say", "text": "Wat wilt u met het plein?"])
        XCTAssertEqual(try learner.turn(["type": "choose", "option": "stop"]).last?["type"] as? String, "ended")
        XCTAssertEqual(try learnerTexts(in: try XCTUnwrap(transcriptFile(session: session))), ["Wat wilt u met het plein?"])
        XCTAssertEqual(try Data(contentsOf: earlierFile), earlierBytes, "the earlier transcript is byte for byte intact")
    }

    // MARK: - File-size limit

    func testFileSizeLimitRefusesTheTurnInsteadOfKillingTheServer() throws {
        // No mount needed: `ulimit -f` on the server process (SIGXFSZ would kill it unless ignored).
        let server = try startServer(fileSizeLimitBlocks: 128, extra: ["--unlimited"])
        let learner = try server.client()
        let (started, _) = try learner.start("oefen")
        let session = try XCTUnwrap(started["session"] as? String)
        var answered: [String] = []
        var refusal: [Frame] = []
        for number in 1...200 {
            let text = "Heeft u " + String(repeating: "een plan ", count: 200) + "nummer \(number)?"
            let frames = try learner.turn(["type": "say", "text": text])
            guard frames.last?["type"] as? String == "your-turn" else {
                refusal = frames
                break
            }
            answered.append(text)
        }
        XCTAssertEqual(refusal.types, ["error"], "the turn past the limit is refused, not answered")
        XCTAssertEqual(refusal.last?["code"] as? String, "transcript-failed")
        XCTAssertTrue(server.process.isRunning, "the server is still running")
        XCTAssertTrue(server.waitForLog(containing: "ALARM"))
        XCTAssertEqual(try learnerTexts(in: try XCTUnwrap(transcriptFile(session: session))), answered)

        let fresh = try server.client()
        XCTAssertEqual(try fresh.start("oefen").opening.last?["type"] as? String, "your-turn", "a new transcript starts small")
    }

    // MARK: - Helpers

    private func mountTmpfs(sizeKiB: Int) throws {
        guard FileManager.default.isExecutableFile(atPath: "/bin/mount") else { throw XCTSkip("no /bin/mount") }
        guard getuid() == 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/sudo") else {
            throw XCTSkip("needs root (or sudo) to mount a tmpfs as the transcripts folder")
        }
        // Owned by whoever runs the tests, so a server that is not root can write to it too.
        let options = "size=\(sizeKiB)k,mode=0700,uid=\(getuid()),gid=\(getgid())"
        let result = Self.privileged("/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", mountPoint.path])
        guard result.status == 0 else { throw XCTSkip("mount -t tmpfs is not permitted here: \(result.output)") }
        mounted = true
    }

    private func remount(_ mode: String) throws {
        let result = Self.privileged("/bin/mount", ["-o", "remount,\(mode)", mountPoint.path])
        XCTAssertEqual(result.status, 0, "remount \(mode): \(result.output)")
    }

    /// Runs a tool as root: directly when the tests run as root, else through `sudo -n` (CI runners).
    static func privileged(_ tool: String, _ arguments: [String]) -> (status: Int32, output: String) {
        getuid() == 0 ? run(tool, arguments) : run("/usr/bin/sudo", ["-n", tool] + arguments)
    }

    private func startServer(fileSizeLimitBlocks: Int? = nil, extra: [String] = []) throws -> FaultServer {
        let server = try FaultServer(root: root, transcripts: mountPoint, fileSizeLimitBlocks: fileSizeLimitBlocks, extra: extra)
        servers.append(server)
        return server
    }

    /// Writes until the file system says it is full.
    private func fillDisk(with file: URL) throws {
        let fd = open(file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return XCTFail("cannot create filler: errno \(errno)") }
        defer { close(fd) }
        let chunk = [UInt8](repeating: 0x2E, count: 4096)
        var failure: Int32 = 0
        for size in [4096, 1] {
            while true {
                let written = chunk.withUnsafeBytes { write(fd, $0.baseAddress!, size) }
                if written <= 0 { failure = errno; break }
            }
        }
        XCTAssertEqual(failure, ENOSPC, "the tmpfs is full")
    }

    private func transcriptFile(session: String) -> URL? {
        let enumerator = FileManager.default.enumerator(at: mountPoint, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if url.lastPathComponent == "\(session).jsonl" { return url }
        }
        return nil
    }

    private func transcriptCount() -> Int {
        let enumerator = FileManager.default.enumerator(at: mountPoint, includingPropertiesForKeys: nil)
        var count = 0
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "jsonl" { count += 1 }
        }
        return count
    }

    /// The complete JSON lines of a transcript (a line torn by the full disk is skipped, as the reader does).
    private func entries(in file: URL) throws -> [Frame] {
        try String(decoding: Data(contentsOf: file), as: UTF8.self).split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? Frame
        }
    }

    private func learnerTexts(in file: URL) throws -> [String] {
        try entries(in: file).filter { $0["type"] as? String == "learner" }.compactMap { $0["text"] as? String }
    }

    private func entryTypes(in file: URL) throws -> [String] {
        try entries(in: file).compactMap { $0["type"] as? String }
    }

    static func run(_ tool: String, _ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (-1, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// `rehearse serve` over a given transcripts folder, with its log (stderr) kept for the test.
private final class FaultServer {
    let process = Process()
    let trainerToken = "trainer-" + UUID().uuidString
    private(set) var port = 0
    private let output = Pipe()
    private let logFile: URL

    init(root: URL, transcripts: URL, fileSizeLimitBlocks: Int? = nil, extra: [String] = []) throws {
        guard let binary = ServerProcess.binary else { throw XCTSkip("rehearse binary not built (swift build first)") }
        let dialogues = root.appendingPathComponent("Dialogues")
        let web = root.appendingPathComponent("Web")
        for folder in [dialogues, web] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try TestDialogues.practice.write(to: dialogues.appendingPathComponent("oefen.yaml"), atomically: true, encoding: .utf8)
        try "<!doctype html><title>x</title>\n".write(to: web.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        logFile = root.appendingPathComponent("serve-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
        let arguments = ["serve", "--port", "0", "--dialogues", dialogues.path, "--web", web.path,
                         "--transcripts", transcripts.path, "--trainer-token", trainerToken, "--log-level", "warning"] + extra
        if let blocks = fileSizeLimitBlocks {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "ulimit -f \(blocks) && exec \"$0\" \"$@\"", binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: logFile)
        try process.run()
        port = try readPort()
    }

    var log: String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }

    func waitForLog(containing text: String, timeout: Double = 5) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if log.contains(text) { return true }
            usleep(50_000)
        }
        return false
    }

    func client() throws -> WebSocketClient {
        try WebSocketClient(host: "127.0.0.1", port: port)
    }

    /// SIGTERM and wait: the server closes its files on the way out.
    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    private func readPort() throws -> Int {
        try ServerOutput.port(from: output, context: log)
    }
}
