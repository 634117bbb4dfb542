import WebSocketServer

/// Everything `rehearse serve` sets: where things are, who may do what, and the limits.
public struct RehearseConfiguration: Sendable {
    public var server = WebSocketServerConfiguration()
    public var dialoguesFolder = "Dialogues"
    public var transcriptsFolder = "transcripts"
    /// Opens every live session and the transcripts; nil disables trainer access.
    public var trainerToken: String? = nil
    /// This server's name among several behind one proxy: every session id it creates starts
    /// with `NAME-` ([a-z0-9], see `Secrets.isValidInstanceName`); nil for a lone server.
    public var instance: String? = nil
    public var rateLimits = RateLimits()
    /// The longest learner line, in characters.
    public var maxLineCharacters = 2000
    /// Seconds between checks of `Dialogues/` for edits.
    public var reloadInterval: Double = 1
    /// Seconds between fsyncs of transcripts that were written to.
    public var syncInterval: Double = 1
    /// A session nobody is connected to is dropped from memory after this many seconds
    /// (it can still be resumed from its transcript).
    public var idleSessionSeconds: Double = 1800
    /// At most this many such sessions stay in memory, the least recently used dropped first: each
    /// holds its transcript file open, and a script that starts and drops sessions must not run
    /// the server out of file descriptors.
    public var maxIdleSessions = 256

    public init() {}
}
