import Transcript

/// What one learner input asks of the I/O edge: lines to write to the transcript (before
/// anything is sent), frames for the learner in order (the last one closes the turn), and the
/// same turn as observers see it.
struct SessionStep {
    /// Each entry encoded once: the same bytes go to the transcript and to the session's history.
    private(set) var encodedEntries: [[UInt8]] = []
    /// Per entry, whether a resuming learner or a new observer sees it again.
    private var isConversation: [Bool] = []
    var frames: [OutgoingFrame] = []
    /// Frames for observers and the player: the learner's line with its tags, then what the learner got.
    var mirrored: [[UInt8]] = []
    var ended = false

    init() {
        // A turn records two to four entries and sends two or three frames: one buffer each.
        encodedEntries.reserveCapacity(4)
        isConversation.reserveCapacity(4)
        frames.reserveCapacity(4)
    }

    var hasEntries: Bool { !encodedEntries.isEmpty }

    /// Adds a transcript entry and returns its encoding.
    @discardableResult
    mutating func record(_ entry: TranscriptEntry) -> [UInt8] {
        record(encoded: entry.encoded(), isConversation: entry.isConversation)
    }

    /// Adds an entry encoded by the caller (`TranscriptEntry.encodedLearner`).
    @discardableResult
    mutating func record(encoded: [UInt8], isConversation: Bool) -> [UInt8] {
        encodedEntries.append(encoded)
        self.isConversation.append(isConversation)
        return encoded
    }

    /// Appends the encoded entries a resuming learner or a new observer sees again.
    func appendConversation(to history: inout [[UInt8]]) {
        for (encoded, seen) in zip(encodedEntries, isConversation) where seen { history.append(encoded) }
    }
}
