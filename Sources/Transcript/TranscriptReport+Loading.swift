import Foundation

extension TranscriptReport {
    /// Reads a transcript and the notes file beside it (`<session>.notes.jsonl`; none is fine).
    public static func load(path: String, questions: [(id: String, ask: String)] = [],
                            timeZone: TimeZone = TranscriptReport.dutchTime) throws(TranscriptReportError) -> TranscriptReport {
        let file: TranscriptFile
        do {
            file = try TranscriptReader.read(path: path)
        } catch {
            throw .reading(path, error)
        }
        let notesPath = TranscriptStore.notesPath(forTranscript: path)
        let notes = FileSystem.exists(notesPath) ? ((try? TranscriptReader.read(path: notesPath).entries) ?? []) : []
        return try TranscriptReport(file: file, notes: notes, questions: questions, timeZone: timeZone)
    }
}
