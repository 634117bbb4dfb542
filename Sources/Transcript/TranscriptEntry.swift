/// One line of a session transcript (placeholder until the transcript module lands).
public struct TranscriptEntry: Sendable {}
