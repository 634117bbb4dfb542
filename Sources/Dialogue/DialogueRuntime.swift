import Coach

/// The conversation state machine: a value with no I/O. The owner feeds it the learner's
/// lines and option presses and carries out the actions it returns (like the protocol
/// state machines of swift-nio and Hummingbird). Same dialogue, seed and inputs: same actions.
public struct DialogueRuntime: Sendable {
    /// A `goto` chain longer than this is a loop in the script; it stops there rather than hang.
    static let maxChain = 64

    /// Shared, not copied: a session tries each turn on a copy of its runtime, and a `Dialogue`
    /// value is some twenty references to retain and release.
    private let script: SharedDialogue
    /// A copy of the whole value: code inside the runtime reads `script.dialogue` in place.
    public var dialogue: Dialogue { script.dialogue }
    public private(set) var state: String
    /// `state`'s place in `script.states`, or -1 for a name the dialogue has no state for.
    private var stateSlot: Int
    /// Declared variables by slot (`script.variableSlots`): a turn tried on a copy of the runtime
    /// copies an array of integers, where a dictionary of names was copied and rehashed.
    private var values: [Int]
    /// Variables set or read without being declared: the loader refuses such files, but a
    /// dialogue built in code may have them.
    private var undeclared: [String: Int] = [:]
    public private(set) var isEnded = false
    /// Learner turns (typed lines and option presses) in the whole rehearsal.
    public private(set) var turns = 0
    /// Learner turns in the current state.
    public private(set) var turnsHere = 0
    /// How often each state was entered, by state slot.
    private var visitCounts: [Int]
    public private(set) var hasStarted = false
    private var generator: SeededGenerator

    public init(dialogue: Dialogue, seed: UInt64) {
        let script = SharedDialogue(dialogue)
        self.script = script
        self.state = dialogue.start
        self.stateSlot = script.stateSlots[dialogue.start] ?? -1
        self.values = script.initialValues
        self.visitCounts = Array(repeating: 0, count: script.states.count)
        self.generator = SeededGenerator(seed: seed)
    }

    /// The variables by name: the declared ones and any an effect set without declaring it.
    public var variables: [String: Int] {
        var all = undeclared
        for (name, slot) in script.variableSlots { all[name] = values[slot] }
        return all
    }

    /// How often each state was entered (states never entered are absent).
    public var visits: [String: Int] {
        var all: [String: Int] = [:]
        for (slot, count) in visitCounts.enumerated() where count > 0 { all[script.stateNames[slot]] = count }
        return all
    }

    /// The buttons of the current state (empty when none or when ended).
    public var options: [DialogueOption] {
        isEnded || stateSlot < 0 ? [] : script.states[stateSlot].options
    }

    /// Enters the start state: its line(s), and any state-level `goto` chain. Idempotent.
    public mutating func start() -> [DialogueAction] {
        guard !hasStarted else { return [] }
        hasStarted = true
        var actions: [DialogueAction] = []
        enter(script.dialogue.start, into: &actions)
        return actions
    }

    /// The learner typed a line; `analysis` is what the coach read in it.
    /// Returns no actions when no rule matches (a state without `else`) or after the end.
    public mutating func respond(to text: String, analysis: Analysis) -> [DialogueAction] {
        var actions = start()
        actions.reserveCapacity(4)  // a turn's set, coach, enter and line: one buffer
        guard !isEnded else { return actions }
        turns += 1
        turnsHere += 1
        guard stateSlot >= 0, let (rule, tags) = matchingRule(in: script.states[stateSlot], text: text, analysis: analysis) else {
            return actions
        }
        apply(rule.effects, skillTags: tags, into: &actions)
        return actions
    }

    /// The learner pressed an option button of the current state.
    public mutating func choose(option id: String) throws(DialogueRuntimeError) -> [DialogueAction] {
        var actions = start()
        guard !isEnded else { throw .ended }
        guard let option = options.first(where: { $0.id == id }) else { throw .unknownOption(id) }
        turns += 1
        turnsHere += 1
        apply(option.effects, skillTags: nil, into: &actions)
        return actions
    }

    /// The value of a variable or built-in (`turns_here`, `visits`, `turns`) as conditions see it.
    public func value(of name: String) -> Int {
        conditionValues()(name)
    }

    private var visitsHere: Int { stateSlot >= 0 ? visitCounts[stateSlot] : 0 }

    private func variable(_ name: String) -> Int {
        Self.variable(name, script: script, values: values, undeclared: undeclared)
    }

    /// A variable's value from the parts a condition closure captures (not the whole runtime).
    private static func variable(_ name: String, script: SharedDialogue, values: [Int], undeclared: [String: Int]) -> Int {
        if let slot = script.variableSlots[name] { return values[slot] }
        return undeclared[name, default: 0]
    }

    // MARK: Internals

    /// What conditions see, as one closure over a snapshot: a closure made per rule or line that
    /// captured the runtime copied the whole value each time.
    private func conditionValues() -> (String) -> Int {
        { [turnsHere, turns, visitsHere, values, undeclared, script] name in
            switch name {
            case "turns_here": return turnsHere
            case "visits": return visitsHere
            case "turns": return turns
            default: return Self.variable(name, script: script, values: values, undeclared: undeclared)
            }
        }
    }

