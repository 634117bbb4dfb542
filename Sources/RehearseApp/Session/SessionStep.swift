import Transcript

/// What one learner input asks of the I/O edge: lines to write to the transcript (before
/// anything is sent), frames for the learner in order (the last one closes the turn), and the
/// same turn as observers see it.
struct SessionStep {
    var entries: [TranscriptEntry] = []
    var frames: [OutgoingFrame] = []
    /// Frames for observers and the player: the learner's line with its tags, then what the learner got.
    var mirrored: [[UInt8]] = []
    var ended = false
}
