/// One state of a dialogue: what the persona says on entering, and the ways on.
public struct DialogueState: Sendable {
    public var name: String
    public var location: SourceLocation
    /// Candidate lines; one is picked at random among those whose `if` holds. Empty: no line.
    public var say: [SayItem]
    public var on: [DialogueRule]
    public var options: [DialogueOption]
    /// Moves on at once after the state's line.
    public var goto: String?
    public var gotoLocation: SourceLocation?
    public var end: Bool
    /// Free text for trainers; never shown to the learner.
    public var note: String?

    public init(
        name: String, location: SourceLocation = SourceLocation(line: 1, column: 1),
        say: [SayItem] = [], on: [DialogueRule] = [], options: [DialogueOption] = [],
        goto: String? = nil, gotoLocation: SourceLocation? = nil, end: Bool = false, note: String? = nil
    ) {
        self.name = name
        self.location = location
        self.say = say
        self.on = on
        self.options = options
        self.goto = goto
        self.gotoLocation = gotoLocation
        self.end = end
        self.note = note
    }
}

/// One candidate line of a `say`, optionally only when a condition holds.
public struct SayItem: Sendable, Equatable {
    public var text: String
    public var condition: Condition?
    public var location: SourceLocation

    public init(text: String, condition: Condition? = nil, location: SourceLocation = SourceLocation(line: 1, column: 1)) {
        self.text = text
        self.condition = condition
        self.location = location
    }
}

/// What a matching rule or a pressed option does.
public struct Effects: Sendable {
    public var say: [SayItem]
    /// A Dutch tip that replaces the coach's default tip for this line.
    public var coach: String?
    public var set: [VariableChange]
    public var goto: String?
    public var gotoLocation: SourceLocation?
    public var end: Bool

    public init(
        say: [SayItem] = [], coach: String? = nil, set: [VariableChange] = [],
        goto: String? = nil, gotoLocation: SourceLocation? = nil, end: Bool = false
    ) {
        self.say = say
        self.coach = coach
        self.set = set
        self.goto = goto
        self.gotoLocation = gotoLocation
        self.end = end
    }
}

/// An item of `on` or `anywhere`: a condition on the learner's line and its effects.
public struct DialogueRule: Sendable {
    public var location: SourceLocation
    public var when: RuleCondition
    public var effects: Effects

    public init(location: SourceLocation = SourceLocation(line: 1, column: 1), when: RuleCondition, effects: Effects) {
        self.location = location
        self.when = when
        self.effects = effects
    }

    public var isElse: Bool { when.isElse }
}

/// A button the learner can press while a state shows it.
public struct DialogueOption: Sendable {
    public var id: String
    public var text: String
    public var effects: Effects
    public var location: SourceLocation

    public init(id: String, text: String, effects: Effects = Effects(), location: SourceLocation = SourceLocation(line: 1, column: 1)) {
        self.id = id
        self.text = text
        self.effects = effects
        self.location = location
    }
}

/// `{ name: +1 }` adds, `{ name: 3 }` or `{ name: "=3" }` sets.
public struct VariableChange: Sendable, Equatable {
    public enum Operation: Sendable, Equatable {
        case add(Int)
        case assign(Int)
    }

    public var name: String
    public var operation: Operation
    public var location: SourceLocation

    public init(name: String, operation: Operation, location: SourceLocation = SourceLocation(line: 1, column: 1)) {
        self.name = name
        self.operation = operation
        self.location = location
    }

    func apply(to value: Int) -> Int {
        switch operation {
        case .add(let delta): return value &+ delta
        case .assign(let newValue): return newValue
        }
    }
}
