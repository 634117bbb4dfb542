import CLibwebsockets

/// The Swift face of libwebsockets (placeholder until the server lands).
public final class WebSocketServer: @unchecked Sendable {
    public let configuration: WebSocketServerConfiguration
    public init(configuration: WebSocketServerConfiguration, handler: WebSocketHandler) {
        self.configuration = configuration
    }
}
