import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Appends to one session's transcript, `<root>/<YYYY-MM-DD>/<session>.jsonl` (0600 in 0700
/// folders). Every append is one write(2) straight to the file — nothing is buffered in the
/// process — so a line the server answered survives a SIGKILL. fsync runs on `sync()` (a timer
/// and the session's end), off the thread that appends.
public final class TranscriptWriter: @unchecked Sendable {
    public let path: String
    public let session: String
    private let lock = NSLock()
    private var fd: Int32
    private var dirty = false
    /// A failed write may have left half a line: the next one starts on a fresh line, so the
    /// reader loses at most that half line.
    private var needsNewline = false
    /// The file's length as this writer last left it: if it is longer now, another process (an
    /// instance that took the session over while this one was unreachable) appended to it.
    private var knownLength: off_t = 0

    /// Creates the transcript, or opens an existing one to append (a session resumed after a restart).
    public init(root: String, session: String, date: Date) throws(TranscriptError) {
        guard SessionID.isValid(session) else { throw .invalidSessionID(session) }
        let folder = root + "/" + TranscriptDate.day(date)
        try FileSystem.makeFolder(folder)
        path = folder + "/" + session + ".jsonl"
        self.session = session
        fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .from(errno: errno) }
        fchmod(fd, 0o600)
        // A file torn by a crash may end in half a line: start the next line cleanly.
        var size = stat()
        if fstat(fd, &size) == 0 { knownLength = size.st_size }
        if size.st_size > 0 {
            let reader = open(path, O_RDONLY | O_CLOEXEC)
            if reader >= 0 {
                var last: UInt8 = 0
                if pread(reader, &last, 1, off_t(size.st_size - 1)) == 1, last != UInt8(ascii: "\n") { needsNewline = true }
                Glibc.close(reader)
            }
        }
    }

    deinit {
        close()
    }

    public func append(_ entry: TranscriptEntry) throws(TranscriptError) {
        try append([entry])
    }

    /// Writes the entries as lines with a single write(2).
    public func append(_ entries: [TranscriptEntry]) throws(TranscriptError) {
        try append(encodedLines: entries.map { $0.encoded() })
    }

    /// Writes already encoded entries (`TranscriptEntry.encoded()`) as lines with a single write(2).
    public func append(encodedLines entries: [[UInt8]]) throws(TranscriptError) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entries.reduce(entries.count + 1) { $0 + $1.count })
        lock.lock()
        defer { lock.unlock() }
        guard fd >= 0 else { throw .io(errno: EBADF) }
        if needsNewline { bytes.append(UInt8(ascii: "\n")) }
        for entry in entries {
            bytes.append(contentsOf: entry)
            bytes.append(UInt8(ascii: "\n"))
        }
        let (written, error) = FileSystem.writeAll(fd, bytes)
        if let error {
            needsNewline = needsNewline || written > 0
            if written > 0 { dirty = true }
            throw .from(errno: error)
        }
        needsNewline = false
        dirty = true
        knownLength += off_t(bytes.count)
    }

    /// Whether someone else appended to the file since this writer last wrote to it.
    public var wasAppendedElsewhere: Bool {
        lock.lock()
        defer { lock.unlock() }
        var size = stat()
        guard fd >= 0, fstat(fd, &size) == 0 else { return false }
        return size.st_size > knownLength
    }

    /// fsync if anything was written since the last sync. Safe from any thread; the fsync runs
    /// on a duplicate descriptor outside the lock so appends never wait for the disk.
    public func sync() throws(TranscriptError) {
        lock.lock()
        guard fd >= 0, dirty else {
            lock.unlock()
            return
        }
        dirty = false
        let copy = dup(fd)
        lock.unlock()
        guard copy >= 0 else { throw .from(errno: errno) }
        defer { Glibc.close(copy) }
        if fsync(copy) != 0 {
            lock.lock()
            dirty = true
            lock.unlock()
            throw .from(errno: errno)
        }
    }

    /// Syncs and closes; idempotent.
    public func close() {
        try? sync()
        lock.lock()
        defer { lock.unlock() }
        if fd >= 0 {
            Glibc.close(fd)
            fd = -1
        }
    }
}
