import Foundation
import XCTest

/// `rehearse serve` as a newcomer runs it: missing folders and taken ports get clear messages.
final class ServeCommandTests: XCTestCase {
    private func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try ServerProcess.run(arguments)
    }

    func testMissingDialoguesFolderIsNamed() throws {
        let result = try run(["serve", "--port", "0", "--dialogues", "/nonexistent/Dialogues"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.output.contains("De map voor de dialogen (--dialogues) bestaat niet: /nonexistent/Dialogues"), result.output)
    }

    func testATakenPortIsNamed() throws {
        let first = try ServerProcess()
        defer { first.cleanUp() }
        let result = try run(["serve", "--port", String(first.port), "--dialogues", first.root.appendingPathComponent("Dialogues").path,
                              "--web", first.root.appendingPathComponent("Web").path, "--transcripts", first.transcripts.path])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.output.contains("\(first.port)"), result.output)
        XCTAssertTrue(result.output.contains("in gebruik"), result.output)
    }

    func testTheServedPageAndTheListWorkOnTheDefaults() throws {
        let server = try ServerProcess()
        defer { server.cleanUp() }
        let page = try WebSocketClientHTTP.get(port: server.port, path: "/")
        XCTAssertEqual(page.status, 200)
        let client = try server.client()
        try client.send(["type": "list"])
        XCTAssertEqual(try client.receiveFrame()["type"] as? String, "dialogues")
    }
}

import WebSocketClient

/// A GET over the test client's HTTP helper.
enum WebSocketClientHTTP {
    static func get(port: Int, path: String) throws -> (status: Int, body: String) {
        let response = try WebSocketClient.httpGet(host: "127.0.0.1", port: port, path: path)
        return (response.status, String(decoding: response.body, as: UTF8.self))
    }
}
