import Foundation
import WebSocketClient
import WebSocketServer
import XCTest

/// Test-only handler: echoes every message unless `onMessage` is set, and records events.
final class EchoHandler: WebSocketHandler, @unchecked Sendable {
    private let lock = NSLock()
    private var _opened: [ConnectionInfo] = []
    private var _closed: [ConnectionID] = []
    private var _onMessage: ((ConnectionID, [UInt8], WebSocketServer) -> Void)?
    var onMessage: ((ConnectionID, [UInt8], WebSocketServer) -> Void)? {
        get { lock.withLock { _onMessage } }
        set { lock.withLock { _onMessage = newValue } }
    }

    var opened: [ConnectionInfo] { lock.withLock { _opened } }
    var closed: [ConnectionID] { lock.withLock { _closed } }

    func connectionOpened(_ connection: ConnectionInfo, on server: WebSocketServer) {
        lock.withLock { _opened.append(connection) }
    }

    func connection(_ id: ConnectionID, received message: [UInt8], on server: WebSocketServer) {
        if let onMessage {
            onMessage(id, message, server)
        } else {
            server.send(message, to: id)
        }
    }

    func connectionClosed(_ id: ConnectionID, on server: WebSocketServer) {
        lock.withLock { _closed.append(id) }
    }
}

/// Starts a server on a free loopback port with a temporary web root; shuts it down in tearDown.
class ServerTestCase: XCTestCase {
    var server: WebSocketServer!
    var handler: EchoHandler!
    var webRoot: URL!

    override func setUpWithError() throws {
        webRoot = FileManager.default.temporaryDirectory
            .appendingPathComponent("ws-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: webRoot, withIntermediateDirectories: true)
        webRoot = URL(fileURLWithPath: webRoot.path.resolvingSymlinksInPath, isDirectory: true)
        try "<!doctype html><title>Oefengesprek</title>".write(
            to: webRoot.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        server?.shutdown(deadline: 1)
        server = nil
        if let webRoot { try? FileManager.default.removeItem(at: webRoot) }
    }

    /// Starts `server`; `configure` may adjust the configuration.
    func startServer(_ configure: (inout WebSocketServerConfiguration) -> Void = { _ in }) throws {
        var configuration = WebSocketServerConfiguration()
        configuration.port = 0
        configuration.webRoot = webRoot.path
        configure(&configuration)
        handler = EchoHandler()
        server = WebSocketServer(configuration: configuration, handler: handler)
        try server.start()
        XCTAssertNotEqual(server.port, 0)
    }

    func connect(origin: String? = nil, subprotocol: String? = "rehearse.v1",
                 headers: [String: String] = [:]) throws -> WebSocketClient {
        try WebSocketClient(host: "127.0.0.1", port: server.port, origin: origin,
                            subprotocol: subprotocol, extraHeaders: headers)
    }

    func get(_ path: String) throws -> (status: Int, headers: [String: String], body: [UInt8]) {
        try WebSocketClient.httpGet(host: "127.0.0.1", port: server.port, path: path)
    }

    /// Waits until `condition` holds (service-thread effects are asynchronous).
    func eventually(_ timeout: Double = 3, _ condition: () -> Bool) -> Bool {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return condition()
    }
}

extension String {
    var resolvingSymlinksInPath: String {
        guard let real = realpath(self, nil) else { return self }
        defer { free(real) }
        return String(cString: real)
    }
}

/// A locked mutable cell for values written on the service thread and read by the test.
final class Box<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var _value: Value?
    var value: Value? {
        get { lock.withLock { _value } }
        set { lock.withLock { _value = newValue } }
    }

    /// Read-modify-write under the lock.
    func update(_ body: (inout Value?) -> Void) {
        lock.withLock { body(&_value) }
    }
}
