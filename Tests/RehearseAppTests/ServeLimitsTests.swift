import Foundation
import WebSocketClient
import XCTest

/// The limits of `rehearse serve`: each one an option documented in `--help`, nonsense values
/// refused, and `--unlimited` lifting the per-connection rate limit and the per-address
/// connection cap for load tests from one machine (without it both hold).
final class ServeLimitsTests: XCTestCase {
    private let cap = 4

    func testWithoutTheFlagABurstIsRateLimitedAndTheAddressCapHolds() throws {
        let server = try ServerProcess(arguments: ["--max-connections-per-address", "\(cap)"])
        defer { server.cleanUp() }
        let codes = try burst(on: server, frames: 100)
        XCTAssertTrue(codes.contains("rate-limited"), "the default limits stop a script")

        var open: [WebSocketClient] = []
        for _ in 0..<cap { open.append(try server.client()) }
        XCTAssertThrowsError(try server.client()) { error in
            XCTAssertEqual(error as? WebSocketClientError, .handshakeRefused(status: 429))
        }
        _ = open
    }

    func testWithTheFlagABurstIsServedFullyAndTheAddressCapIsLifted() throws {
        let server = try ServerProcess(arguments: ["--unlimited", "--max-connections-per-address", "\(cap)"])
        defer { server.cleanUp() }
        let codes = try burst(on: server, frames: 500)
        XCTAssertEqual(codes, [], "every frame of the burst is answered with the list")

        var open: [WebSocketClient] = []
        for _ in 0..<(cap * 10) { open.append(try server.client()) }
        for client in open {
            try client.send(["type": "list"])
            XCTAssertEqual(try client.receiveFrame()["type"] as? String, "dialogues")
        }
        let (_, opening) = try open[0].start("oefen")
        XCTAssertEqual(opening.last?["type"] as? String, "your-turn")
    }

    func testTheFlagDoesNotLiftGuessLimits() throws {
        let server = try ServerProcess(arguments: ["--unlimited"])
        defer { server.cleanUp() }
        let client = try server.client()
        var codes: [String] = []
        for index in 0..<15 {
            try client.send(["type": "observe", "join": "ZZZZ-ZZ\(index % 10)Z"])
            codes.append(try client.receiveFrame()["code"] as? String ?? "")
        }
        XCTAssertEqual(codes.prefix(10).filter { $0 == "bad-token" }.count, 10)
        XCTAssertTrue(codes.contains("rate-limited"), "join codes cannot be guessed at full speed even with --unlimited")
    }

    func testHelpDocumentsEveryLimitAndUnlimited() throws {
        let help = try Self.runBinary(["serve", "--help"])
        XCTAssertEqual(help.status, 0)
        for option in ["--max-connections ", "--max-connections-per-address", "--max-message-bytes", "--max-line",
                       "--rate-burst", "--rate-per-second", "--address-rate-burst", "--address-rate-per-second",
                       "--guesses-per-minute", "--max-header-bytes", "--max-outbox-bytes", "--idle-session-seconds",
                       "--max-idle-sessions", "--ping-seconds", "--hangup-seconds", "--handshake-timeout",
                       "--unlimited", "--trust-proxy", "--tls-cert", "--tls-key", "--allow-origin"] {
            XCTAssertTrue(help.output.contains(option), "\(option) is documented")
        }
        XCTAssertTrue(help.output.contains("(default: 64)"), "defaults are shown")
        XCTAssertTrue(help.output.contains("rehearse bench"), "--unlimited is explained beside bench")
        let bench = try Self.runBinary(["bench", "--help"])
        XCTAssertTrue(bench.output.contains("--unlimited"))
    }

    func testNonsenseLimitsAreRefusedBeforeStarting() throws {
        for arguments in [["--rate-burst", "0"], ["--max-line", "-5"], ["--rate-per-second", "nan"], ["--max-message-bytes", "0"]] {
            let result = try Self.runBinary(["serve", "--port", "0", "--dialogues", "/nonexistent"] + arguments)
            XCTAssertNotEqual(result.status, 0, "\(arguments)")
            XCTAssertTrue(result.output.contains(arguments[0]), "names the option: \(result.output)")
        }
    }

    private static func runBinary(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try ServerProcess.run(arguments)
    }

    /// Sends `frames` list requests at once on one connection; returns the error codes received.
    private func burst(on server: ServerProcess, frames: Int) throws -> [String] {
        let client = try WebSocketClient(host: "127.0.0.1", port: server.port)
        for _ in 0..<frames { try client.send(["type": "list"]) }
        var codes: [String] = []
        for _ in 0..<frames {
            let frame = try client.receiveFrame(timeout: 10)
            if let code = frame["code"] as? String { codes.append(code) }
        }
        return codes
    }
}
