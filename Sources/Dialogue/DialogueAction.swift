import Coach

/// What the runtime asks its owner to do, in order; the runtime itself does no I/O.
public enum DialogueAction: Sendable, Equatable {
    /// The persona says a line.
    case line(speaker: String, text: String)
    /// The script's own `coach:` tip for the learner's line; skill and tags come from the
    /// `when` that matched when it tests exactly one skill.
    case coach(text: String, skill: Skill?, tags: [String])
    case setVariable(name: String, value: Int)
    case enterState(String)
    /// The rehearsal is over (reflection follows).
    case end
}

/// Why `choose(option:)` refused.
public enum DialogueRuntimeError: Error, Sendable, Equatable {
    /// The current state shows no option with this id.
    case unknownOption(String)
    /// The rehearsal has already ended.
    case ended
}
