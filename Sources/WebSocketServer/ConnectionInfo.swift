/// What is known about a connection when its WebSocket handshake completes.
public struct ConnectionInfo: Sendable {
    public let id: ConnectionID
    /// The client address used for per-address limits: the TCP peer, or the forwarded
    /// client address when the server trusts a reverse proxy.
    public let clientAddress: String
    public let origin: String?
    public let subprotocol: String?

    public init(id: ConnectionID, clientAddress: String, origin: String?, subprotocol: String?) {
        self.id = id
        self.clientAddress = clientAddress
        self.origin = origin
        self.subprotocol = subprotocol
    }
}
