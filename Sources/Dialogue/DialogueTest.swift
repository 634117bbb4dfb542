import Coach

/// A test conversation written in the file, run by `rehearse test`.
public struct DialogueTest: Sendable {
    public var name: String
    public var seed: UInt64?
    public var turns: [TestTurn]
    public var location: SourceLocation

    public init(name: String, seed: UInt64? = nil, turns: [TestTurn], location: SourceLocation = SourceLocation(line: 1, column: 1)) {
        self.name = name
        self.seed = seed
        self.turns = turns
        self.location = location
    }
}

/// One learner turn of a test: a typed line or a pressed option, and what must follow.
public struct TestTurn: Sendable {
    public enum Action: Sendable {
        /// A typed line; with `tags` given these replace the coach's analysis.
        case say(String, tags: [Skill: [String]]?)
        case choose(String)
    }

    public var action: Action
    public var expect: TestExpectation
    public var location: SourceLocation

    public init(action: Action, expect: TestExpectation = TestExpectation(), location: SourceLocation = SourceLocation(line: 1, column: 1)) {
        self.action = action
        self.expect = expect
        self.location = location
    }
}

/// What a test turn expects afterwards; `nil`/empty parts are not checked.
public struct TestExpectation: Sendable {
    public var state: String?
    public var stateLocation: SourceLocation?
    /// Tags the coach must have found in the line (any skill).
    public var coach: [String]
    /// A substring of one of the persona's lines in answer.
    public var line: String?
    public var ended: Bool?
    public var variables: [String: Int]

    public init(state: String? = nil, stateLocation: SourceLocation? = nil, coach: [String] = [], line: String? = nil, ended: Bool? = nil, variables: [String: Int] = [:]) {
        self.state = state
        self.stateLocation = stateLocation
        self.coach = coach
        self.line = line
        self.ended = ended
        self.variables = variables
    }
}
