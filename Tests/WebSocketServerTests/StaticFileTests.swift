import Foundation
import WebSocketClient
import WebSocketServer
import XCTest

final class StaticFileTests: ServerTestCase {
    func testIndexIsServedWithSecurityHeaders() throws {
        try startServer()
        let response = try get("/")
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(String(decoding: response.body, as: UTF8.self), "<!doctype html><title>Oefengesprek</title>")
        XCTAssertEqual(response.headers["content-type"], "text/html; charset=utf-8")
        XCTAssertNotNil(response.headers["content-security-policy"])
        XCTAssertEqual(response.headers["x-content-type-options"], "nosniff")
        XCTAssertEqual(response.headers["x-frame-options"], "deny")
        XCTAssertEqual(try get("/index.html").status, 200)
    }

    func testMimeTypes() throws {
        try "export {}".write(to: webRoot.appendingPathComponent("app.mjs"), atomically: true, encoding: .utf8)
        try "<svg/>".write(to: webRoot.appendingPathComponent("logo.svg"), atomically: true, encoding: .utf8)
        try "{}".write(to: webRoot.appendingPathComponent("site.webmanifest"), atomically: true, encoding: .utf8)
        try startServer()
        XCTAssertEqual(try get("/app.mjs").headers["content-type"], "text/javascript; charset=utf-8")
        XCTAssertEqual(try get("/logo.svg").headers["content-type"], "image/svg+xml")
        XCTAssertEqual(try get("/site.webmanifest").headers["content-type"], "application/manifest+json")
    }

    func testQueryStringAndSubfolderIndex() throws {
        try FileManager.default.createDirectory(
            at: webRoot.appendingPathComponent("trainer"), withIntermediateDirectories: true)
        try "trainer".write(to: webRoot.appendingPathComponent("trainer/index.html"), atomically: true, encoding: .utf8)
        try startServer()
        XCTAssertEqual(try get("/index.html?v=3").status, 200)
        let folder = try get("/trainer/")
        XCTAssertEqual(folder.status, 200)
        XCTAssertEqual(String(decoding: folder.body, as: UTF8.self), "trainer")
    }

    func testPostIsRefused() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") else { throw XCTSkip("curl missing") }
        try startServer()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "3",
                             "-X", "POST", "-d", "x=1", "http://127.0.0.1:\(server.port)/index.html"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(output, "405")
    }

    func testMissingFileIs404() throws {
        try startServer()
        XCTAssertEqual(try get("/bestaat-niet.js").status, 404)
    }

    func testTraversalIsRefused() throws {
        let secret = webRoot.deletingLastPathComponent().appendingPathComponent("ws-secret-\(UUID().uuidString).txt")
        try "geheim".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        try startServer()
        let name = secret.lastPathComponent
        for path in ["/../\(name)", "/%2e%2e/\(name)", "/%2E%2E/\(name)", "/..%2f\(name)", "/a/../../\(name)"] {
            let response = try get(path)
            XCTAssertNotEqual(response.status, 200, path)
            XCTAssertFalse(String(decoding: response.body, as: UTF8.self).contains("geheim"), path)
        }
    }

    func testDotfilesAreNotServed() throws {
        try "SECRET=1".write(to: webRoot.appendingPathComponent(".env"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: webRoot.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try "[core]".write(to: webRoot.appendingPathComponent(".git/config.txt"), atomically: true, encoding: .utf8)
        try startServer()
        for path in ["/.env", "/.git/config.txt", "/%2eenv"] {
            let response = try get(path)
            XCTAssertTrue([403, 404].contains(response.status), "\(path): \(response.status)")
            XCTAssertFalse(String(decoding: response.body, as: UTF8.self).contains("SECRET"), path)
        }
    }

    func testSymlinkOutOfRootIsNotServed() throws {
        let outside = webRoot.deletingLastPathComponent().appendingPathComponent("ws-outside-\(UUID().uuidString).txt")
        try "buiten de map".write(to: outside, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(
            at: webRoot.appendingPathComponent("link.txt"), withDestinationURL: outside)
        // A symlink that stays inside the root is fine.
        try FileManager.default.createSymbolicLink(
            at: webRoot.appendingPathComponent("home.html"), withDestinationURL: webRoot.appendingPathComponent("index.html"))
        try startServer()
        let response = try get("/link.txt")
        XCTAssertNotEqual(response.status, 200)
        XCTAssertFalse(String(decoding: response.body, as: UTF8.self).contains("buiten"))
        XCTAssertEqual(try get("/home.html").status, 200)
    }

    func testNoWebRootServesNothing() throws {
        try startServer { $0.webRoot = nil }
        XCTAssertEqual(try get("/").status, 404)
        let client = try connect()
        try client.send(text: "nog steeds")
        XCTAssertEqual(try client.receiveText(), "nog steeds")
    }

    func testMissingWebRootFailsToStart() throws {
        var configuration = WebSocketServerConfiguration()
        configuration.port = 0
        configuration.webRoot = "/nonexistent/web-\(UUID().uuidString)"
        let server = WebSocketServer(configuration: configuration, handler: EchoHandler())
        XCTAssertThrowsError(try server.start()) { error in
            guard case .webRootMissing = error as? WebSocketServerError else { return XCTFail("\(error)") }
        }
    }
}
