import Glibc

/// One load connection: a non-blocking socket after a blocking handshake, with just enough
/// RFC 6455 to send masked text frames and find the closing frame of each turn.
final class BenchConnection {
    let fd: Int32
    var turnsDone = 0
    var sentAt: UInt64 = 0
    var started = false
    var finished = false
    private var buffer: [UInt8] = []
    private var readOffset = 0

    /// Every text frame closes a turn (for measuring a plain echo server with the same client).
    var echo = false

    init(host: String, port: Int, path: String, subprotocol: String?) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw BenchError.system("socket", errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, host == "localhost" ? "127.0.0.1" : host, &address.sin_addr)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            let code = errno
            close(fd)
            throw BenchError.system("connect", code)
        }
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var request = "GET \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        request += "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
        if let subprotocol { request += "Sec-WebSocket-Protocol: \(subprotocol)\r\n" }
        request += "\r\n"
        try writeAll(Array(request.utf8))
        // Read the 101 response up to the blank line; anything after it is a first frame.
        var response: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(fd, &chunk, chunk.count)
            guard count > 0 else {
                close(fd)
                throw BenchError.handshake("connection closed during handshake")
            }
            response.append(contentsOf: chunk[0..<count])
            if let end = Self.headerEnd(response) {
                let head = String(decoding: response[0..<end], as: UTF8.self)
                guard head.hasPrefix("HTTP/1.1 101") else {
                    close(fd)
                    throw BenchError.handshake(head.split(separator: "\r\n").first.map(String.init) ?? head)
                }
                buffer.append(contentsOf: response[(end + 4)...])
                break
            }
        }
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
    }

    private static func headerEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4) where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return index
        }
        return nil
    }

    /// Sends one masked text frame (a fixed mask is allowed by the RFC and costs nothing here).
    func sendText(_ payload: [UInt8]) throws {
        var frame: [UInt8] = [0x81]
        let mask: [UInt8] = [0x12, 0x34, 0x56, 0x78]
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
        frame.append(contentsOf: mask)
        for (index, byte) in payload.enumerated() { frame.append(byte ^ mask[index & 3]) }
        try writeAll(frame)
    }

    private func writeAll(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EAGAIN || errno == EINTR { continue }
                throw BenchError.system("write", errno)
            }
            offset += count
        }
    }

    /// Reads what is available and returns how many closing frames (`your-turn`, `ended`,
    /// `error`) arrived; nil when the server closed the connection.
    func readClosingFrames() -> Int? {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        var closings = 0
        while true {
            let count = read(fd, &chunk, chunk.count)
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<count])
                continue
            }
            if count == 0 { return nil }
            if errno == EINTR { continue }
            break
        }
        while let frame = nextFrame() {
            if frame.opcode == 0x8 { return nil }
            if frame.opcode == 0x1, echo || Self.isClosing(frame.payload) { closings += 1 }
        }
        if readOffset > 64 * 1024 || readOffset == buffer.count {
            buffer.removeFirst(readOffset)
            readOffset = 0
        }
        return closings
    }

    private func nextFrame() -> (opcode: UInt8, payload: ArraySlice<UInt8>)? {
        let available = buffer.count - readOffset
        guard available >= 2 else { return nil }
        let opcode = buffer[readOffset] & 0x0F
        var length = Int(buffer[readOffset + 1] & 0x7F)
        var header = 2
        if length == 126 {
            guard available >= 4 else { return nil }
            length = Int(buffer[readOffset + 2]) << 8 | Int(buffer[readOffset + 3])
            header = 4
        } else if length == 127 {
            guard available >= 10 else { return nil }
            length = 0
            for index in 0..<8 { length = length << 8 | Int(buffer[readOffset + 2 + index]) }
            header = 10
        }
        guard available >= header + length else { return nil }
        let start = readOffset + header
        readOffset = start + length
        return (opcode, buffer[start..<(start + length)])
    }

    private static let markers: [[UInt8]] = [Array("\"your-turn\"".utf8), Array("\"ended\"".utf8), Array("\"type\":\"error\"".utf8)]

    /// Our server writes `type` first, so the marker sits in the first bytes of the frame.
    private static func isClosing(_ payload: ArraySlice<UInt8>) -> Bool {
        let head = payload.prefix(32)
        for marker in markers where head.count >= marker.count {
            var index = head.startIndex
            while index + marker.count <= head.endIndex {
                if head[index..<(index + marker.count)].elementsEqual(marker) { return true }
                index += 1
            }
        }
        return false
    }

    deinit {
        close(fd)
    }
}

enum BenchError: Error, CustomStringConvertible {
    case system(String, Int32)
    case handshake(String)

    var description: String {
        switch self {
        case .system(let call, let code): return "\(call): \(String(cString: strerror(code)))"
        case .handshake(let status): return "handshake refused: \(status)"
        }
    }
}
