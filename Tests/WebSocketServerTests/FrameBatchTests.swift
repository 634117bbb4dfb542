import Foundation
import WebSocketClient
import WebSocketServer
import XCTest

/// Several messages queued in one go leave as one batch; the client must still see each one whole.
final class FrameBatchTests: ServerTestCase {
    func testMessagesQueuedTogetherArriveSeparatelyAndInOrder() throws {
        let medium = String(repeating: "ä", count: 200)        // 400 bytes: 16-bit length
        let large = String(repeating: "x", count: 70_000)      // 64-bit length
        try startServer()
        handler.onMessage = { id, _, server in
            server.send(Array("een".utf8), to: id)
            server.send(Array(medium.utf8), to: id)
            server.send(Array("".utf8), to: id)
            server.send(Array(large.utf8), to: id)
            server.send(Array("laatste".utf8), to: id)
        }
        let client = try connect()
        for round in 0..<3 {
            try client.send(text: "beurt \(round)")
            XCTAssertEqual(try client.receiveText(), "een")
            XCTAssertEqual(try client.receiveText(), medium)
            XCTAssertEqual(try client.receiveText(), "")
            XCTAssertEqual(try client.receiveText(), large)
            XCTAssertEqual(try client.receiveText(), "laatste")
        }
    }
}
