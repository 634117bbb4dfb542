import Foundation
import Transcript
import WebSocketServer

/// Trainer access to transcripts: list, read, annotate. File reads run off the handler thread.
extension RehearseService {
    func handleTranscripts(_ connection: ClientConnection, token: String, dialogue: String?, since: String?) {
        guard isTrainer(token) else { return refuseTrainer(connection) }
        let id = connection.info.id
        let sinceDate = since.flatMap(Self.parseDate)
        trainerQueue.async { [store, server] in
            let listings = store.list(dialogue: dialogue, since: sinceDate)
            var json = JSONWriter(capacity: 128 * max(1, listings.count))
            json.beginObject()
            json.field("type", "transcripts")
            json.key("transcripts")
            json.beginArray()
            for listing in listings {
                json.beginObject()
                json.field("id", listing.id)
                json.field("dialogue", listing.dialogue)
                json.field("learner", optional: listing.learner)
                json.field("started", Self.formatDate(listing.started))
                json.field("turns", listing.turns)
                json.field("ended", listing.ended)
                json.endObject()
            }
            json.endArray()
            json.endObject()
            server?.send(json.finish(), to: id)
        }
    }

    func handleTranscript(_ connection: ClientConnection, token: String, id transcriptID: String) {
        guard isTrainer(token) else { return refuseTrainer(connection) }
        let id = connection.info.id
        trainerQueue.async { [store, server] in
            guard let path = store.path(forSession: transcriptID), let file = try? TranscriptReader.read(path: path) else {
                server?.send(OutgoingFrame.error(.unknownTranscript).encoded(), to: id)
                return
            }
            let notes = store.notes(forSession: transcriptID)
            var json = JSONWriter(capacity: 4096)
            json.beginObject()
            json.field("type", "transcript")
            json.field("id", transcriptID)
            json.key("entries")
            json.beginArray()
            for entry in file.entries { json.raw(entry.encoded()) }
            json.endArray()
            json.key("notes")
            json.beginArray()
            for note in notes { json.raw(note.encoded()) }
            json.endArray()
            json.field("tornTail", file.tornTail)
            // The reflection questions and the same Markdown report `rehearse report` makes, for the
            // review page's download.
            let questions = file.header.map { ReflectionQuestions.of($0, in: store) } ?? []
            json.reflectionQuestions("questions", questions)
            if let report = try? TranscriptReport(file: file, notes: notes, questions: questions) {
                json.field("report", report.markdown())
            }
            json.endObject()
            server?.send(json.finish(), to: id)
        }
    }

    func handleAnnotate(_ connection: ClientConnection, token: String, id transcriptID: String, turn: Int, text: String) {
        guard isTrainer(token) else { return refuseTrainer(connection) }
        let trimmed = text.trimmedLine
        guard !trimmed.isEmpty else { return send(.error(.empty), to: connection.info.id) }
        guard !trimmed.exceeds(characters: configuration.maxLineCharacters * 2) else {
            return send(.error(.tooLong(limit: configuration.maxLineCharacters * 2)), to: connection.info.id)
        }
        let id = connection.info.id
        trainerQueue.async { [store, server, logger] in
            guard store.path(forSession: transcriptID) != nil else {
                server?.send(OutgoingFrame.error(.unknownTranscript).encoded(), to: id)
                return
            }
            do {
                try store.appendNote(session: transcriptID, turn: turn, text: trimmed, by: "trainer")
                var json = JSONWriter()
                json.beginObject()
                json.field("type", "annotated")
                json.field("id", transcriptID)
                json.field("turn", turn)
                json.field("text", trimmed)
                json.endObject()
                server?.send(json.finish(), to: id)
            } catch {
                logger.critical("ALARM: notitie bij \(transcriptID) kon niet worden bewaard: \(error)")
                server?.send(OutgoingFrame.error(.transcriptFailed).encoded(), to: id)
            }
        }
    }

    private func refuseTrainer(_ connection: ClientConnection) {
        send(.error(admitGuess(connection) ? .trainerOnly : .rateLimited), to: connection.info.id)
    }

    static func parseDate(_ text: String) -> Date? {
        let full = ISO8601DateFormatter()
        full.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = full.date(from: text) { return date }
        let plain = ISO8601DateFormatter()
        if let date = plain.date(from: text) { return date }
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        return day.date(from: text)
    }

    static func formatDate(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
