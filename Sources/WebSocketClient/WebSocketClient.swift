#if canImport(Glibc)
import Glibc
#endif

/// A small blocking RFC 6455 client over POSIX sockets (tests and `rehearse bench`).
///
/// `init` performs the handshake. Frames are masked; pings are answered inside `receive`.
/// Not thread-safe: use one client per thread.
public final class WebSocketClient {
    /// The subprotocol the server accepted (nil when none was asked for or returned).
    public let acceptedSubprotocol: String?
    /// Response headers of the 101 answer (lower-cased names).
    public let handshakeHeaders: [String: String]
    /// Pings answered so far (inside `receive`).
    public private(set) var pingsAnswered = 0

    private let socket: TCPSocket
    private var closeSent = false
    private var random = SplitMix64(seed: UInt64(truncatingIfNeeded: TCPSocket.now().bitPattern))

    public init(
        host: String, port: Int, path: String = "/ws", origin: String? = nil,
        subprotocol: String? = "rehearse.v1", extraHeaders: [String: String] = [:], timeout: Double = 5
    ) throws {
        let deadline = TCPSocket.now() + timeout
        socket = try TCPSocket(host: host, port: port, timeout: timeout)
        var keyBytes = [UInt8](repeating: 0, count: 16)
        for index in keyBytes.indices { keyBytes[index] = UInt8.random(in: 0...255) }
        var request = "GET \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        request += "Sec-WebSocket-Key: \(Base64.encode(keyBytes))\r\nSec-WebSocket-Version: 13\r\n"
        if let origin { request += "Origin: \(origin)\r\n" }
        if let subprotocol { request += "Sec-WebSocket-Protocol: \(subprotocol)\r\n" }
        for (name, value) in extraHeaders { request += "\(name): \(value)\r\n" }
        request += "\r\n"
        try socket.write(Array(request.utf8))

        let head: [UInt8]?
        do {
            head = try socket.readHead(deadline: deadline)
        } catch WebSocketClientError.connectionClosed {
            head = nil
        }
        guard let head else { throw WebSocketClientError.handshakeRefused(status: 0) }
        let response = HTTPHead.parse(head)
        guard response.status == 101 else { throw WebSocketClientError.handshakeRefused(status: response.status) }
        guard response.headers["upgrade"]?.lowercased() == "websocket" else {
            throw WebSocketClientError.badHandshake("no Upgrade: websocket")
        }
        handshakeHeaders = response.headers
        acceptedSubprotocol = response.headers["sec-websocket-protocol"]
    }

    public func send(text: String) throws {
        try send(rawFrame: 0x1, payload: Array(text.utf8))
    }

    public func send(binary: [UInt8]) throws {
        try send(rawFrame: 0x2, payload: binary)
    }

    /// Sends one masked frame as given (for fragmentation and invalid-payload tests).
    public func send(rawFrame opcode: UInt8, payload: [UInt8], fin: Bool = true) throws {
        var frame: [UInt8] = []
        frame.reserveCapacity(payload.count + 14)
        frame.append((fin ? 0x80 : 0) | (opcode & 0x0F))
        if payload.count < 126 {
            frame.append(0x80 | UInt8(payload.count))
        } else if payload.count <= 0xFFFF {
            frame.append(0x80 | 126)
            frame.append(UInt8(payload.count >> 8))
            frame.append(UInt8(payload.count & 0xFF))
        } else {
            frame.append(0x80 | 127)
            for shift in stride(from: 56, through: 0, by: -8) { frame.append(UInt8((payload.count >> shift) & 0xFF)) }
        }
        let mask = UInt32(truncatingIfNeeded: random.next())
        let maskBytes = [UInt8(mask >> 24), UInt8((mask >> 16) & 0xFF), UInt8((mask >> 8) & 0xFF), UInt8(mask & 0xFF)]
        frame.append(contentsOf: maskBytes)
        for (index, byte) in payload.enumerated() { frame.append(byte ^ maskBytes[index & 3]) }
        try socket.write(frame)
    }

