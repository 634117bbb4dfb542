import Foundation
import WebSocketClient
import WebSocketServer
import XCTest

final class ShutdownTests: ServerTestCase {
    func testShutdownSendsGoingAwayAfterQueuedFrames() throws {
        try startServer()
        handler.onMessage = { _, _, _ in }
        let clients = try (0..<3).map { _ in try connect() }
        XCTAssertTrue(eventually { self.handler.opened.count == 3 })
        let server = self.server!
        for info in handler.opened {
            for index in 0..<20 { server.send("regel \(index)", to: info.id) }
        }
        let stopped = expectation(description: "shutdown returned")
        DispatchQueue.global().async {
            server.shutdown(deadline: 3)
            stopped.fulfill()
        }
        for client in clients {
            for index in 0..<20 {
                XCTAssertEqual(try client.receiveText(), "regel \(index)")
            }
            guard case .close(let code, _) = try client.receive() else { return XCTFail("expected close") }
            XCTAssertEqual(code, 1001)
        }
        wait(for: [stopped], timeout: 5)
        XCTAssertEqual(handler.closed.count, 3)
        server.shutdown()  // idempotent
        server.waitUntilStopped()
        XCTAssertThrowsError(try connect())
    }

    func testShutdownFromTheHandlerThreadDoesNotDeadlock() throws {
        try startServer()
        handler.onMessage = { _, _, server in server.shutdown(deadline: 1) }
        let client = try connect()
        try client.send(text: "stop")
        guard case .close(let code, _) = try client.receive() else { return XCTFail("expected close") }
        XCTAssertEqual(code, 1001)
        let waited = expectation(description: "stopped")
        let server = self.server!
        DispatchQueue.global().async {
            server.waitUntilStopped()
            waited.fulfill()
        }
        wait(for: [waited], timeout: 5)
    }

    func testShutdownWithIdleClientIsQuick() throws {
        try startServer()
        let client = try connect()  // never reads; lws does not wait long for its close answer
        XCTAssertTrue(eventually { self.handler.opened.count == 1 })
        let start = Date()
        server.shutdown(deadline: 1)
        XCTAssertLessThan(Date().timeIntervalSince(start), 3)
        XCTAssertEqual(handler.closed.count, 1)
        _ = client
    }

    func testShutdownWithBlockedClientEndsAtDeadline() throws {
        try startServer { $0.outboxLimitBytes = 64 << 20 }
        let chunk = String(repeating: "z", count: 10_000)
        handler.onMessage = { id, _, server in
            for _ in 0..<2_000 { server.send(chunk, to: id) }  // 20 MB: far beyond the socket buffers
        }
        let client = try connect()
        try client.send(text: "vol")  // then never read again
        Thread.sleep(forTimeInterval: 0.3)
        let start = Date()
        server.shutdown(deadline: 1)
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertGreaterThanOrEqual(elapsed, 0.9, "the close frame cannot get through, so the deadline applies")
        XCTAssertLessThan(elapsed, 3)
        XCTAssertEqual(handler.closed.count, 1, "destroy still reports the connection as closed")
        _ = client
    }

    func testShutdownBeforeStartIsHarmless() {
        let server = WebSocketServer(configuration: WebSocketServerConfiguration(), handler: EchoHandler())
        server.shutdown()
        server.waitUntilStopped()
    }
}
