import Foundation
import Transcript
import WebSocketServer

/// The trio exercise: colleagues follow a rehearsal with its join code, send tips, or speak for
/// the persona themselves.
extension RehearseService {
    func handleObserve(_ connection: ClientConnection, sessionID: String?, join: String?, token: String?, name: String?) {
        guard let session = authorizedSession(connection, sessionID: sessionID, join: join, token: token) else { return }
        leaveCurrentRole(connection)
        connection.role = .observer(session: session.core.id)
        connection.name = Self.cleanName(name, fallback: "Collega")
        session.observers.insert(connection.info.id)
        send(.observing(session: session.core.id, dialogue: session.core.header, role: "observer", history: session.historyJSON),
             to: connection.info.id)
    }

    func handleTip(_ connection: ClientConnection, text: String) {
        guard let id = connection.sessionID, connection.role != .learner(session: id), let session = sessions[id] else {
            send(.error(.notObserving), to: connection.info.id)
            return
        }
        let trimmed = text.trimmedLine
        guard !trimmed.isEmpty else { return send(.error(.empty), to: connection.info.id) }
        guard !trimmed.exceeds(characters: configuration.maxLineCharacters) else {
            return send(.error(.tooLong(limit: configuration.maxLineCharacters)), to: connection.info.id)
        }
        guard !session.core.isEnded else { return send(.error(.sessionEnded), to: connection.info.id) }
        var next = session.core
        let step = next.observerTip(trimmed, by: connection.name ?? "Collega", at: Date())
        commit(step, next: consume next, in: session, answering: connection)
    }

    func handlePlay(_ connection: ClientConnection, join: String) {
        guard let session = authorizedSession(connection, sessionID: nil, join: join, token: join) else { return }
        if let current = session.player, current != connection.info.id {
            // The newest player takes over; the previous one goes back to observing.
            connections[current]?.role = .observer(session: session.core.id)
            session.observers.insert(current)
        }
        leaveCurrentRole(connection)
        connection.role = .player(session: session.core.id)
        if connection.name == nil { connection.name = "Collega" }
        session.player = connection.info.id
        let name = connection.name ?? "Collega"
        session.playerName = name
        var step = SessionStep()
        step.record(.player(at: Date(), event: "joined", by: name))
        step.frames.append(.player(event: "joined", name: name))
        _ = write(step, of: session, answering: nil)
        send(.playing(session: session.core.id, dialogue: session.core.header), to: connection.info.id)
        deliver(step, in: session)
    }

    func handlePlayerSay(_ connection: ClientConnection, text: String) {
        guard case .player(let id) = connection.role, let session = sessions[id], session.player == connection.info.id else {
            send(.error(.notPlaying), to: connection.info.id)
            return
        }
        let trimmed = text.trimmedLine
        guard !trimmed.isEmpty else { return send(.error(.empty), to: connection.info.id) }
        guard !trimmed.exceeds(characters: configuration.maxLineCharacters) else {
            return send(.error(.tooLong(limit: configuration.maxLineCharacters)), to: connection.info.id)
        }
        guard !session.core.isEnded else { return send(.error(.sessionEnded), to: connection.info.id) }
        var next = session.core
        let step = next.playerLine(trimmed, by: connection.name ?? "Collega", at: Date())
        commit(step, next: consume next, in: session, answering: connection)
    }

    /// The player left: the script speaks again from the state the conversation is in.
    func playerLeft(_ session: LiveSession) {
        let name = session.playerName ?? "Collega"
        session.player = nil
        session.playerName = nil
        guard !session.core.isEnded else { return }
        var step = SessionStep()
        step.record(.player(at: Date(), event: "left", by: name))
        step.frames.append(.player(event: "left", name: name))
        _ = write(step, of: session, answering: nil)
        deliver(step, in: session)
    }

    /// The live session a join code (or, for trainers, a session id with the trainer token) opens.
    private func authorizedSession(_ connection: ClientConnection, sessionID: String?, join: String?, token: String?) -> LiveSession? {
        var found: LiveSession?
        if let join, !join.isEmpty {
            let code = Secrets.normalizeJoinCode(join)
            let tokenMatches = token == nil || Secrets.normalizeJoinCode(token!) == code || isTrainer(token)
            if tokenMatches, let id = sessionsByJoinCode[code], let session = sessions[id], !session.core.isEnded {
                found = session
            }
        } else if let sessionID, isTrainer(token), let session = sessions[sessionID], !session.core.isEnded {
            found = session
        }
        guard let found else {
            send(.error(admitGuess(connection) ? .badToken : .rateLimited), to: connection.info.id)
            return nil
        }
        return found
    }

    func leaveCurrentRole(_ connection: ClientConnection) {
        guard let id = connection.sessionID, let session = sessions[id] else {
            connection.role = .idle
            return
        }
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
        connection.role = .idle
    }

    static func cleanName(_ name: String?, fallback: String) -> String {
        let trimmed = (name ?? "").trimmedLine
        return trimmed.isEmpty ? fallback : String(trimmed.prefix(40))
    }
}
