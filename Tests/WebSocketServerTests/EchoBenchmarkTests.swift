import Foundation
import WebSocketClient
import WebSocketServer
import XCTest

/// Opt-in throughput check (set REHEARSE_WS_BENCH=1): many connections doing sequential echo
/// round trips for a few seconds. Prints round trips per second; asserts only that all arrived.
/// REHEARSE_WS_BENCH_PORT points it at another echo server on 127.0.0.1 (e.g. a C lws echo, which
/// wants REHEARSE_WS_BENCH_SUBPROTOCOL=none) for comparison.
final class EchoBenchmarkTests: ServerTestCase {
    func testEchoThroughput() throws {
        guard ProcessInfo.processInfo.environment["REHEARSE_WS_BENCH"] == "1" else {
            throw XCTSkip("set REHEARSE_WS_BENCH=1 to run")
        }
        let connections = Int(ProcessInfo.processInfo.environment["REHEARSE_WS_BENCH_CONNECTIONS"] ?? "") ?? 50
        let seconds = Double(ProcessInfo.processInfo.environment["REHEARSE_WS_BENCH_SECONDS"] ?? "") ?? 3
        let environment = ProcessInfo.processInfo.environment
        let port: Int
        if let external = environment["REHEARSE_WS_BENCH_PORT"].flatMap({ Int($0) }) {
            port = external
        } else {
            try startServer { $0.maxConnectionsPerAddress = nil }
            port = server.port
        }
        let subprotocol: String? = environment["REHEARSE_WS_BENCH_SUBPROTOCOL"] == "none" ? nil : "rehearse.v1"
        let counts = Box<[Int]>()
        counts.value = Array(repeating: 0, count: connections)
        let failures = Box<Int>()
        let group = DispatchGroup()
        let end = Date().addingTimeInterval(seconds)
        let payload = #"{"type":"say","text":"Goedemorgen, ik bel over uw aanvraag."}"#
        for index in 0..<connections {
            group.enter()
            Thread {
                defer { group.leave() }
                do {
                    let client = try WebSocketClient(host: "127.0.0.1", port: port, subprotocol: subprotocol)
                    var done = 0
                    while Date() < end {
                        try client.send(text: payload)
                        guard try client.receiveText() == payload else { throw WebSocketClientError.notText }
                        done += 1
                    }
                    client.close()
                    counts.update { $0![index] = done }
                } catch {
                    failures.update { $0 = ($0 ?? 0) + 1 }
                }
            }.start()
        }
        group.wait()
        let total = counts.value!.reduce(0, +)
        print("echo benchmark: \(connections) connections, \(total) round trips in \(seconds) s = \(Int(Double(total) / seconds))/s")
        XCTAssertNil(failures.value)
        XCTAssertGreaterThan(total, 0)
    }
}
