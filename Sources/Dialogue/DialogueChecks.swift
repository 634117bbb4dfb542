/// Checks on the shape of the conversation as a whole: states nobody reaches,
/// states the learner cannot leave, and lines that get no answer.
enum DialogueChecks {
    static func structure(of dialogue: Dialogue) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let path = dialogue.sourcePath
        // Without a valid start everything looks unreachable; the start error says enough.
        let reached = dialogue.states[dialogue.start] == nil ? Set(dialogue.stateOrder) : reachable(in: dialogue)
        let anywhereHasElse = dialogue.anywhere.contains(where: \.isElse)
        for state in dialogue.orderedStates {
            let here = "staat '\(state.name)'"
            if state.on.isEmpty, state.options.isEmpty, state.goto == nil, !state.end {
                found.append(Diagnostic(.error, path, state.location,
                    "\(here): de cursist kan hier nergens heen; geef de staat 'on', 'options' of 'goto', of zet 'end: true'"))
            }
            if !reached.contains(state.name) {
                found.append(Diagnostic(.warning, path, state.location,
                    "\(here) wordt nooit bereikt: geen 'start', 'goto' of optie verwijst ernaar"))
            }
            if state.goto != nil, !state.end, !state.on.isEmpty || !state.options.isEmpty {
                found.append(Diagnostic(.warning, path, state.gotoLocation ?? state.location,
                    "\(here): door 'goto' gaat het gesprek meteen verder, dus 'on' en 'options' van deze staat worden nooit gebruikt"))
            }
            if state.goto != nil, state.end {
                found.append(Diagnostic(.warning, path, state.gotoLocation ?? state.location,
                    "\(here): heeft 'end: true', dus de 'goto' wordt nooit gevolgd"))
            }
            if let loop = gotoLoop(from: state, in: dialogue) {
                found.append(Diagnostic(.error, path, state.gotoLocation ?? state.location,
                    "\(here): de goto's vormen een kring zonder einde (\(loop.joined(separator: " → "))); de cursist komt nooit aan de beurt"))
            }
            if !state.on.isEmpty, !state.on.contains(where: \.isElse), !anywhereHasElse {
                found.append(Diagnostic(.warning, path, state.location,
                    "\(here): 'on' heeft geen 'else'-regel; een zin die bij geen enkele regel past, krijgt geen antwoord"))
            }
        }
        return found
    }

    /// The cycle of state-level gotos that starts at `state`, if following them never ends.
    static func gotoLoop(from state: DialogueState, in dialogue: Dialogue) -> [String]? {
        var chain = [state.name]
        var current = state
        while !current.end, let next = current.goto, let target = dialogue.states[next] {
            if next == state.name { return chain + [next] }
            if chain.contains(next) { return nil }   // a loop further on; reported at its own states
            chain.append(next)
            current = target
        }
        return nil
    }

    /// The states a conversation can get to from `start`.
    static func reachable(in dialogue: Dialogue) -> Set<String> {
        var seen: Set<String> = []
        var queue = [dialogue.start]
        let anywhereTargets = dialogue.anywhere.compactMap(\.effects.goto)
        var anywhereAdded = false
        while let name = queue.popLast() {
            guard !seen.contains(name), let state = dialogue.states[name] else { continue }
            seen.insert(name)
            queue.append(contentsOf: targets(of: state))
            // `anywhere` rules apply in every state where the learner can still type.
            if !anywhereAdded, !state.end, state.goto == nil {
                anywhereAdded = true
                queue.append(contentsOf: anywhereTargets)
            }
        }
        return seen
    }

    /// Every state this one can lead to directly.
    static func targets(of state: DialogueState) -> [String] {
        var result: [String] = []
        if let goto = state.goto { result.append(goto) }
        result.append(contentsOf: state.on.compactMap(\.effects.goto))
        result.append(contentsOf: state.options.compactMap(\.effects.goto))
        return result
    }
}
