import Coach
import Dialogue
import Dispatch
import Foundation
import Logging
import Transcript
import WebSocketServer

/// The rehearsal server: takes frames from the WebSocket server, runs sessions, writes
/// transcripts and answers. All session state is confined to the WebSocket server's handler thread;
/// only trainer reads of transcript files run elsewhere.
public final class RehearseService: WebSocketHandler, @unchecked Sendable {
    public let configuration: RehearseConfiguration
    let logger: Logger
    let registry: DialogueRegistry
    let store: TranscriptStore
    let syncer: TranscriptSyncer
    let coach: Coach
    private(set) var server: WebSocketServer!
    let trainerQueue = DispatchQueue(label: "rehearse.trainer")

    var connections: [ConnectionID: ClientConnection] = [:]
    var sessions: [String: LiveSession] = [:]
    var sessionsByJoinCode: [String: String] = [:]
    var addressBuckets: [String: TokenBucket] = [:]
    var guessBuckets: [String: TokenBucket] = [:]
    private var housekeeping: DispatchSourceTimer?

    public init(configuration: RehearseConfiguration, logger: Logger = Logger(label: "rehearse")) throws {
        self.configuration = configuration
        self.logger = logger
        self.registry = DialogueRegistry(folder: configuration.dialoguesFolder, logger: logger)
        self.store = TranscriptStore(root: configuration.transcriptsFolder)
        self.syncer = TranscriptSyncer(interval: configuration.syncInterval)
        self.coach = Coach()
    }

    /// The port the server listens on (useful when the configuration asked for port 0).
    public var port: Int { server?.port ?? configuration.server.port }

    public func start() throws {
        let diagnostics = registry.reload()
        for diagnostic in diagnostics { logger.warning("\(diagnostic.description)") }
        logger.info("\(registry.all().count) oefengesprekken geladen uit \(configuration.dialoguesFolder)")
        registry.startWatching(interval: configuration.reloadInterval)
        let server = WebSocketServer(configuration: configuration.server, handler: self)
        self.server = server
        try server.start()
        startHousekeeping()
    }

    /// Closes every client with 1001, writes out every transcript and stops.
    public func shutdown() {
        housekeeping?.cancel()
        registry.stopWatching()
        server?.shutdown()
        syncer.syncAll()
    }

    public func waitUntilStopped() {
        server?.waitUntilStopped()
    }

    // MARK: - WebSocketHandler (handler thread)

    public func connectionOpened(_ connection: ConnectionInfo, on server: WebSocketServer) {
        connections[connection.id] = ClientConnection(info: connection, limits: configuration.rateLimits, now: Self.monotonicNow())
    }

    public func connection(_ id: ConnectionID, received message: [UInt8], on server: WebSocketServer) {
        guard let connection = connections[id] else { return }
        guard admit(connection) else {
            send(.error(.rateLimited), to: id)
            return
        }
        let frame: IncomingFrame
        do {
            frame = try IncomingFrame.decode(message)
        } catch {
            send(.error(error), to: id)
            return
        }
        handle(frame, from: connection)
    }

    public func connectionClosed(_ id: ConnectionID, on server: WebSocketServer) {
        guard let connection = connections.removeValue(forKey: id) else { return }
        detach(connection)
    }

    // MARK: - Dispatch

    private func handle(_ frame: IncomingFrame, from connection: ClientConnection) {
        switch frame {
        case .list: handleList(connection)
        case .start(let dialogue, let learner, let preview, let seed): handleStart(connection, dialogueID: dialogue, learner: learner, preview: preview, seed: seed)
        case .say(let text): handleSay(connection, text: text)
        case .choose(let option): handleChoose(connection, option: option)
        case .end: handleEnd(connection)
        case .reflect(let answers): handleReflect(connection, answers: answers)
        case .resume(let session, let token): handleResume(connection, sessionID: session, token: token)
        case .observe(let session, let join, let token, let name): handleObserve(connection, sessionID: session, join: join, token: token, name: name)
        case .tip(let text): handleTip(connection, text: text)
        case .play(let join): handlePlay(connection, join: join)
        case .transcripts(let token, let dialogue, let since): handleTranscripts(connection, token: token, dialogue: dialogue, since: since)
        case .transcript(let token, let id): handleTranscript(connection, token: token, id: id)
        case .annotate(let token, let id, let turn, let text): handleAnnotate(connection, token: token, id: id, turn: turn, text: text)
        }
    }

    // MARK: - Sending

    func send(_ frame: OutgoingFrame, to id: ConnectionID) {
        server.send(framed: frame.encoded(headroom: WebSocketServer.frameHeadroom), to: id)
    }

