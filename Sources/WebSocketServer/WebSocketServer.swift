import CLibwebsockets
import Dispatch
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// The Swift face of libwebsockets: one WebSocket endpoint plus static files on one port.
///
/// Design: lws runs on one dedicated service thread (`start()` creates the context there and
/// `shutdown()` destroys it there), on a libev loop with epoll that the thread runs one
/// iteration at a time: lws's default poll(2) loop walks every open connection on each
/// wake-up, so idle connections would slow down the active ones. All connection state
/// (`connections`, outboxes, reassembly buffers) lives on that thread and is touched without
/// locks. The handler runs on a second thread (`HandlerThread`), so its work overlaps the I/O
/// of other connections: the service thread posts connection events to it in order. Other
/// threads never call lws except `lws_cancel_service`: they push commands (send, close) into a
/// locked queue that the service thread drains in `LWS_CALLBACK_EVENT_WAIT_CANCELLED`; the
/// handler thread collects the commands of a few events and pushes them together. Each outgoing
/// frame is stored once with `CLWS_PRE` headroom; the frames queued for a connection leave
/// together in one `lws_write` (`Frame.batch`): right after the drain that brought them when
/// lws holds nothing unsent for the connection, otherwise in `SERVER_WRITEABLE`.
///
/// Static files are served from LWS_CALLBACK_HTTP by `StaticFiles`, not by an lws mount, so that
/// symlinks leaving the root and dotfiles are refused. The WebSocket is accepted only at
/// `webSocketPath`, after the Origin and connection-limit checks in FILTER_PROTOCOL_CONNECTION.
///
/// A server starts once: after `shutdown()` make a new one. It keeps a strong reference to its handler.
public final class WebSocketServer: @unchecked Sendable {
    public let configuration: WebSocketServerConfiguration
    /// The port actually listened on (differs from the configuration when it asked for 0).
    public private(set) var port: Int

    let handler: WebSocketHandler

    // MARK: Shared between threads (under `shared`'s lock)

    enum Phase { case idle, starting, running, stopped }

    enum Command: Sendable {
        case send(UInt64, [UInt8])
        case close(UInt64, UInt16, String)
        case resumeReading(UInt64)
        case shutdown(Double)
    }

    struct ContextRef: @unchecked Sendable { let pointer: OpaquePointer }

    struct Shared {
        var phase: Phase = .idle
        var context: ContextRef?
        var queue: [Command] = []
        var shutdownRequested = false
        var startError: WebSocketServerError?
    }

    let shared = Locked(Shared())
    /// Entered by `start()`, left when the service thread has destroyed the context and the
    /// handler thread has handled every event (the last ones close the remaining connections).
    let stoppedGroup = DispatchGroup()
    let handlerThread = HandlerThread()
    /// Commands made while the handler thread handles one event; pushed together after it.
    var handlerCommands: [Command] = []
    var handledSinceFlush = 0
    /// Written before `start()` returns; read by `isOnServiceThread`.
    var serviceThreadID: pthread_t?

    // MARK: Service-thread state (no locks)

    var connections: [UInt64: Connection] = [:]
    var addressCounts: [String: Int] = [:]
    var lastConnectionID: UInt64 = 0
    var stopping = false
    var destroying = false
    var shutdownDeadline: UInt64 = 0
    var pendingHandshake: PendingHandshake?
    var spareBatch: [Command] = []
    /// Connections that got frames in a drain, written after it (kept for its capacity).
    var spareWoken: [Connection] = []
    var headerBuffer: [CChar]
    var originPolicy: OriginPolicy
    var staticFiles: StaticFiles?
    let logger = wsLogger

    public init(configuration: WebSocketServerConfiguration, handler: WebSocketHandler) {
        self.configuration = configuration
        self.handler = handler
        self.port = configuration.port
        self.headerBuffer = [CChar](repeating: 0, count: max(configuration.maxHeaderBytes, 1024) + 1)
        self.originPolicy = OriginPolicy(
            listenHost: configuration.host, port: configuration.port,
            tls: configuration.usesTLS, trustProxy: configuration.trustProxy,
            allowedOrigins: configuration.allowedOrigins)
    }

    /// Only `start()` changes the port (kept here because the setter is private to this file).
    func recordListeningPort(_ value: Int) { port = value }

    var isOnHandlerThread: Bool { handlerThread.isCurrent }

    var isOnServiceThread: Bool {
        guard let serviceThreadID else { return false }
        return pthread_equal(pthread_self(), serviceThreadID) != 0
    }

    /// Blocks until the service thread has ended (returns at once if never started).
    public func waitUntilStopped() {
        stoppedGroup.wait()
    }
}

extension WebSocketServerConfiguration {
    var usesTLS: Bool { tlsCertificatePath != nil && tlsPrivateKeyPath != nil }
}

/// What FILTER_PROTOCOL_CONNECTION learned, consumed by ESTABLISHED (headers are gone by then
/// in some paths, and both run in the same service-thread call).
struct PendingHandshake {
    let wsi: OpaquePointer
    let address: String
    let origin: String?
    let subprotocol: String?
}
