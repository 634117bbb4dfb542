/// The closing summary of a session: turns, counts per skill and tag, Rosenberg's steps in order.
public struct TranscriptSummary: Sendable, Equatable {
    public var turns: Int
    public var skills: [String: [String: Int]]
    public var nvcOrder: [String]

    public init(turns: Int, skills: [String: [String: Int]], nvcOrder: [String]) {
        self.turns = turns
        self.skills = skills
        self.nvcOrder = nvcOrder
    }
}
