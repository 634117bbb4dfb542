import Foundation

/// The first line of every transcript: which dialogue version ran, for whom, with which seed.
public struct TranscriptHeader: Sendable, Equatable {
    public var session: String
    public var dialogue: String
    /// SHA-256 of the dialogue file the session ran (its snapshot is kept under `dialogues/`).
    public var hash: String
    public var title: String
    public var persona: String
    public var learner: String?
    public var seed: UInt64
    public var at: Date
    public var preview: Bool
    /// SHA-256 of the resume token, so a resume can be checked after a restart.
    public var tokenHash: String?

    public init(session: String, dialogue: String, hash: String, title: String, persona: String,
                learner: String?, seed: UInt64, at: Date, preview: Bool, tokenHash: String?) {
        self.session = session
        self.dialogue = dialogue
        self.hash = hash
        self.title = title
        self.persona = persona
        self.learner = learner
        self.seed = seed
        self.at = at
        self.preview = preview
        self.tokenHash = tokenHash
    }
}
