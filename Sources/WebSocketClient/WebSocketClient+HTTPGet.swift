extension WebSocketClient {
    /// A plain HTTP/1.1 GET (`Connection: close`) with the path sent exactly as given,
    /// so tests can try `/../` and friends. Header names in the result are lower-cased.
    public static func httpGet(
        host: String, port: Int, path: String, headers: [String: String] = [:], timeout: Double = 5
    ) throws -> (status: Int, headers: [String: String], body: [UInt8]) {
        let deadline = TCPSocket.now() + timeout
        let socket = try TCPSocket(host: host, port: port, timeout: timeout)
        defer { socket.close() }
        var request = "GET \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        request += "\r\n"
        try socket.write(Array(request.utf8))
        guard let headBytes = try socket.readHead(deadline: deadline) else {
            throw WebSocketClientError.connectionClosed
        }
        let head = HTTPHead.parse(headBytes)
        var body: [UInt8]
        if let length = head.headers["content-length"].flatMap({ Int($0) }) {
            body = length > 0 ? try socket.read(length, deadline: deadline) : []
        } else {
            body = try socket.readToEnd(deadline: deadline)
        }
        if head.headers["transfer-encoding"]?.lowercased() == "chunked" {
            body = dechunk(body)
        }
        return (head.status, head.headers, body)
    }

    private static func dechunk(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            var lineEnd = index
            while lineEnd + 1 < bytes.count && !(bytes[lineEnd] == 13 && bytes[lineEnd + 1] == 10) { lineEnd += 1 }
            let sizeText = String(decoding: bytes[index..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(), radix: 16), size > 0 else { break }
            let start = lineEnd + 2
            guard start + size <= bytes.count else { break }
            out.append(contentsOf: bytes[start..<start + size])
            index = start + size + 2
        }
        return out
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
