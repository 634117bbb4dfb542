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
        let count = payload.count
        let lengthBytes = count < 126 ? 0 : (count <= 0xFFFF ? 2 : 8)
        let headerSize = 2 + lengthBytes + 4
        let mask = UInt32(truncatingIfNeeded: random.next())
        let maskBytes = (UInt8(mask >> 24), UInt8((mask >> 16) & 0xFF), UInt8((mask >> 8) & 0xFF), UInt8(mask & 0xFF))
        let frame = [UInt8](unsafeUninitializedCapacity: headerSize + count) { out, initialized in
            out[0] = (fin ? 0x80 : 0) | (opcode & 0x0F)
            if lengthBytes == 0 {
                out[1] = 0x80 | UInt8(count)
            } else if lengthBytes == 2 {
                out[1] = 0x80 | 126
                out[2] = UInt8(count >> 8)
                out[3] = UInt8(count & 0xFF)
            } else {
                out[1] = 0x80 | 127
                for index in 0..<8 { out[2 + index] = UInt8((count >> (56 - 8 * index)) & 0xFF) }
            }
            let m = 2 + lengthBytes
            out[m] = maskBytes.0
            out[m + 1] = maskBytes.1
            out[m + 2] = maskBytes.2
            out[m + 3] = maskBytes.3
            payload.withUnsafeBufferPointer { input in
                var index = 0
                while index < count {
                    let key: UInt8
                    switch index & 3 {
                    case 0: key = maskBytes.0
                    case 1: key = maskBytes.1
                    case 2: key = maskBytes.2
                    default: key = maskBytes.3
                    }
                    out[headerSize + index] = input[index] ^ key
                    index += 1
                }
            }
            initialized = headerSize + count
        }
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
        try socket.ensure(2, deadline: deadline)
        let b0 = socket.peek(0)
        let b1 = socket.peek(1)
        let masked = b1 & 0x80 != 0
        var length = Int(b1 & 0x7F)
        var headerSize = 2
        if length == 126 {
            headerSize += 2
            try socket.ensure(headerSize, deadline: deadline)
            length = Int(socket.peek(2)) << 8 | Int(socket.peek(3))
        } else if length == 127 {
            headerSize += 8
            try socket.ensure(headerSize, deadline: deadline)
            length = (2..<10).reduce(0) { $0 << 8 | Int(socket.peek($1)) }
            guard length >= 0, length < 1 << 31 else { throw WebSocketClientError.protocolError("frame too long") }
        }
        let maskOffset = headerSize
        if masked { headerSize += 4 }
        try socket.ensure(headerSize + length, deadline: deadline)
        let mask = masked ? [socket.peek(maskOffset), socket.peek(maskOffset + 1), socket.peek(maskOffset + 2), socket.peek(maskOffset + 3)] : []
        var payload = socket.take(from: headerSize, count: length)
        if masked {
            for index in payload.indices { payload[index] ^= mask[index & 3] }
        }
        return (b0 & 0x80 != 0, b0 & 0x0F, payload)
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
