import Coach

/// A role-play as a trainer wrote it: one YAML file, fully loaded and checked.
///
/// A value type on purpose: a session keeps the `Dialogue` it started with, so reloading
/// the file never changes a conversation that is under way.
public struct Dialogue: Sendable, Identifiable {
    public var id: String
    public var title: String
    public var summary: String
    /// Two to four sentences for the learner, shown when the rehearsal starts.
    public var situation: String?
    public var skills: [Skill]
    public var persona: Persona
    public var start: String
    public var variables: [String: Int]
    /// The declared variables in file order.
    public var variableOrder: [String]
    public var states: [String: DialogueState]
    /// The state names in file order.
    public var stateOrder: [String]
    /// Rules tried in every state after the state's own rules and before its `else`.
    public var anywhere: [DialogueRule]
    public var reflection: [ReflectionQuestion]
    public var tests: [DialogueTest]
    /// SHA-256 (hex) of the source text: names this exact version of the file.
    public var contentHash: String
    public var sourcePath: String
    /// The file as it was loaded (for snapshots in `<transcripts>/dialogues/<hash>.yaml`).
    public var sourceText: String
    /// Where the `id` stands in the file (1:1 when it comes from the file name).
    public var idLocation: SourceLocation

    public init(
        id: String, title: String, summary: String = "", situation: String? = nil,
        skills: [Skill] = [], persona: Persona, start: String,
        variables: [String: Int] = [:], variableOrder: [String]? = nil,
        states: [String: DialogueState], stateOrder: [String]? = nil,
        anywhere: [DialogueRule] = [], reflection: [ReflectionQuestion] = [],
        tests: [DialogueTest] = [], contentHash: String = "", sourcePath: String = "", sourceText: String = "",
        idLocation: SourceLocation = SourceLocation(line: 1, column: 1)
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.situation = situation
        self.skills = skills
        self.persona = persona
        self.start = start
        self.variables = variables
        self.variableOrder = variableOrder ?? variables.keys.sorted()
        self.states = states
        self.stateOrder = stateOrder ?? states.keys.sorted()
        self.anywhere = anywhere
        self.reflection = reflection
        self.tests = tests
        self.contentHash = contentHash
        self.sourcePath = sourcePath
        self.sourceText = sourceText
        self.idLocation = idLocation
    }

    /// The states in file order.
    public var orderedStates: [DialogueState] {
        stateOrder.compactMap { states[$0] }
    }
}

/// The character the learner talks to.
public struct Persona: Sendable, Equatable, Hashable {
    public var name: String
    public var role: String

    public init(name: String, role: String = "") {
        self.name = name
        self.role = role
    }
}

/// A question asked after the end; the answer goes into the transcript.
public struct ReflectionQuestion: Sendable, Equatable, Hashable {
    public var id: String
    public var ask: String

    public init(id: String, ask: String) {
        self.id = id
        self.ask = ask
    }
}

/// A 1-based line and column in a dialogue file.
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}
