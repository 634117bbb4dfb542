import WebSocketClient
import WebSocketServer
import XCTest

final class ListenTests: ServerTestCase {
    func testListensOnAllInterfaces() throws {
        try startServer { $0.host = "0.0.0.0" }
        let client = try connect()
        try client.send(text: "overal")
        XCTAssertEqual(try client.receiveText(), "overal")
    }

    func testListensOnLocalhostName() throws {
        try startServer { $0.host = "localhost" }
        let client = try WebSocketClient(host: "localhost", port: server.port, origin: "http://localhost:\(server.port)")
        try client.send(text: "lokaal")
        XCTAssertEqual(try client.receiveText(), "lokaal")
    }

    func testUnknownHostFailsToStart() throws {
        var configuration = WebSocketServerConfiguration()
        configuration.host = "no-such-host.invalid"
        configuration.port = 0
        let server = WebSocketServer(configuration: configuration, handler: EchoHandler())
        XCTAssertThrowsError(try server.start()) { error in
            XCTAssertEqual(error as? WebSocketServerError, .unknownHost("no-such-host.invalid"))
        }
    }

    func testMissingEventLibraryFailsToStartWithDutchAdvice() throws {
        var configuration = WebSocketServerConfiguration()
        configuration.port = 0
        configuration.eventLibraryPath = "/nonexistent/libwebsockets-evlib_ev.so"
        let server = WebSocketServer(configuration: configuration, handler: EchoHandler())
        XCTAssertThrowsError(try server.start()) { error in
            XCTAssertEqual(error as? WebSocketServerError, .eventLibraryMissing("/nonexistent/libwebsockets-evlib_ev.so"))
            XCTAssertTrue("\(error)".contains("installeer libwebsockets-evlib-ev"), "\(error)")
        }
        // The failed start left nothing running: the same configuration with the real plugin starts.
        configuration.eventLibraryPath = WebSocketServerConfiguration().eventLibraryPath
        let working = WebSocketServer(configuration: configuration, handler: EchoHandler())
        try working.start()
        working.shutdown()
    }
}