    /// The next data or close message; pings are answered, pongs skipped. After the peer's
    /// close frame this client answers it (if it had not sent one) and returns `.close`.
    /// An EOF without a close frame returns `.close(code: 1006, …)`.
    public func receive(timeout: Double = 5) throws -> WebSocketMessage {
        let deadline = TCPSocket.now() + timeout
        var message: [UInt8] = []
        var messageOpcode: UInt8?
        while true {
            let frame: (fin: Bool, opcode: UInt8, payload: [UInt8])
            do {
                frame = try readFrame(deadline: deadline)
            } catch WebSocketClientError.connectionClosed {
                socket.close()
                return .close(code: 1006, reason: "")
            }
            switch frame.opcode {
            case 0x8:
                var code: UInt16 = 1005
                var reason = ""
                if frame.payload.count >= 2 {
                    code = UInt16(frame.payload[0]) << 8 | UInt16(frame.payload[1])
                    reason = String(decoding: frame.payload[2...], as: UTF8.self)
                }
                if !closeSent {
                    closeSent = true
                    try? send(rawFrame: 0x8, payload: Array(frame.payload.prefix(2)))
                }
                return .close(code: code, reason: reason)
            case 0x9:
                try send(rawFrame: 0xA, payload: frame.payload)
                pingsAnswered += 1
            case 0xA:
                continue
            case 0x0:
                guard let opcode = messageOpcode else { throw WebSocketClientError.protocolError("stray continuation") }
                message.append(contentsOf: frame.payload)
                if frame.fin { return finish(opcode, message) }
            case 0x1, 0x2:
                guard messageOpcode == nil else { throw WebSocketClientError.protocolError("interleaved message") }
                if frame.fin { return finish(frame.opcode, frame.payload) }
                messageOpcode = frame.opcode
                message = frame.payload
            default:
                throw WebSocketClientError.protocolError("opcode \(frame.opcode)")
            }
        }
    }

    /// The next message, which must be text.
    public func receiveText(timeout: Double = 5) throws -> String {
        guard case .text(let text) = try receive(timeout: timeout) else { throw WebSocketClientError.notText }
        return text
    }

    /// Sends a close frame (if none was sent yet), waits briefly for the peer's, then closes the socket.
    public func close(code: UInt16 = 1000, reason: String = "") {
        if !closeSent && socket.fd >= 0 {
            closeSent = true
            var payload = [UInt8(code >> 8), UInt8(code & 0xFF)]
            payload.append(contentsOf: reason.utf8.prefix(123))
            if (try? send(rawFrame: 0x8, payload: payload)) != nil {
                let deadline = TCPSocket.now() + 1
                while TCPSocket.now() < deadline {
                    guard let frame = try? readFrame(deadline: deadline) else { break }
                    if frame.opcode == 0x8 { break }
                }
            }
        }
        socket.close()
    }

    private func finish(_ opcode: UInt8, _ payload: [UInt8]) -> WebSocketMessage {
        opcode == 0x1 ? .text(String(decoding: payload, as: UTF8.self)) : .binary(payload)
    }

    private func readFrame(deadline: Double) throws -> (fin: Bool, opcode: UInt8, payload: [UInt8]) {
        let head = try socket.read(2, deadline: deadline)
        let fin = head[0] & 0x80 != 0
        let opcode = head[0] & 0x0F
        let masked = head[1] & 0x80 != 0
        var length = Int(head[1] & 0x7F)
        if length == 126 {
            let extended = try socket.read(2, deadline: deadline)
            length = Int(extended[0]) << 8 | Int(extended[1])
        } else if length == 127 {
            let extended = try socket.read(8, deadline: deadline)
            length = extended.reduce(0) { $0 << 8 | Int($1) }
        }
        let mask = masked ? try socket.read(4, deadline: deadline) : []
        var payload = length > 0 ? try socket.read(length, deadline: deadline) : []
        if masked {
            for index in payload.indices { payload[index] ^= mask[index & 3] }
        }
        return (fin, opcode, payload)
    }
}

/// Cheap PRNG for mask keys (masking needs unpredictability only against proxies, not secrecy).
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