    /// State rules (without `else`), then `anywhere`, then the state's `else`, then an `else` in `anywhere`.
    private func matchingRule(in current: DialogueState, text: String, analysis: Analysis) -> (DialogueRule, (Skill, [String])?)? {
        let line = FoldedLine(text)
        let values = conditionValues()
        // Plain loops: concatenating lazy filters builds a fresh array of rules on every turn.
        func firstHolding(_ rules: [DialogueRule], isElse: Bool) -> DialogueRule? {
            for rule in rules where rule.isElse == isElse
                && rule.when.holds(line: line, analysis: analysis, values: values) {
                return rule
            }
            return nil
        }
        guard let rule = firstHolding(current.on, isElse: false) ?? firstHolding(script.dialogue.anywhere, isElse: false)
            ?? firstHolding(current.on, isElse: true) ?? firstHolding(script.dialogue.anywhere, isElse: true) else {
            return nil
        }
        guard rule.when.tags.count == 1, let (skill, wanted) = rule.when.tags.first else { return (rule, nil) }
        let found = wanted.filter { analysis.has($0, in: skill) }
        return (rule, (skill, found))
    }

    private mutating func apply(_ effects: Effects, skillTags: (Skill, [String])?, into actions: inout [DialogueAction]) {
        for change in effects.set {
            let value = change.apply(to: variable(change.name))
            if let slot = script.variableSlots[change.name] {
                values[slot] = value
            } else {
                undeclared[change.name] = value
            }
            actions.append(.setVariable(name: change.name, value: value))
        }
        if let coach = effects.coach {
            actions.append(.coach(text: coach, skill: skillTags?.0, tags: skillTags?.1 ?? []))
        }
        say(effects.say, into: &actions)
        if let goto = effects.goto {
            enter(goto, into: &actions)
        }
        if effects.end, !isEnded {
            isEnded = true
            actions.append(.end)
        }
    }

    private mutating func enter(_ name: String, into actions: inout [DialogueAction]) {
        var next: String? = name
        var hops = 0
        while let name = next, !isEnded, let slot = script.stateSlots[name] {
            let target = script.states[slot]
            state = name
            stateSlot = slot
            turnsHere = 0
            visitCounts[slot] += 1
            actions.append(.enterState(name))
            say(target.say, into: &actions)
            if target.end {
                isEnded = true
                actions.append(.end)
            }
            hops += 1
            next = hops < Self.maxChain ? target.goto : nil
        }
    }

    private mutating func say(_ items: [SayItem], into actions: inout [DialogueAction]) {
        let values = conditionValues()
        let isSpoken = { (item: SayItem) in item.condition.map { $0.holds(values) } ?? true }
        guard let picked = items.count <= 64 ? pickFromBits(items, isSpoken) : pickFromArray(items, isSpoken) else { return }
        actions.append(.line(speaker: script.dialogue.persona.name, text: items[picked].text))
    }

    /// The index of one spoken item, candidates kept as bits: no array on every turn.
    private mutating func pickFromBits(_ items: [SayItem], _ isSpoken: (SayItem) -> Bool) -> Int? {
        var spoken: UInt64 = 0
        for (index, item) in items.enumerated() where isSpoken(item) { spoken |= 1 << UInt64(index) }
        let count = spoken.nonzeroBitCount
        guard count > 0 else { return nil }
        var skip = count == 1 ? 0 : generator.index(below: count)
        while skip > 0 {
            spoken &= spoken - 1  // drops the lowest candidate
            skip -= 1
        }
        return spoken.trailingZeroBitCount
    }

    /// The same pick for more than 64 items (the same random draws, so the same line).
    private mutating func pickFromArray(_ items: [SayItem], _ isSpoken: (SayItem) -> Bool) -> Int? {
        let candidates = items.indices.filter { isSpoken(items[$0]) }
        guard !candidates.isEmpty else { return nil }
        return candidates.count == 1 ? candidates[0] : candidates[generator.index(below: candidates.count)]
    }
}

/// One loaded dialogue behind a reference, for values that are copied often, with its states and
/// declared variables numbered so that the runtime keeps counts and values in arrays.
private final class SharedDialogue: Sendable {
    let dialogue: Dialogue
    let stateSlots: [String: Int]
    let stateNames: [String]
    let states: [DialogueState]
    let variableSlots: [String: Int]
    let initialValues: [Int]

    init(_ dialogue: Dialogue) {
        self.dialogue = dialogue
        // File order first, then any state the order does not list (dialogues built in code).
        var names: [String] = []
        var slots: [String: Int] = [:]
        for name in dialogue.stateOrder + dialogue.states.keys.sorted()
        where dialogue.states[name] != nil && slots[name] == nil {
            slots[name] = names.count
            names.append(name)
        }
        stateNames = names
        stateSlots = slots
        states = names.map { dialogue.states[$0]! }
        let variables = dialogue.variables.keys.sorted()
        variableSlots = Dictionary(uniqueKeysWithValues: variables.enumerated().map { ($1, $0) })
        initialValues = variables.map { dialogue.variables[$0]! }
    }
}
