import Foundation

/// One row of the trainers' list of transcripts.
public struct TranscriptListing: Sendable, Equatable {
    public var id: String
    public var dialogue: String
    public var learner: String?
    public var started: Date
    public var turns: Int
    public var ended: Bool
}
