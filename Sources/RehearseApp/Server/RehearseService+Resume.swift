import Dialogue
import Foundation
import Transcript
import WebSocketServer

/// A learner whose connection dropped continues where it stopped — also after a restart, when
/// the session is rebuilt from its transcript and the dialogue version it ran.
extension RehearseService {
    func handleResume(_ connection: ClientConnection, sessionID: String, token: String) {
        let session: LiveSession
        if let live = sessions[sessionID], live.learner == nil, live.writer.wasAppendedElsewhere {
            // Another instance continued this session while we were cut off (see docs/deployment.md):
            // our copy is stale, so forget it and rebuild from the transcript everyone shares.
            logger.warning("sessie \(sessionID) is elders voortgezet; de kopie in het geheugen wordt vervangen")
            release(live)
            sessions[sessionID] = nil
        }
        if let live = sessions[sessionID] {
            guard Secrets.constantTimeEquals(live.token, token) else { return refuseGuess(connection) }
            session = live
        } else {
            switch rebuild(sessionID: sessionID, token: token) {
            case .success(let rebuilt):
                session = rebuilt
                sessions[sessionID] = rebuilt
                if let code = rebuilt.joinCode { sessionsByJoinCode[code] = sessionID }
                syncer.register(rebuilt.writer)
                logger.info("sessie \(sessionID) hersteld uit het verslag")
            case .failure(let error):
                if error == .badToken { return refuseGuess(connection) }
                return send(.error(error), to: connection.info.id)
            }
        }
        leaveCurrentRole(connection)
        if let previous = session.learner, previous != connection.info.id {
            // The learner came back on a new connection; the old one no longer speaks for them.
            connections[previous]?.role = .idle
        }
        session.learner = connection.info.id
        session.lastActivity = RehearseService.monotonicNow()
        connection.role = .learner(session: sessionID)
        let core = session.core
        send(.started(.init(session: sessionID, token: token, join: session.joinCode, dialogue: core.header,
                            resumed: true, preview: core.preview, turns: session.historyJSON)), to: connection.info.id)
        send(core.closingFrame(), to: connection.info.id)
    }

    private func refuseGuess(_ connection: ClientConnection) {
        send(.error(admitGuess(connection) ? .badToken : .rateLimited), to: connection.info.id)
    }

    private func rebuild(sessionID: String, token: String) -> Result<LiveSession, ProtocolError> {
        guard let path = store.path(forSession: sessionID) else { return .failure(.unknownSession) }
        let file: TranscriptFile
        do {
            file = try TranscriptReader.read(path: path)
        } catch {
            logger.error("verslag \(sessionID) onleesbaar: \(error)")
            return .failure(.unknownSession)
        }
        guard let header = file.header else { return .failure(.unknownSession) }
        guard let tokenHash = header.tokenHash, Secrets.constantTimeEquals(tokenHash, Secrets.hash(token)) else {
            return .failure(.badToken)
        }
        guard let dialogue = dialogueVersion(hash: header.hash, id: header.dialogue) else {
            logger.error("sessie \(sessionID): versie \(header.hash) van \(header.dialogue) is niet meer te vinden")
            return .failure(.unknownDialogue(header.dialogue))
        }
        var core = RehearsalSession(id: sessionID, dialogue: dialogue, seed: header.seed, learner: header.learner, preview: header.preview)
        core.replayOpening()
        for entry in file.entries { core.replay(entry) }
        do {
            let writer = try TranscriptWriter(root: configuration.transcriptsFolder, session: sessionID, date: header.at)
            let joinCode = core.isEnded ? nil : uniqueJoinCode()
            let session = LiveSession(core: core, token: token, joinCode: joinCode, writer: writer, now: RehearseService.monotonicNow())
            session.history = file.entries.filter(\.isConversation).map { $0.encoded() }
            return .success(session)
        } catch {
            logger.critical("ALARM: verslag \(sessionID) kan niet worden heropend: \(error)")
            return .failure(.transcriptFailed)
        }
    }

    /// The exact dialogue a session ran: from the registry if it still has that version, else
    /// from the snapshot kept beside the transcripts.
    private func dialogueVersion(hash: String, id: String) -> Dialogue? {
        if let known = registry.version(hash: hash) { return known }
        guard let text = store.dialogueSource(hash: hash) else { return nil }
        let result = DialogueLoader.load(DialogueSource(path: "\(id).yaml", text: text))
        return result.dialogue
    }
}
