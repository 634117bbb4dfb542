/// Everything a server needs to listen, serve static files and enforce its limits.
public struct WebSocketServerConfiguration: Sendable {
    public var host: String = "127.0.0.1"
    /// 0 picks a free port; read `WebSocketServer.port` after `start()`.
    public var port: Int = 8080
    /// Absolute, symlink-free folder served at `/` (nil: no static files).
    public var webRoot: String? = nil
    public var webSocketPath: String = "/ws"
    public var subprotocol: String = "rehearse.v1"
    public var maxMessageBytes: Int = 64 * 1024
    public var maxConnections: Int = 4096
    public var maxConnectionsPerAddress: Int? = 64
    /// Queued outgoing bytes per connection before it is closed as too slow.
    public var outboxLimitBytes: Int = 1 << 20
    /// Messages of one connection waiting for the handler before the server stops reading from
    /// it (TCP flow control; reading resumes when the handler has caught up to half of this).
    public var maxMessagesInFlight: Int = 64
    /// Extra allowed Origins besides the server's own address (e.g. "https://oefenen.example.nl").
    public var allowedOrigins: [String] = []
    /// Use X-Forwarded-For's last hop as the client address (only behind a trusted proxy).
    public var trustProxy: Bool = false
    public var pingAfterSeconds: Int = 60
    public var hangupAfterSeconds: Int = 90
    public var maxHeaderBytes: Int = 4096
    public var handshakeTimeoutSeconds: Int = 10
    public var tlsCertificatePath: String? = nil
    public var tlsPrivateKeyPath: String? = nil
    /// Where `start()` expects lws's libev glue. lws itself always loads it from its install
    /// folder; the path is a setting only so that a test can point it at a missing file.
    package var eventLibraryPath: String = WebSocketServerConfiguration.installedEventLibrary

    public init() {}
}
