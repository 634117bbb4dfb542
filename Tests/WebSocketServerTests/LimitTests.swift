import Foundation
import WebSocketClient
import WebSocketServer
import XCTest

final class LimitTests: ServerTestCase {
    func testConnectionCap() throws {
        try startServer {
            $0.maxConnections = 3
            $0.maxConnectionsPerAddress = nil
        }
        let clients = try (0..<3).map { _ in try connect() }
        XCTAssertTrue(eventually { self.handler.opened.count == 3 })
        XCTAssertThrowsError(try connect()) { error in
            XCTAssertEqual(error as? WebSocketClientError, .handshakeRefused(status: 503))
        }
        clients[0].close()
        XCTAssertTrue(eventually { self.handler.closed.count == 1 })
        let again = try connect()
        try again.send(text: "weer plek")
        XCTAssertEqual(try again.receiveText(), "weer plek")
    }

    func testPerAddressCap() throws {
        try startServer { $0.maxConnectionsPerAddress = 2 }
        let first = try connect()
        let second = try connect()
        XCTAssertThrowsError(try connect()) { error in
            XCTAssertEqual(error as? WebSocketClientError, .handshakeRefused(status: 429))
        }
        _ = (first, second)
    }

    func testTrustedProxyAddressIsCountedPerForwardedClient() throws {
        try startServer {
            $0.maxConnectionsPerAddress = 1
            $0.trustProxy = true
        }
        let a = try connect(headers: ["X-Forwarded-For": "203.0.113.9, 10.0.0.1"])
        let b = try connect(headers: ["X-Forwarded-For": "198.51.100.7"])
        XCTAssertThrowsError(try connect(headers: ["X-Forwarded-For": "198.51.100.7"]))
        XCTAssertTrue(eventually { self.handler.opened.count == 2 })
        XCTAssertEqual(Set(handler.opened.map(\.clientAddress)), ["10.0.0.1", "198.51.100.7"])
        _ = (a, b)
    }

    func testOversizeHeadersAreRefused() throws {
        try startServer { $0.maxHeaderBytes = 2048 }
        let big = ["X-Padding": String(repeating: "p", count: 4000)]
        XCTAssertThrowsError(try connect(headers: big))
        if let response = try? WebSocketClient.httpGet(host: "127.0.0.1", port: server.port, path: "/", headers: big) {
            XCTAssertNotEqual(response.status, 200)
        }
        XCTAssertEqual(try get("/").status, 200, "normal requests still work")
    }

    func testPortInUseIsAClearError() throws {
        try startServer()
        var configuration = WebSocketServerConfiguration()
        configuration.port = server.port
        let second = WebSocketServer(configuration: configuration, handler: EchoHandler())
        XCTAssertThrowsError(try second.start()) { error in
            XCTAssertEqual(error as? WebSocketServerError, .portInUse(server.port))
            XCTAssertEqual("\(error)", "Poort \(server.port) is al in gebruik")
        }
        second.shutdown()
    }

    func testStartTwiceThrows() throws {
        try startServer()
        XCTAssertThrowsError(try server.start()) { error in
            XCTAssertEqual(error as? WebSocketServerError, .alreadyStarted)
        }
    }

    func testIdleConnectionIsPingedAndKeptAlive() throws {
        try startServer {
            $0.pingAfterSeconds = 1
            $0.hangupAfterSeconds = 2
        }
        let client = try connect()
        // receive() answers pings itself; past the hangup time the connection must still work.
        XCTAssertThrowsError(try client.receive(timeout: 3)) { error in
            XCTAssertEqual(error as? WebSocketClientError, .timeout)
        }
        XCTAssertGreaterThanOrEqual(client.pingsAnswered, 1)
        try client.send(text: "nog hier")
        XCTAssertEqual(try client.receiveText(), "nog hier")
    }

    func testPeerThatNeverAnswersPingsIsHungUp() throws {
        try startServer {
            $0.pingAfterSeconds = 1
            $0.hangupAfterSeconds = 2
        }
        let client = try connect()
        XCTAssertTrue(eventually { self.handler.opened.count == 1 })
        Thread.sleep(forTimeInterval: 3.5)  // not reading: pings stay unanswered
        XCTAssertEqual(handler.closed.count, 1, "server should hang up a silent peer")
        _ = client
    }

    func testSlowHandshakeIsCutOff() throws {
        try startServer { $0.handshakeTimeoutSeconds = 1 }
        // Open a TCP connection and never finish the request: the server must drop it.
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(server.port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        XCTAssertEqual(connected, 0)
        _ = "GET /ws HTTP/1.1\r\nHost: x\r\n".withCString { send(fd, $0, strlen($0), 0) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let start = Date()
        var byte: UInt8 = 0
        let n = recv(fd, &byte, 1, 0)
        XCTAssertLessThanOrEqual(n, 0, "server should close a stalled handshake")
        XCTAssertLessThan(Date().timeIntervalSince(start), 4.5)
    }
}
