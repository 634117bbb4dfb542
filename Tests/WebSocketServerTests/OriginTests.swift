import WebSocketClient
import WebSocketServer
import XCTest

final class OriginTests: ServerTestCase {
    func testNoOriginIsAccepted() throws {
        try startServer()
        let client = try connect(origin: nil)
        try client.send(text: "zonder origin")
        XCTAssertEqual(try client.receiveText(), "zonder origin")
    }

    func testSameOriginIsAccepted() throws {
        try startServer()
        for origin in ["http://127.0.0.1:\(server.port)", "http://localhost:\(server.port)", "HTTP://LOCALHOST:\(server.port)/"] {
            let client = try connect(origin: origin)
            try client.send(text: origin)
            XCTAssertEqual(try client.receiveText(), origin)
            client.close()
        }
        XCTAssertTrue(eventually { self.handler.opened.count == 3 })
        XCTAssertEqual(handler.opened.first?.origin, "http://127.0.0.1:\(server.port)")
    }

    func testOriginMatchingHostHeaderIsAccepted() throws {
        try startServer()
        // The client sends Host: 127.0.0.1:port; a page served under that name has this origin.
        let client = try connect(origin: "http://127.0.0.1:\(server.port)")
        client.close()
    }

    func testListedOriginIsAccepted() throws {
        try startServer { $0.allowedOrigins = ["https://oefenen.example.nl"] }
        let client = try connect(origin: "https://oefenen.example.nl")
        try client.send(text: "via proxy")
        XCTAssertEqual(try client.receiveText(), "via proxy")
    }

    func testForeignOriginIsRefused() throws {
        try startServer { $0.allowedOrigins = ["https://oefenen.example.nl"] }
        for origin in ["https://evil.example.com", "http://127.0.0.1:1", "https://127.0.0.1:\(server.port)", "null"] {
            XCTAssertThrowsError(try connect(origin: origin), origin) { error in
                XCTAssertEqual(error as? WebSocketClientError, .handshakeRefused(status: 403), origin)
            }
        }
        XCTAssertEqual(handler.opened.count, 0)
    }
}
