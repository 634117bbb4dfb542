/// Reads a Dutch learner line and tags it for every skill.
public struct Coach: Sendable {
    public init() {}

    public func analyze(_ text: String) -> Analysis {
        Analysis()
    }
}
