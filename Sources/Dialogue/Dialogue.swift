/// A role-play as a trainer wrote it (placeholder until the engine lands).
public struct Dialogue: Sendable {}
