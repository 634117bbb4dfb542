import Coach
import Yams

extension DialogueBuilder {
    static let stateKeys = ["say", "on", "options", "goto", "end", "note"]
    static let ruleKeys = ["when", "else", "say", "coach", "set", "goto", "end"]
    static let optionKeys = ["id", "text", "goto", "say", "set", "coach", "end"]
    static let whenKeys = ["question", "nvc", "trust", "habits", "matches", "if"]
    static let sayItemKeys = ["text", "if"]

    /// Keys trainers put one level off; the message says where they belong.
    static let misplacedInWhen = Dictionary(uniqueKeysWithValues: ["say", "coach", "set", "goto", "end", "else"].map {
        ($0, "zet '\($0)' naast 'when' in de regel, niet erin")
    })
    static let misplacedInState = Dictionary(uniqueKeysWithValues: ["when", "else", "coach", "set"].map {
        ($0, "'\($0)' hoort in een regel onder 'on:' (- when: … )")
    })
    static let misplacedInRule = ["on": "'on' hoort bij een staat, niet in een regel",
                                  "options": "'options' hoort bij een staat, niet in een regel",
                                  "matches": "zet 'matches' in 'when': { matches: … }",
                                  "if": "zet 'if' in 'when': { if: \"…\" }",
                                  "question": "zet 'question' in 'when': { question: … }",
                                  "nvc": "zet 'nvc' in 'when': { nvc: … }",
                                  "trust": "zet 'trust' in 'when': { trust: … }",
                                  "habits": "zet 'habits' in 'when': { habits: … }"]

