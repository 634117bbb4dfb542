import Foundation
import WebSocketClient
import WebSocketServer
import XCTest

/// Connections opening and closing while other threads send to them and the server shuts down
/// in the middle:
/// a crash detector for stale connection state, bounded to about a second.
final class ChurnTests: ServerTestCase {
    func testChurnWithCrossThreadSendsAndShutdown() throws {
        try startServer { $0.maxConnectionsPerAddress = nil }
        let server = self.server!
        let port = server.port
        let handler = self.handler!
        let stop = Box<Bool>()
        let sender = Thread {
            var index = 0
            while stop.value != true {
                for info in handler.opened.suffix(8) {
                    server.send("duw \(index)", to: info.id)
                    if index % 7 == 0 { server.close(info.id, code: 4000, reason: "churn") }
                }
                index += 1
                server.execute {}
            }
        }
        sender.start()
        let group = DispatchGroup()
        let echoed = Box<Int>()
        for _ in 0..<8 {
            group.enter()
            Thread {
                defer { group.leave() }
                for round in 0..<25 {
                    guard let client = try? WebSocketClient(host: "127.0.0.1", port: port, timeout: 2) else { continue }
                    try? client.send(text: "ronde \(round)")
                    while let message = try? client.receive(timeout: 1) {
                        if case .close = message { break }
                        if message == .text("ronde \(round)") {
                            echoed.update { $0 = ($0 ?? 0) + 1 }
                            break
                        }
                    }
                    if round % 2 == 0 { client.close() }  // otherwise just drop the socket
                }
            }.start()
        }
        Thread.sleep(forTimeInterval: 0.2)
        server.shutdown(deadline: 1)  // while clients are still connecting and echoing
        group.wait()
        stop.value = true
        XCTAssertGreaterThan(echoed.value ?? 0, 0)
        XCTAssertEqual(handler.opened.count, handler.closed.count, "every opened connection reported closed")
    }
}
