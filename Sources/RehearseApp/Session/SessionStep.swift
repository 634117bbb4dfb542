import Transcript

/// What one learner input asks of the I/O edge: lines to write to the transcript (before
/// anything is sent), frames for the learner in order (the last one closes the turn), and the
/// same turn as observers see it.
struct SessionStep {
    private(set) var entries: [TranscriptEntry] = []
    /// Each entry encoded once: the same bytes go to the transcript and to the session's history.
    private(set) var encodedEntries: [[UInt8]] = []
    var frames: [OutgoingFrame] = []
    /// Frames for observers and the player: the learner's line with its tags, then what the learner got.
    var mirrored: [[UInt8]] = []
    var ended = false

    init() {
        // A turn records two to four entries and sends two or three frames: one buffer each.
        entries.reserveCapacity(4)
        encodedEntries.reserveCapacity(4)
        frames.reserveCapacity(4)
    }

    /// Adds a transcript entry and returns its encoding.
    @discardableResult
    mutating func record(_ entry: TranscriptEntry) -> [UInt8] {
        let encoded = entry.encoded()
        entries.append(entry)
        encodedEntries.append(encoded)
        return encoded
    }

    /// Appends the encoded entries a resuming learner or a new observer sees again.
    func appendConversation(to history: inout [[UInt8]]) {
        for (entry, encoded) in zip(entries, encodedEntries) where entry.isConversation { history.append(encoded) }
    }
}
