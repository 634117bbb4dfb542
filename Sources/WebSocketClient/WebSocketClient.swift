/// A small blocking WebSocket client over POSIX sockets (tests and `rehearse bench`).
public final class WebSocketClient {
}