    func readStates(_ entry: LoadContext.Entry) -> ([String: DialogueState], [String]) {
        guard case .mapping(let mapping) = entry.value, !mapping.isEmpty else {
            context.error(at: entry.value, "states: verwacht staten, zoals 'begin:' met daaronder 'say:', maar vond \(LoadContext.kind(of: entry.value))")
            return ([:], [])
        }
        // Names first, so that gotos may point forward.
        for (key, _) in mapping {
            if case .scalar(let scalar) = key { stateNames.insert(scalar.string) }
        }
        var states: [String: DialogueState] = [:]
        var order: [String] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                context.error(at: key, "states: de naam van een staat moet een woord zijn")
                continue
            }
            if let state = readState(name: scalar.string, key: key, value: value) {
                states[state.name] = state
                order.append(state.name)
            }
        }
        return (states, order)
    }

    private func readState(name: String, key: Node, value: Node) -> DialogueState? {
        let here = "staat '\(name)'"
        var state = DialogueState(name: name, location: LoadContext.location(of: key))
        if LoadContext.isNull(value) {
            return state   // "no way on" is reported by the structure checks
        }
        guard let entries = context.mapping(value, in: here, known: Self.stateKeys, misplaced: Self.misplacedInState) else { return nil }
        for entry in entries {
            switch entry.name {
            case "say": state.say = readSay(entry, in: here)
            case "on":
                state.on = context.sequence(entry, in: here)?.enumerated().compactMap { index, node in
                    readRule(node, in: "\(here), regel \(index + 1) van 'on'")
                } ?? []
            case "options": state.options = readOptions(entry, in: here)
            case "goto":
                state.goto = readTarget(entry, in: here)
                state.gotoLocation = entry.valueLocation
            case "end": state.end = context.bool(entry, in: here) ?? false
            case "note": state.note = context.string(entry, in: here)
            default: break
            }
        }
        return state
    }

    func readRule(_ node: Node, in here: String) -> DialogueRule? {
        guard let entries = context.mapping(node, in: here, known: Self.ruleKeys, misplaced: Self.misplacedInRule) else { return nil }
        let whenEntry = entries.first { $0.name == "when" }
        let elseEntry = entries.first { $0.name == "else" }
        var condition = RuleCondition()
        switch (whenEntry, elseEntry) {
        case (nil, nil):
            context.error(at: node, "\(here): de regel heeft geen 'when' of 'else'; zet er 'when:' (met een voorwaarde) of 'else:' bij")
        case (.some, .some(let entry)):
            context.error(entry.keyLocation, "\(here): een regel heeft 'when' of 'else', niet allebei")
        case (.some(let entry), nil):
            condition = readWhen(entry, in: here)
        case (nil, .some(let entry)):
            if LoadContext.isNull(entry.value) {
                condition = .otherwise
            } else if let value = context.bool(entry, in: here) {
                if value {
                    condition = .otherwise
                } else {
                    context.error(at: entry.value, "\(here): 'else: false' doet niets; schrijf '- else:' of 'else: true', of laat de regel weg")
                }
            }
        }
        let effects = readEffects(entries, in: here)
        return DialogueRule(location: LoadContext.location(of: node), when: condition, effects: effects)
    }

    private func readWhen(_ entry: LoadContext.Entry, in rule: String) -> RuleCondition {
        let here = "\(rule), 'when'"
        var condition = RuleCondition()
        guard let entries = context.mapping(entry.value, in: here, known: Self.whenKeys, misplaced: Self.misplacedInWhen) else { return condition }
        if case .mapping(let mapping) = entry.value, mapping.isEmpty {
            context.error(entry.keyLocation, "\(here): 'when' is leeg; noem een tag, 'matches' of 'if', of gebruik 'else'")
        }
        for item in entries {
            if let skill = Skill(rawValue: item.name) {
                guard let tags = context.stringList(item, in: here) else { continue }
                let known = TagVocabulary.tags(for: skill)
                var valid: [String] = []
                for (tag, node) in tags {
                    if known.contains(tag) {
                        valid.append(tag)
                    } else {
                        context.error(at: node, "\(here): '\(tag)' is geen tag van \(skill.rawValue)\(Self.suggest(tag, known)); kies uit: \(known.joined(separator: ", "))")
                    }
                }
                condition.tags[skill] = valid
            } else if item.name == "matches" {
                for (text, node) in context.stringList(item, in: here) ?? [] {
                    do {
                        condition.matches.append(try TextPattern(text))
                    } catch {
                        context.error(at: node, "\(here): \(error.message)")
                    }
                }
            } else if item.name == "if" {
                condition.condition = readCondition(item, in: here)
            }
        }
        return condition
    }

    func readCondition(_ entry: LoadContext.Entry, in here: String) -> Condition? {
        guard let text = context.string(entry, in: here) else { return nil }
        switch Condition.parse(text) {
        case .failure(let error):
            context.error(entry.valueLocation, "\(here): 'if' klopt niet: \(error.message)")
            return nil
        case .success(let condition):
            for name in condition.names where variables[name] == nil && !Condition.builtIns.contains(name) {
                context.error(entry.valueLocation, "\(here): variabele '\(name)' wordt gebruikt maar staat niet onder 'variables'\(Self.suggest(name, variableOrder + Condition.builtIns.sorted()))")
            }
            return condition
        }
    }

    private func readEffects(_ entries: [LoadContext.Entry], in here: String) -> Effects {
        var effects = Effects()
        for entry in entries {
            switch entry.name {
            case "say": effects.say = readSay(entry, in: here)
            case "coach": effects.coach = context.string(entry, in: here)
            case "set": effects.set = readSet(entry, in: here)
            case "goto":
                effects.goto = readTarget(entry, in: here)
                effects.gotoLocation = entry.valueLocation
            case "end": effects.end = context.bool(entry, in: here) ?? false
            default: break
            }
        }
        return effects
    }

    private func readTarget(_ entry: LoadContext.Entry, in here: String) -> String? {
        guard let name = context.name(entry, in: here) else { return nil }
        references.append(Reference(kind: .state, name: name, location: entry.valueLocation, context: here, key: "goto"))
        return name
    }

    func readSay(_ entry: LoadContext.Entry, in here: String) -> [SayItem] {
        switch entry.value {
        case .scalar(let scalar):
            if LoadContext.isNull(scalar) {
                context.error(entry.keyLocation, "\(here): 'say' is leeg; schrijf de zin erachter of laat 'say' weg")
                return []
            }
            return [SayItem(text: scalar.string, location: entry.valueLocation)]
        case .sequence(let sequence):
            if sequence.isEmpty {
                context.error(entry.valueLocation, "\(here): de 'say'-lijst is leeg; zet er minstens één zin in")
            }
            return sequence.compactMap { readSayItem($0, in: here) }
        default:
            context.error(at: entry.value, "\(here): 'say' moet een zin of een lijst van zinnen zijn, maar is \(LoadContext.kind(of: entry.value))")
            return []
        }
    }

    private func readSayItem(_ node: Node, in here: String) -> SayItem? {
        switch node {
        case .scalar(let scalar) where !LoadContext.isNull(scalar):
            return SayItem(text: scalar.string, location: LoadContext.location(of: node))
        case .mapping:
            guard let entries = context.mapping(node, in: "\(here), 'say'", known: Self.sayItemKeys) else { return nil }
            guard let textEntry = entries.first(where: { $0.name == "text" }) else {
                context.error(at: node, "\(here): een 'say'-item als mapping heeft 'text' nodig: { text: \"…\", if: \"…\" }")
                return nil
            }
            guard let text = context.string(textEntry, in: here) else { return nil }
            let condition = entries.first(where: { $0.name == "if" }).flatMap { readCondition($0, in: here) }
            return SayItem(text: text, condition: condition, location: LoadContext.location(of: node))
        default:
            context.error(at: node, "\(here): een 'say'-item moet een zin zijn of { text: …, if: … }, maar is \(LoadContext.kind(of: node))")
            return nil
        }
    }

    private func readSet(_ entry: LoadContext.Entry, in here: String) -> [VariableChange] {
        guard case .mapping(let mapping) = entry.value else {
            context.error(at: entry.value, "\(here): 'set' moet namen met een wijziging bevatten, zoals { vertrouwen: +1 }, maar is \(LoadContext.kind(of: entry.value))")
            return []
        }
        var changes: [VariableChange] = []
        for (key, value) in mapping {
            guard case .scalar(let keyScalar) = key else {
                context.error(at: key, "\(here): 'set' verwacht de naam van een variabele")
                continue
            }
            let name = keyScalar.string
            if variables[name] == nil {
                context.error(at: key, "\(here): variabele '\(name)' wordt gebruikt maar staat niet onder 'variables'\(Self.suggest(name, variableOrder))")
            }
            guard case .scalar(let scalar) = value, let operation = Self.parseChange(scalar.string) else {
                context.error(at: value, "\(here): 'set' van '\(name)' moet +N (erbij), -N (eraf), N of =N (wordt) zijn, maar is \(LoadContext.describe(value))")
                continue
            }
            changes.append(VariableChange(name: name, operation: operation, location: LoadContext.location(of: key)))
        }
        return changes
    }

    /// The raw text decides: `+1` adds, `-1` subtracts, `3` and `=3` set.
    static func parseChange(_ raw: String) -> VariableChange.Operation? {
        let text = raw.trimmingCharactersInWhitespace()
        if text.hasPrefix("+"), let value = Int(text.dropFirst()) { return .add(value) }
        if text.hasPrefix("-"), let value = Int(text.dropFirst()) { return .add(-value) }
        if text.hasPrefix("="), let value = Int(String(text.dropFirst()).trimmingCharactersInWhitespace()) { return .assign(value) }
        if let value = Int(text) { return .assign(value) }
        return nil
    }

    private func readOptions(_ entry: LoadContext.Entry, in state: String) -> [DialogueOption] {
        guard let nodes = context.sequence(entry, in: state) else { return [] }
        if nodes.isEmpty {
            context.error(entry.valueLocation, "\(state): de lijst 'options' is leeg")
        }
        var options: [DialogueOption] = []
        var seen: Set<String> = []
        for (index, node) in nodes.enumerated() {
            let here = "\(state), optie \(index + 1)"
            guard let entries = context.mapping(node, in: here, known: Self.optionKeys) else { continue }
            var id: String?
            var text: String?
            for item in entries {
                if item.name == "id", let value = context.name(item, in: here) {
                    id = value
                    if seen.contains(value) {
                        context.error(item.valueLocation, "\(state): optie-id '\(value)' komt twee keer voor; elke optie heeft een eigen id")
                    }
                    seen.insert(value)
                    optionIDs.insert(value)
                } else if item.name == "text" {
                    text = context.string(item, in: here)
                }
            }
            if !entries.contains(where: { $0.name == "id" }) {
                context.error(at: node, "\(here): de sleutel 'id' ontbreekt (een korte naam voor de knop, voor tests en het transcript)")
            }
            if !entries.contains(where: { $0.name == "text" }) {
                context.error(at: node, "\(here): de sleutel 'text' ontbreekt (de tekst op de knop)")
            }
            let effects = readEffects(entries, in: id.map { "\(state), optie '\($0)'" } ?? here)
            if let id, let text {
                options.append(DialogueOption(id: id, text: text, effects: effects, location: LoadContext.location(of: node)))
            }
        }
        return options
    }
}
