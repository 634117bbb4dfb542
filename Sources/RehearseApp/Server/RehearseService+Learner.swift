import Coach
import Dialogue
import Foundation
import Transcript
import WebSocketServer

extension RehearseService {
    func handleList(_ connection: ClientConnection) {
        let listings = registry.all().map {
            OutgoingFrame.DialogueListing(id: $0.id, title: $0.title, summary: $0.summary, skills: $0.skills.map(\.rawValue))
        }
        send(.dialogues(listings), to: connection.info.id)
    }

    func handleStart(_ connection: ClientConnection, dialogueID: String, learner: String?, preview: Bool, seed fixedSeed: UInt64?) {
        let id = connection.info.id
        if case .learner(let current) = connection.role, let session = sessions[current], !session.core.isEnded, !preview {
            // One rehearsal per connection at a time; a preview restart may replace it.
            _ = session
            send(.error(.alreadyStarted), to: id)
            return
        }
        guard let dialogue = registry.dialogue(id: dialogueID) else {
            send(.error(.unknownDialogue(dialogueID)), to: id)
            return
        }
        detachLearner(connection)
        let alias = learner.map { String($0.trimmedLine.prefix(60)) }.flatMap { $0.isEmpty ? nil : $0 }
        let sessionID = Secrets.sessionID(instance: configuration.instance)
        let token = Secrets.token()
        let seed = fixedSeed ?? UInt64.random(in: 0...UInt64.max)
        let now = Date()
        var core = RehearsalSession(id: sessionID, dialogue: dialogue, seed: seed, learner: alias, preview: preview)
        let writer: TranscriptWriter
        var created: TranscriptWriter?
        do {
            try store.saveDialogueSource(hash: dialogue.contentHash, text: dialogue.sourceText)
            writer = try TranscriptWriter(root: configuration.transcriptsFolder, session: sessionID, date: now)
            created = writer
            try writer.append([TranscriptEntry.header(
                session: sessionID, dialogue: dialogue.id, hash: dialogue.contentHash, title: dialogue.title,
                persona: dialogue.persona.name, learner: alias, seed: seed, at: now, preview: preview,
                tokenHash: Secrets.hash(token))])
        } catch {
            logger.critical("ALARM: kon geen verslag beginnen voor \(dialogue.id): \(error)")
            if let created {
                // A full disk leaves an empty or half-written file that no one can ever resume.
                created.close()
                unlink(created.path)
            }
            send(.error(.transcriptFailed), to: id)
            return
        }
        let step = core.open(at: now)
        let joinCode = uniqueJoinCode()
        let session = LiveSession(core: core, token: token, joinCode: joinCode, writer: writer, now: RehearseService.monotonicNow())
        guard write(step, of: session, answering: connection) else {
            writer.close()
            return
        }
        syncer.register(writer)
        sessions[sessionID] = session
        sessionsByJoinCode[joinCode] = sessionID
        session.learner = id
        connection.role = .learner(session: sessionID)
        logger.info("sessie \(sessionID) begonnen: \(dialogue.id)\(preview ? " (voorbeeld)" : "")")
        send(.started(.init(session: sessionID, token: token, join: joinCode, dialogue: core.header,
                            resumed: false, preview: preview, turns: nil)), to: id)
        deliver(step, in: session)
        if step.ended { finishSession(session) }
        evictIdleSessionsOverCap()  // a restarted preview leaves its previous session behind
    }

    func handleSay(_ connection: ClientConnection, text: String) {
        if case .player = connection.role {
            handlePlayerSay(connection, text: text)
            return
        }
        guard let session = learnerSession(of: connection) else { return }
        let trimmed = text.trimmedLine
        guard !trimmed.isEmpty else {
            send(.error(.empty), to: connection.info.id)
            return
        }
        guard !trimmed.exceeds(characters: configuration.maxLineCharacters) else {
            send(.error(.tooLong(limit: configuration.maxLineCharacters)), to: connection.info.id)
            return
        }
        let analysis = coach.analyze(trimmed)
        var next = session.core
        let step = next.say(trimmed, analysis: analysis, scriptSpeaks: session.player == nil, coach: coach, at: Date())
        commit(step, next: consume next, in: session, answering: connection)
    }

    func handleChoose(_ connection: ClientConnection, option: String) {
        guard let session = learnerSession(of: connection) else { return }
        var next = session.core
        do {
            let step = try next.choose(option, at: Date())
            commit(step, next: consume next, in: session, answering: connection)
        } catch {
            send(.error(error), to: connection.info.id)
        }
    }

    func handleEnd(_ connection: ClientConnection) {
        guard case .learner(let id) = connection.role, let session = sessions[id] else {
            send(.error(.noSession), to: connection.info.id)
            return
        }
        if session.core.isEnded {
            send(session.core.closingFrame(), to: connection.info.id)
            return
        }
        var next = session.core
        let step = next.end(at: Date())
        var closing = step
        closing.frames.append(next.closingFrame())
        commit(closing, next: consume next, in: session, answering: connection)
    }

    func handleReflect(_ connection: ClientConnection, answers: [String: String]) {
        guard case .learner(let id) = connection.role, let session = sessions[id] else {
            send(.error(.noSession), to: connection.info.id)
            return
        }
        // Only answers to the dialogue's own questions are kept: made-up keys would let a client
        // write thousands of entries into the transcript with one frame.
        let asked = Set(session.core.dialogue.reflection.map(\.id))
        let cleaned = answers.filter { asked.contains($0.key) }.mapValues { String($0.prefix(configuration.maxLineCharacters * 2)) }
        var next = session.core
        let step = next.reflect(cleaned, at: Date())
        guard write(step, of: session, answering: connection) else { return }
        try? session.writer.sync()
        session.core = consume next
        deliver(step, in: session)
    }

    // MARK: - Helpers

    /// The learner's running session, or an error frame saying why there is none.
    func learnerSession(of connection: ClientConnection) -> LiveSession? {
        guard case .learner(let id) = connection.role, let session = sessions[id] else {
            send(.error(.noSession), to: connection.info.id)
            return nil
        }
        guard !session.core.isEnded else {
            send(.error(.sessionEnded), to: connection.info.id)
            return nil
        }
        return session
    }

    /// Writes the step, then takes the new state and answers: a turn that cannot be written is
    /// not taken. `next` is consumed so that it moves into the session instead of being copied
    /// (and the copy's dozen references retained, then released with the original).
    func commit(_ step: SessionStep, next: consuming RehearsalSession, in session: LiveSession, answering connection: ClientConnection?) {
        guard write(step, of: session, answering: connection) else { return }
        session.core = consume next
        session.lastActivity = RehearseService.monotonicNow()
        deliver(step, in: session)
        if step.ended { finishSession(session) }
    }

    /// The session ended: the join code dies, the transcript is synced.
    func finishSession(_ session: LiveSession) {
        if let code = session.joinCode { sessionsByJoinCode[code] = nil }
        session.joinCode = nil
        try? session.writer.sync()
        logger.info("sessie \(session.core.id) afgerond na \(session.core.tally.turns) beurten")
    }

    func detachLearner(_ connection: ClientConnection) {
        if case .learner(let id) = connection.role, let session = sessions[id], session.learner == connection.info.id {
            session.learner = nil
        }
        connection.role = .idle
    }

    func uniqueJoinCode() -> String {
        while true {
            let code = Secrets.joinCode(instance: configuration.instance)
            if sessionsByJoinCode[code] == nil { return code }
        }
    }
}
