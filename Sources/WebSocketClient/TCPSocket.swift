#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A blocking TCP connection with deadline-based reads and a small read buffer.
final class TCPSocket {
    private(set) var fd: Int32
    private var buffer: [UInt8] = []
    private var bufferStart = 0
    private var chunk = [UInt8](repeating: 0, count: 65_536)

    init(host: String, port: Int, timeout: Double) throws {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &result) == 0, let first = result else {
            throw WebSocketClientError.unknownHost(host)
        }
        defer { freeaddrinfo(result) }
        var lastError: Int32 = 0
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        fd = -1
        while let entry = cursor {
            cursor = entry.pointee.ai_next
            let candidate = socket(entry.pointee.ai_family, entry.pointee.ai_socktype, entry.pointee.ai_protocol)
            if candidate < 0 { lastError = errno; continue }
            if TCPSocket.connect(candidate, entry.pointee.ai_addr, entry.pointee.ai_addrlen, timeout: timeout) {
                fd = candidate
                break
            }
            lastError = errno
            Glibc.close(candidate)
        }
        guard fd >= 0 else { throw WebSocketClientError.connectFailed(errno: lastError) }
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    }

    private static func connect(_ fd: Int32, _ address: UnsafePointer<sockaddr>, _ length: socklen_t, timeout: Double) -> Bool {
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
        defer { _ = fcntl(fd, F_SETFL, flags) }
        if Glibc.connect(fd, address, length) == 0 { return true }
        guard errno == EINPROGRESS else { return false }
        var pfd = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
        guard poll(&pfd, 1, Int32(max(0, timeout) * 1000)) == 1 else { errno = ETIMEDOUT; return false }
        var error: Int32 = 0
        var size = socklen_t(MemoryLayout<Int32>.size)
        getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size)
        if error != 0 { errno = error; return false }
        return true
    }

    deinit { close() }

    func close() {
        if fd >= 0 {
            Glibc.close(fd)
            fd = -1
        }
    }

    func write(_ bytes: [UInt8]) throws {
        guard fd >= 0 else { throw WebSocketClientError.connectionClosed }
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if n < 0 {
                    if errno == EINTR { continue }
                    if errno == EPIPE || errno == ECONNRESET { throw WebSocketClientError.connectionClosed }
                    throw WebSocketClientError.io(errno: errno)
                }
                offset += n
            }
        }
    }

    var buffered: Int { buffer.count - bufferStart }

    /// Reads at least once more into the buffer; false on orderly EOF.
    private func fill(deadline: Double) throws -> Bool {
        guard fd >= 0 else { throw WebSocketClientError.connectionClosed }
        while true {
            let remaining = deadline - TCPSocket.now()
            if remaining <= 0 { throw WebSocketClientError.timeout }
            var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&pfd, 1, Int32(min(remaining * 1000 + 1, 1_000_000)))
            if ready < 0 {
                if errno == EINTR { continue }
                throw WebSocketClientError.io(errno: errno)
            }
            if ready == 0 { continue }
            let count = chunk.count
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, count, 0) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                if errno == ECONNRESET { return false }
                throw WebSocketClientError.io(errno: errno)
            }
            if n == 0 { return false }
            if bufferStart > 0 && bufferStart == buffer.count {
                buffer.removeAll(keepingCapacity: true)
                bufferStart = 0
            } else if bufferStart > 65_536 {
                buffer.removeFirst(bufferStart)
                bufferStart = 0
            }
            buffer.append(contentsOf: chunk[0..<n])
            return true
        }
    }

    /// Exactly `count` bytes, or `connectionClosed` at EOF.
    func read(_ count: Int, deadline: Double) throws -> [UInt8] {
        try ensure(count, deadline: deadline)
        let bytes = Array(buffer[bufferStart..<bufferStart + count])
        bufferStart += count
        return bytes
    }

    /// Waits until at least `count` bytes are buffered.
    func ensure(_ count: Int, deadline: Double) throws {
        while buffered < count {
            guard try fill(deadline: deadline) else { throw WebSocketClientError.connectionClosed }
        }
    }

    /// A buffered byte at `offset` from the read position (after `ensure`).
    func peek(_ offset: Int) -> UInt8 {
        buffer[bufferStart + offset]
    }

    /// Copies `count` buffered bytes starting at `offset`, then drops everything up to their end.
    func take(from offset: Int, count: Int) -> [UInt8] {
        let start = bufferStart + offset
        let bytes = count > 0 ? Array(buffer[start..<start + count]) : []
        bufferStart = start + count
        return bytes
    }

    /// Bytes up to and including the first CRLFCRLF (HTTP head).
    func readHead(deadline: Double, limit: Int = 65_536) throws -> [UInt8]? {
        var searchFrom = bufferStart
        while true {
            if buffered >= 4 {
                var index = max(searchFrom, bufferStart)
                while index + 3 < buffer.count {
                    if buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
                        let head = Array(buffer[bufferStart..<index + 4])
                        bufferStart = index + 4
                        return head
                    }
                    index += 1
                }
                searchFrom = max(bufferStart, buffer.count - 3)
            }
            if buffered > limit { throw WebSocketClientError.badHandshake("response head too long") }
            guard try fill(deadline: deadline) else { return nil }
        }
    }

    /// Everything until EOF (for `Connection: close` responses).
    func readToEnd(deadline: Double) throws -> [UInt8] {
        while try fill(deadline: deadline) {}
        let bytes = Array(buffer[bufferStart...])
        bufferStart = buffer.count
        return bytes
    }

    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
