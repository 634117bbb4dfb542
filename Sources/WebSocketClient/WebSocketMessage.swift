/// One message received by `WebSocketClient` (fragments already joined).
public enum WebSocketMessage: Equatable, Sendable {
    case text(String)
    case binary([UInt8])
    /// The peer's close frame (code 1005 when it carried none, 1006 when the TCP connection ended without one).
    case close(code: UInt16, reason: String)
}

/// Why a client call failed.
public enum WebSocketClientError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownHost(String)
    case connectFailed(errno: Int32)
    /// The server answered the upgrade with another status (0: it closed without answering).
    case handshakeRefused(status: Int)
    case badHandshake(String)
    case timeout
    case connectionClosed
    case io(errno: Int32)
    case protocolError(String)
    case notText

    public var description: String {
        switch self {
        case .unknownHost(let host): return "unknown host \(host)"
        case .connectFailed(let code): return "connect failed (errno \(code))"
        case .handshakeRefused(let status): return "handshake refused with HTTP status \(status)"
        case .badHandshake(let why): return "bad handshake: \(why)"
        case .timeout: return "timed out"
        case .connectionClosed: return "connection closed"
        case .io(let code): return "I/O error (errno \(code))"
        case .protocolError(let why): return "protocol error: \(why)"
        case .notText: return "expected a text message"
        }
    }
}