    /// Sends a step's frames to the learner (if connected) and mirrors the turn to observers.
    /// Frames are encoded once, with libwebsockets' headroom in front, so sending copies nothing.
    func deliver(_ step: SessionStep, in session: LiveSession) {
        let headroom = WebSocketServer.frameHeadroom
        let watchers = session.watchers
        var mirrored = watchers.isEmpty ? [] : step.mirrored
        for frame in step.frames {
            let framed = frame.encoded(headroom: headroom)
            if let learner = session.learner { server.send(framed: framed, to: learner) }
            if !watchers.isEmpty { mirrored.append(Array(framed[headroom...])) }
        }
        for frame in mirrored {
            let mirror = OutgoingFrame.mirror(frame: frame).encoded(headroom: headroom)
            for watcher in watchers { server.send(framed: mirror, to: watcher) }
        }
    }

    /// Writes a step's transcript lines; on failure the learner gets an error and the caller must
    /// not commit the step.
    func write(_ step: SessionStep, of session: LiveSession, answering connection: ClientConnection?) -> Bool {
        guard step.hasEntries else { return true }
        do {
            try session.writer.append(encodedLines: step.encodedEntries)
            if step.ended { try session.writer.sync() }
            step.appendConversation(to: &session.history)
            return true
        } catch {
            logger.critical("ALARM: transcript \(session.core.id) kon niet worden geschreven: \(error)")
            if let connection { send(.error(.transcriptFailed), to: connection.info.id) }
            return false
        }
    }

    // MARK: - Limits

    static func monotonicNow() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1_000_000_000
    }

    private func admit(_ connection: ClientConnection) -> Bool {
        let limits = configuration.rateLimits
        guard limits.enabled else { return true }
        let now = Self.monotonicNow()
        guard connection.bucket.take(now: now) else { return false }
        let address = connection.info.clientAddress
        var bucket = addressBuckets[address] ?? TokenBucket(burst: limits.addressBurst, perSecond: limits.addressPerSecond, now: now)
        let admitted = bucket.take(now: now)
        addressBuckets[address] = bucket
        return admitted
    }

    /// Counts a wrong join code or token against the sender's address; false once it must wait.
    /// Not lifted by `enabled = false` (`--unlimited`): load tests never guess, attackers do.
    func admitGuess(_ connection: ClientConnection) -> Bool {
        let limits = configuration.rateLimits
        let now = Self.monotonicNow()
        let address = connection.info.clientAddress
        var bucket = guessBuckets[address] ?? TokenBucket(burst: limits.guessesPerMinute, perSecond: Double(limits.guessesPerMinute) / 60, now: now)
        let admitted = bucket.take(now: now)
        guessBuckets[address] = bucket
        return admitted
    }

    func isTrainer(_ token: String?) -> Bool {
        guard let expected = configuration.trainerToken, !expected.isEmpty, let token else { return false }
        return Secrets.constantTimeEquals(token, expected)
    }

    // MARK: - Housekeeping

    private func startHousekeeping() {
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "rehearse.housekeeping"))
        timer.schedule(deadline: .now() + 30, repeating: 30)
        timer.setEventHandler { [weak self] in
            guard let self else { return }
            self.server.execute { self.evictIdleSessions() }
        }
        timer.resume()
        housekeeping = timer
    }

    /// Drops sessions nobody is connected to after a while (their transcripts stay resumable),
    /// and forgets rate-limit buckets that are full again.
    func evictIdleSessions() {
        let now = Self.monotonicNow()
        for (id, session) in sessions where session.learner == nil && session.watchers.isEmpty
            && now - session.lastActivity > configuration.idleSessionSeconds {
            release(session)
            sessions[id] = nil
        }
        if addressBuckets.count > 10_000 { addressBuckets.removeAll() }
        if guessBuckets.count > 10_000 { guessBuckets.removeAll() }
    }

    /// Keeps at most `maxIdleSessions` sessions nobody is connected to; the least recently
    /// active go first and stay resumable from their transcripts.
    func evictIdleSessionsOverCap() {
        let idle = sessions.values.filter { $0.learner == nil && $0.watchers.isEmpty }
        let excess = idle.count - max(0, configuration.maxIdleSessions)
        guard excess > 0 else { return }
        for session in idle.sorted(by: { $0.lastActivity < $1.lastActivity }).prefix(excess) {
            release(session)
            sessions[session.core.id] = nil
        }
    }

    func release(_ session: LiveSession) {
        if let code = session.joinCode { sessionsByJoinCode[code] = nil }
        session.joinCode = nil
        syncer.unregister(session.writer)
        session.writer.close()
    }

    private func detach(_ connection: ClientConnection) {
        guard let id = connection.sessionID, let session = sessions[id] else { return }
        switch connection.role {
        case .learner:
            if session.learner == connection.info.id { session.learner = nil }
        case .observer:
            session.observers.remove(connection.info.id)
        case .player:
            if session.player == connection.info.id { playerLeft(session) }
        case .idle:
            break
        }
        session.lastActivity = Self.monotonicNow()
        evictIdleSessionsOverCap()
    }
}
