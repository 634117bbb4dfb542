/// Receives a server's connection events. Every method is called on the server's handler thread,
/// one at a time, so an implementation may keep its state confined to that thread.
public protocol WebSocketHandler: AnyObject {
    func connectionOpened(_ connection: ConnectionInfo, on server: WebSocketServer)
    /// A whole text message (fragments reassembled, UTF-8 already validated).
    func connection(_ id: ConnectionID, received message: [UInt8], on server: WebSocketServer)
    func connectionClosed(_ id: ConnectionID, on server: WebSocketServer)
}
