/// A transcript as read from disk.
public struct TranscriptFile: Sendable {
    public var path: String
    public var entries: [TranscriptEntry]
    /// The last line was cut off (a crash mid-write); it was left out.
    public var tornTail: Bool
    /// Lines in the middle that could not be read (left out, counted).
    public var skippedLines: Int

    public var header: TranscriptHeader? {
        if case .header(let header) = entries.first { return header }
        return nil
    }

    public var isEnded: Bool {
        entries.contains { if case .ended = $0 { return true } else { return false } }
    }

    /// Learner turns (typed lines and chosen options).
    public var turnCount: Int {
        entries.reduce(0) { count, entry in
            switch entry {
            case .learner, .choice: return count + 1
            default: return count
            }
        }
    }
}

/// Reads transcripts and notes files, tolerating a torn last line.
public enum TranscriptReader {
    public static func read(path: String) throws(TranscriptError) -> TranscriptFile {
        let bytes = try FileSystem.readFile(path)
        var entries: [TranscriptEntry] = []
        var skipped = 0
        var torn = false
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let isLast = index == lines.count - 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            if let entry = TranscriptEntry.decode(line) {
                entries.append(entry)
            } else if isLast {
                torn = true
            } else {
                skipped += 1
            }
        }
        return TranscriptFile(path: path, entries: entries, tornTail: torn, skippedLines: skipped)
    }
}
