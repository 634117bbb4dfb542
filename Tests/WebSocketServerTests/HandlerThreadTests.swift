import Foundation
import WebSocketClient
import WebSocketServer
import XCTest

/// The handler runs on its own thread: slow handler work holds up neither static files nor the
/// I/O of other connections, and a client that sends faster than it is handled is slowed down
/// by TCP instead of filling the server's memory.
final class HandlerThreadTests: ServerTestCase {
    func testABusyHandlerDoesNotHoldUpStaticFilesOrOtherConnections() throws {
        try startServer()
        let release = DispatchSemaphore(value: 0)
        let entered = DispatchSemaphore(value: 0)
        handler.onMessage = { id, message, server in
            if message == Array("wait".utf8) {
                entered.signal()
                release.wait()
            }
            server.send(message, to: id)
        }
        defer { release.signal() }
        let busy = try connect()
        try busy.send(text: "wait")
        XCTAssertEqual(entered.wait(timeout: .now() + 3), .success)

        // While the handler is blocked, the service thread still serves files and handshakes.
        let page = try get("/index.html")
        XCTAssertEqual(page.status, 200)
        let other = try connect()

        release.signal()
        XCTAssertEqual(try busy.receiveText(), "wait")
        try other.send(text: "after")
        XCTAssertEqual(try other.receiveText(), "after")
    }

    func testAClientThatSendsFasterThanItIsHandledIsSlowedDownAndLosesNothing() throws {
        try startServer {
            $0.maxMessagesInFlight = 4
            $0.maxMessageBytes = 128 * 1024
        }
        let release = DispatchSemaphore(value: 0)
        let handled = Box<[Int]>()
        handler.onMessage = { _, message, _ in
            if handled.value == nil { release.wait() }
            let number = Int(String(decoding: message.prefix(8), as: UTF8.self).trimmingCharacters(in: .whitespaces))
            handled.update { $0 = ($0 ?? []) + [number ?? -1] }
        }
        // Only the sending thread uses the client until `done`.
        nonisolated(unsafe) let client = try connect()
        // 400 messages of 64 KiB: 25 MiB, far more than the kernel's socket buffers hold.
        let total = 400
        let sent = Box<Int>()
        let done = expectation(description: "all sent")
        DispatchQueue.global().async {
            for number in 0..<total {
                let text = String(number).padding(toLength: 8, withPad: " ", startingAt: 0)
                    + String(repeating: "x", count: 64 * 1024 - 8)
                guard (try? client.send(text: text)) != nil else { return }
                sent.update { $0 = number + 1 }
            }
            done.fulfill()
        }
        // The handler holds the first message; the server stops reading after a few more, so the
        // sender blocks once the socket buffers are full instead of the server queueing them all.
        Thread.sleep(forTimeInterval: 1.5)
        let sentWhileBlocked = sent.value ?? 0
        XCTAssertLessThan(sentWhileBlocked, total, "the server kept reading while its handler was blocked")

        release.signal()
        wait(for: [done], timeout: 30)
        XCTAssertTrue(eventually(10) { handled.value?.count == total })
        XCTAssertEqual(handled.value, Array(0..<total))
    }
}
