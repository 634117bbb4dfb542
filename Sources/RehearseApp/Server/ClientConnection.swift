import WebSocketServer

/// What the server knows about one open connection. Confined to the handler thread.
final class ClientConnection {
    enum Role: Equatable {
        case idle
        case learner(session: String)
        case observer(session: String)
        case player(session: String)
    }

    let info: ConnectionInfo
    var role: Role = .idle
    var name: String?
    var bucket: TokenBucket

    init(info: ConnectionInfo, limits: RateLimits, now: Double) {
        self.info = info
        self.bucket = TokenBucket(burst: limits.connectionBurst, perSecond: limits.connectionPerSecond, now: now)
    }

    var sessionID: String? {
        switch role {
        case .idle: return nil
        case .learner(let id), .observer(let id), .player(let id): return id
        }
    }
}
