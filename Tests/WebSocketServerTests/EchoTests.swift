import Foundation
import WebSocketClient
import WebSocketServer
import XCTest

final class EchoTests: ServerTestCase {
    func testEchoRoundTrip() throws {
        try startServer()
        let client = try connect()
        XCTAssertEqual(client.acceptedSubprotocol, "rehearse.v1")
        try client.send(text: "Goedemorgen, mevrouw Jansen")
        XCTAssertEqual(try client.receiveText(), "Goedemorgen, mevrouw Jansen")
        try client.send(text: "ë€ and a second one")
        XCTAssertEqual(try client.receiveText(), "ë€ and a second one")
        XCTAssertTrue(eventually { self.handler.opened.count == 1 })
        XCTAssertEqual(handler.opened.first?.subprotocol, "rehearse.v1")
        XCTAssertEqual(handler.opened.first?.clientAddress.hasSuffix("127.0.0.1"), true)
        client.close()
        XCTAssertTrue(eventually { self.handler.closed.count == 1 })
    }

    func testFramedSendArrivesWithoutItsHeadroom() throws {
        try startServer()
        handler.onMessage = { id, message, server in
            // Two frames built with the room libwebsockets needs in front, as the app builds its answers.
            for text in ["eerste: ", "tweede: "] {
                let framed = [UInt8](repeating: 0xEE, count: WebSocketServer.frameHeadroom) + Array(text.utf8) + message
                server.send(framed: framed, to: id)
            }
        }
        let client = try connect()
        try client.send(text: "hallo")
        XCTAssertEqual(try client.receiveText(), "eerste: hallo")
        XCTAssertEqual(try client.receiveText(), "tweede: hallo")
    }

    func testClientWithoutSubprotocolIsServed() throws {
        try startServer()
        let client = try connect(subprotocol: nil)
        XCTAssertNil(client.acceptedSubprotocol)
        try client.send(text: "hallo")
        XCTAssertEqual(try client.receiveText(), "hallo")
        XCTAssertTrue(eventually { self.handler.opened.count == 1 })
        XCTAssertNil(handler.opened.first?.subprotocol)
    }

    func testUnknownSubprotocolIsRefused() throws {
        try startServer()
        XCTAssertThrowsError(try connect(subprotocol: "other.v9"))
    }

    func testWrongPathIsRefused() throws {
        try startServer()
        XCTAssertThrowsError(try WebSocketClient(host: "127.0.0.1", port: server.port, path: "/elders")) { error in
            XCTAssertEqual(error as? WebSocketClientError, .handshakeRefused(status: 404))
        }
    }

    func testFragmentedMessageIsReassembled() throws {
        try startServer()
        let client = try connect()
        try client.send(rawFrame: 0x1, payload: Array("Hoe ".utf8), fin: false)
        try client.send(rawFrame: 0x0, payload: Array("gaat ".utf8), fin: false)
        try client.send(rawFrame: 0x0, payload: Array("het?".utf8), fin: true)
        XCTAssertEqual(try client.receiveText(), "Hoe gaat het?")
    }

    func testLargeMessageWithinLimitArrivesWhole() throws {
        try startServer { $0.maxMessageBytes = 200_000 }
        let client = try connect()
        let text = String(repeating: "abcdefghij", count: 15_000)
        try client.send(text: text)
        XCTAssertEqual(try client.receiveText(), text)
    }

    func testOversizeMessageClosesWith1009() throws {
        try startServer { $0.maxMessageBytes = 1000 }
        let client = try connect()
        try client.send(text: String(repeating: "x", count: 1001))
        guard case .close(let code, _) = try client.receive() else { return XCTFail("expected close") }
        XCTAssertEqual(code, 1009)
    }

    func testOversizeAcrossFragmentsClosesWith1009() throws {
        try startServer { $0.maxMessageBytes = 1000 }
        let client = try connect()
        try client.send(rawFrame: 0x1, payload: [UInt8](repeating: 65, count: 600), fin: false)
        try client.send(rawFrame: 0x0, payload: [UInt8](repeating: 65, count: 600), fin: true)
        guard case .close(let code, _) = try client.receive() else { return XCTFail("expected close") }
        XCTAssertEqual(code, 1009)
    }

    func testInvalidUTF8ClosesWith1007() throws {
        try startServer()
        let client = try connect()
        try client.send(rawFrame: 0x1, payload: [0x48, 0xC3, 0x28, 0xFF])
        guard case .close(let code, _) = try client.receive() else { return XCTFail("expected close") }
        XCTAssertEqual(code, 1007)
    }

