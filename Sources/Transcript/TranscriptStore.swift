import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The transcripts folder as a whole: finding a session's file, listing, trainer notes beside
/// each transcript, and snapshots of the dialogue versions sessions ran. Thread-safe (it keeps
/// no state but the root path).
public final class TranscriptStore: Sendable {
    public let root: String

    public init(root: String) {
        self.root = root
    }

    /// The transcript file of a session, if there is one. Ids that could name another path are refused.
    public func path(forSession id: String) -> String? {
        guard SessionID.isValid(id) else { return nil }
        for day in days() {
            let path = root + "/" + day + "/" + id + ".jsonl"
            if FileSystem.exists(path) { return path }
        }
        return nil
    }

    /// Every transcript, newest first, optionally for one dialogue and from a date on.
    public func list(dialogue: String? = nil, since: Date? = nil) -> [TranscriptListing] {
        var listings: [TranscriptListing] = []
        for day in days() {
            for name in FileSystem.listFolder(root + "/" + day) where name.hasSuffix(".jsonl") && !name.hasSuffix(".notes.jsonl") {
                guard let file = try? TranscriptReader.read(path: root + "/" + day + "/" + name), let header = file.header else { continue }
                if let dialogue, header.dialogue != dialogue { continue }
                if let since, header.at < since { continue }
                listings.append(TranscriptListing(id: header.session, dialogue: header.dialogue, learner: header.learner,
                                                  started: header.at, turns: file.turnCount, ended: file.isEnded))
            }
        }
        return listings.sorted { $0.started > $1.started }
    }

    public func notesPath(forSession id: String) -> String? {
        guard let path = path(forSession: id) else { return nil }
        return Self.notesPath(forTranscript: path)
    }

    /// `<session>.notes.jsonl` beside the transcript `<session>.jsonl`.
    public static func notesPath(forTranscript path: String) -> String {
        (path.hasSuffix(".jsonl") ? String(path.dropLast(".jsonl".count)) : path) + ".notes.jsonl"
    }

    /// The transcripts root a transcript file lies in (`<root>/<YYYY-MM-DD>/<session>.jsonl`).
    public static func root(ofTranscript path: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(min(2, parts.count))
        let root = parts.joined(separator: "/")
        return root.isEmpty ? (path.hasPrefix("/") ? "/" : ".") : root
    }

    public func notes(forSession id: String) -> [TranscriptEntry] {
        guard let path = notesPath(forSession: id), FileSystem.exists(path) else { return [] }
        return (try? TranscriptReader.read(path: path).entries) ?? []
    }

    /// Stores a trainer's note beside the transcript; the transcript itself is never touched.
    public func appendNote(session id: String, turn: Int, text: String, by: String, at date: Date = Date()) throws(TranscriptError) {
        guard SessionID.isValid(id) else { throw .invalidSessionID(id) }
        guard let path = notesPath(forSession: id) else { throw .notFound(id) }
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .from(errno: errno) }
        defer { close(fd) }
        fchmod(fd, 0o600)
        var line = TranscriptEntry.note(turn: turn, at: date, text: text, by: by).encoded()
        line.append(UInt8(ascii: "\n"))
        if let error = FileSystem.writeAll(fd, line).error { throw .from(errno: error) }
        if fsync(fd) != 0 { throw .from(errno: errno) }
    }

    /// Keeps the exact dialogue text a session ran, so it can be resumed after the file changed.
    public func saveDialogueSource(hash: String, text: String) throws(TranscriptError) {
        guard Self.isHash(hash) else { throw .invalidSessionID(hash) }
        let folder = root + "/dialogues"
        let path = folder + "/" + hash + ".yaml"
        if FileSystem.exists(path) { return }
        try FileSystem.makeFolder(folder)
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .from(errno: errno) }
        fchmod(fd, 0o600)
        let result = FileSystem.writeAll(fd, Array(text.utf8))
        let synced = fsync(fd) == 0
        close(fd)
        if let error = result.error ?? (synced ? nil : errno) {
            unlink(temporary)
            throw .from(errno: error)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw .from(errno: code)
        }
    }

    public func dialogueSource(hash: String) -> String? {
        guard Self.isHash(hash), let bytes = try? FileSystem.readFile(root + "/dialogues/" + hash + ".yaml") else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Date folders, newest first.
    private func days() -> [String] {
        FileSystem.listFolder(root).filter { $0.count == 10 && $0.first?.isNumber == true }.sorted(by: >)
    }

    private static func isHash(_ text: String) -> Bool {
        text.count == 64 && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }
}
