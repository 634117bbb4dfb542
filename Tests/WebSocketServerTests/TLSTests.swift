import Foundation
import WebSocketServer
import XCTest

/// TLS is checked with the system's `openssl` (to make a self-signed certificate) and `curl -k`
/// (the test client speaks plain TCP only). Skipped when either tool is missing.
final class TLSTests: ServerTestCase {
    private func tool(_ name: String) -> String? {
        ["/usr/bin/\(name)", "/usr/local/bin/\(name)", "/bin/\(name)"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    @discardableResult
    private func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func testHTTPSAndSecureWebSocketHandshake() throws {
        guard let openssl = tool("openssl"), let curl = tool("curl") else {
            throw XCTSkip("openssl or curl not installed")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ws-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let certificate = directory.appendingPathComponent("cert.pem").path
        let key = directory.appendingPathComponent("key.pem").path
        let made = try run(openssl, [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate,
            "-days", "1", "-subj", "/CN=localhost",
        ])
        guard made.status == 0 else { throw XCTSkip("openssl could not make a certificate") }

        try startServer {
            $0.tlsCertificatePath = certificate
            $0.tlsPrivateKeyPath = key
        }
        let port = server.port
        let page = try run(curl, ["-k", "-s", "-i", "--max-time", "5", "https://127.0.0.1:\(port)/"])
        XCTAssertEqual(page.status, 0)
        XCTAssertTrue(page.output.hasPrefix("HTTP/1.1 200"), page.output)
        XCTAssertTrue(page.output.lowercased().contains("content-security-policy:"))
        XCTAssertTrue(page.output.contains("<title>Oefengesprek</title>"))

        let upgrade = try run(curl, [
            "-k", "-s", "-i", "-N", "--http1.1", "--max-time", "2",
            "-H", "Connection: Upgrade", "-H", "Upgrade: websocket",
            "-H", "Sec-WebSocket-Version: 13", "-H", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
            "-H", "Sec-WebSocket-Protocol: rehearse.v1", "-H", "Origin: https://127.0.0.1:\(port)",
            "https://127.0.0.1:\(port)/ws",
        ])
        XCTAssertTrue(upgrade.output.hasPrefix("HTTP/1.1 101"), upgrade.output)
        XCTAssertTrue(upgrade.output.contains("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="), upgrade.output)

        // Plain HTTP on the TLS port is not served.
        if let plain = try? get("/") {
            XCTAssertNotEqual(plain.status, 200)
        }
    }
}
