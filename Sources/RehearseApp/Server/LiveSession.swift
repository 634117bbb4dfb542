import Transcript
import WebSocketServer

/// A session held in memory: its value state, its transcript file and who is connected to it.
/// Confined to the service thread.
final class LiveSession {
    var core: RehearsalSession
    let token: String
    /// Read out to colleagues; nil once the session has ended.
    var joinCode: String?
    let writer: TranscriptWriter
    var learner: ConnectionID?
    var observers: Set<ConnectionID> = []
    var player: ConnectionID?
    var playerName: String?
    var lastActivity: Double

    init(core: RehearsalSession, token: String, joinCode: String?, writer: TranscriptWriter, now: Double) {
        self.core = core
        self.token = token
        self.joinCode = joinCode
        self.writer = writer
        self.lastActivity = now
    }

    var watchers: [ConnectionID] {
        var all = Array(observers)
        if let player { all.append(player) }
        return all
    }
}
