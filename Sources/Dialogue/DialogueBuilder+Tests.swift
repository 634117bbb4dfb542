import Coach
import Yams

extension DialogueBuilder {
    static let reflectionKeys = ["id", "ask"]
    static let testKeys = ["name", "seed", "turns"]
    static let turnKeys = ["say", "choose", "tags", "expect"]
    static let expectKeys = ["state", "coach", "line", "ended", "variables"]

    func readReflection(_ entry: LoadContext.Entry) -> [ReflectionQuestion] {
        guard let nodes = context.sequence(entry, in: "reflection") else { return [] }
        var questions: [ReflectionQuestion] = []
        var seen: Set<String> = []
        for (index, node) in nodes.enumerated() {
            let here = "reflection, vraag \(index + 1)"
            guard let entries = context.mapping(node, in: here, known: Self.reflectionKeys) else { continue }
            let id = entries.first { $0.name == "id" }
            let ask = entries.first { $0.name == "ask" }
            if id == nil { context.error(at: node, "\(here): de sleutel 'id' ontbreekt") }
            if ask == nil { context.error(at: node, "\(here): de sleutel 'ask' ontbreekt (de vraag zelf)") }
            guard let id, let ask, let idText = context.name(id, in: here), let askText = context.string(ask, in: here) else { continue }
            if !seen.insert(idText).inserted {
                context.error(id.valueLocation, "\(here): id '\(idText)' komt twee keer voor in 'reflection'")
            }
            questions.append(ReflectionQuestion(id: idText, ask: askText))
        }
        return questions
    }

    func readTests(_ entry: LoadContext.Entry) -> [DialogueTest] {
        guard let nodes = context.sequence(entry, in: "tests") else { return [] }
        return nodes.enumerated().compactMap { index, node in readTest(node, number: index + 1) }
    }

    private func readTest(_ node: Node, number: Int) -> DialogueTest? {
        var here = "test \(number)"
        guard let entries = context.mapping(node, in: here, known: Self.testKeys) else { return nil }
        var name = here
        if let entry = entries.first(where: { $0.name == "name" }), let value = context.string(entry, in: here) {
            name = value
            here = "test '\(value)'"
        }
        var seed: UInt64?
        if let entry = entries.first(where: { $0.name == "seed" }) {
            if case .scalar(let scalar) = entry.value, let value = UInt64(scalar.string.trimmingCharactersInWhitespace()) {
                seed = value
            } else {
                context.error(at: entry.value, "\(here): 'seed' moet een geheel getal van 0 of meer zijn, maar is \(LoadContext.describe(entry.value))")
            }
        }
        guard let turnsEntry = entries.first(where: { $0.name == "turns" }) else {
            context.error(at: node, "\(here): de sleutel 'turns' ontbreekt (de beurten van het testgesprek)")
            return nil
        }
        let turns = (context.sequence(turnsEntry, in: here) ?? []).enumerated().compactMap { index, turn in
            readTurn(turn, in: "\(here), beurt \(index + 1)")
        }
        return DialogueTest(name: name, seed: seed, turns: turns, location: LoadContext.location(of: node))
    }

    private func readTurn(_ node: Node, in here: String) -> TestTurn? {
        guard let entries = context.mapping(node, in: here, known: Self.turnKeys) else { return nil }
        let sayEntry = entries.first { $0.name == "say" }
        let chooseEntry = entries.first { $0.name == "choose" }
        var tags: [Skill: [String]]?
        if let entry = entries.first(where: { $0.name == "tags" }) {
            tags = readTags(entry, in: here)
            if chooseEntry != nil {
                context.warning(entry.keyLocation, "\(here): 'tags' hoort bij 'say', niet bij 'choose'; ze worden genegeerd")
            }
        }
        var expect = TestExpectation()
        if let entry = entries.first(where: { $0.name == "expect" }) {
            expect = readExpectation(entry, in: here)
        }
        let location = LoadContext.location(of: node)
        switch (sayEntry, chooseEntry) {
        case (.some(let say), nil):
            guard let text = context.string(say, in: here) else { return nil }
            return TestTurn(action: .say(text, tags: tags), expect: expect, location: location)
        case (nil, .some(let choose)):
            guard let id = context.name(choose, in: here) else { return nil }
            references.append(Reference(kind: .option, name: id, location: choose.valueLocation, context: here, key: "choose"))
            return TestTurn(action: .choose(id), expect: expect, location: location)
        case (.some, .some(let choose)):
            context.error(choose.keyLocation, "\(here): een beurt heeft 'say' of 'choose', niet allebei")
            return nil
        case (nil, nil):
            context.error(at: node, "\(here): de beurt heeft geen 'say' (een getypte zin) of 'choose' (een optie)")
            return nil
        }
    }

    private func readTags(_ entry: LoadContext.Entry, in here: String) -> [Skill: [String]] {
        let skills = Skill.allCases.map(\.rawValue)
        guard let entries = context.mapping(entry.value, in: "\(here), 'tags'", known: skills) else { return [:] }
        var tags: [Skill: [String]] = [:]
        for item in entries {
            guard let skill = Skill(rawValue: item.name) else { continue }
            let known = TagVocabulary.tags(for: skill)
            for (tag, node) in context.stringList(item, in: here) ?? [] {
                if known.contains(tag) {
                    tags[skill, default: []].append(tag)
                } else {
                    context.error(at: node, "\(here): '\(tag)' is geen tag van \(skill.rawValue)\(Self.suggest(tag, known)); kies uit: \(known.joined(separator: ", "))")
                }
            }
        }
        return tags
    }

    private func readExpectation(_ entry: LoadContext.Entry, in turn: String) -> TestExpectation {
        let here = "\(turn), 'expect'"
        var expect = TestExpectation()
        guard let entries = context.mapping(entry.value, in: here, known: Self.expectKeys) else { return expect }
        for item in entries {
            switch item.name {
            case "state":
                if let name = context.name(item, in: here) {
                    expect.state = name
                    expect.stateLocation = item.valueLocation
                    if !stateNames.contains(name) {
                        context.error(item.valueLocation, "\(here): verwacht staat '\(name)', maar die staat bestaat niet\(Self.suggest(name, Array(stateNames)))")
                    }
                }
            case "coach":
                let all = Skill.allCases.flatMap(TagVocabulary.tags(for:))
                for (tag, node) in context.stringList(item, in: here) ?? [] {
                    if all.contains(tag) {
                        expect.coach.append(tag)
                    } else {
                        context.error(at: node, "\(here): '\(tag)' is geen tag van de coach\(Self.suggest(tag, all))")
                    }
                }
            case "line": expect.line = context.string(item, in: here)
            case "ended": expect.ended = context.bool(item, in: here)
            case "variables":
                guard case .mapping(let mapping) = item.value else {
                    context.error(at: item.value, "\(here): 'variables' moet namen met waarden zijn, zoals { vertrouwen: 2 }")
                    continue
                }
                for (key, value) in mapping {
                    let name = key.scalar?.string ?? ""
                    if variables[name] == nil {
                        context.error(at: key, "\(here): variabele '\(name)' wordt gebruikt maar staat niet onder 'variables'\(Self.suggest(name, variableOrder))")
                    }
                    if let number = value.scalar.flatMap({ Int($0.string.trimmingCharactersInWhitespace()) }) {
                        expect.variables[name] = number
                    } else {
                        context.error(at: value, "\(here): de verwachte waarde van '\(name)' moet een geheel getal zijn")
                    }
                }
            default: break
            }
        }
        return expect
    }
}
