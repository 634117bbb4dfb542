import Transcript
import WebSocketServer

/// A session held in memory: its value state, its transcript file and who is connected to it.
/// Confined to the handler thread.
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
    /// Encoded transcript entries of the conversation, for resume and observers. Kept here rather
    /// than in the session value so that trying a turn on a copy never copies the whole history.
    var history: [[UInt8]] = []

    init(core: RehearsalSession, token: String, joinCode: String?, writer: TranscriptWriter, now: Double) {
        self.core = core
        self.token = token
        self.joinCode = joinCode
        self.writer = writer
        self.lastActivity = now
    }

    /// The conversation so far as one JSON array of transcript entries.
    var historyJSON: [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        for (index, entry) in history.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: entry)
        }
        bytes.append(UInt8(ascii: "]"))
        return bytes
    }

    var watchers: [ConnectionID] {
        var all = Array(observers)
        if let player { all.append(player) }
        return all
    }
}