    func testBinaryFrameClosesWith1003() throws {
        try startServer()
        let client = try connect()
        try client.send(binary: [1, 2, 3])
        guard case .close(let code, _) = try client.receive() else { return XCTFail("expected close") }
        XCTAssertEqual(code, 1003)
    }

    func testSendFromAnotherThread() throws {
        try startServer()
        handler.onMessage = { _, _, _ in }  // no echo: replies come from elsewhere
        let client = try connect()
        XCTAssertTrue(eventually { self.handler.opened.count == 1 })
        let id = handler.opened[0].id
        let server = self.server!
        let done = expectation(description: "sent")
        DispatchQueue.global().async {
            for index in 0..<50 { server.send("bericht \(index)", to: id) }
            done.fulfill()
        }
        wait(for: [done], timeout: 5)
        for index in 0..<50 {
            XCTAssertEqual(try client.receiveText(), "bericht \(index)")
        }
    }

    /// Frames are written as soon as the service thread takes them; a client that does not read
    /// makes the socket take only part of one, which lws keeps and sends first. Nothing may be
    /// lost, reordered or cut, whichever path each frame took.
    func testFramesForAClientThatDoesNotReadArriveWholeAndInOrder() throws {
        try startServer { $0.outboxLimitBytes = 64 << 20 }
        handler.onMessage = { _, _, _ in }
        let client = try connect()
        XCTAssertTrue(eventually { self.handler.opened.count == 1 })
        let id = handler.opened[0].id
        let server = self.server!
        let filler = String(repeating: "0123456789", count: 800)
        let count = 600  // about 4.8 MB: more than loopback's socket buffers hold
        let done = expectation(description: "sent")
        DispatchQueue.global().async {
            for index in 0..<count {
                server.send("\(index) \(filler)", to: id)
                if index % 50 == 0 { usleep(2_000) }  // separate drains, some while the socket is full
            }
            done.fulfill()
        }
        wait(for: [done], timeout: 10)
        usleep(300_000)
        for index in 0..<count {
            XCTAssertEqual(try client.receiveText(), "\(index) \(filler)")
        }
        server.send("laatste", to: id)
        XCTAssertEqual(try client.receiveText(), "laatste")
    }

    func testServerCloseWithCodeAfterQueuedFrames() throws {
        try startServer()
        handler.onMessage = { _, _, _ in }
        let client = try connect()
        XCTAssertTrue(eventually { self.handler.opened.count == 1 })
        let id = handler.opened[0].id
        server.send("laatste woord", to: id)
        server.close(id, code: 4001, reason: "klaar")
        XCTAssertEqual(try client.receiveText(), "laatste woord")
        XCTAssertEqual(try client.receive(), .close(code: 4001, reason: "klaar"))
        XCTAssertTrue(eventually { self.handler.closed == [id] })
    }

    func testExecuteRunsOnTheHandlerThread() throws {
        try startServer()
        let handlerThread = Box<UInt>()
        let executeThread = Box<UInt>()
        handler.onMessage = { id, message, server in
            handlerThread.value = UInt(bitPattern: Int(bitPattern: pthread_self()))
            server.send(message, to: id)
        }
        let client = try connect()
        try client.send(text: "ping")
        XCTAssertEqual(try client.receiveText(), "ping")
        let ran = expectation(description: "executed")
        server.execute {
            executeThread.value = UInt(bitPattern: Int(bitPattern: pthread_self()))
            ran.fulfill()
        }
        wait(for: [ran], timeout: 3)
        XCTAssertNotNil(handlerThread.value)
        XCTAssertEqual(executeThread.value, handlerThread.value)
        XCTAssertNotEqual(executeThread.value, UInt(bitPattern: Int(bitPattern: pthread_self())))
    }

    func testExecuteAfterDelay() throws {
        try startServer()
        let ran = expectation(description: "executed later")
        let start = Date()
        server.execute(after: 0.2) { ran.fulfill() }
        wait(for: [ran], timeout: 3)
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(start), 0.19)
    }

    func testOutboxOverflowClosesConnection() throws {
        try startServer { $0.outboxLimitBytes = 10_000 }
        handler.onMessage = { id, _, server in
            // Twenty 1 kB frames queued at once exceed the 10 kB outbox before any write.
            for _ in 0..<20 { server.send(String(repeating: "y", count: 1000), to: id) }
        }
        let client = try connect()
        try client.send(text: "flood")
        var sawClose: UInt16?
        for _ in 0..<25 {
            if case .close(let code, _) = try client.receive() {
                sawClose = code
                break
            }
        }
        XCTAssertEqual(sawClose, 1008)
    }
}
