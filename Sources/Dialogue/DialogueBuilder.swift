import Coach
import Yams

/// Builds a `Dialogue` from the composed YAML tree, reporting as much as possible in one pass.
final class DialogueBuilder {
    static let topKeys = ["id", "title", "summary", "situation", "skills", "persona", "start",
                          "variables", "states", "anywhere", "reflection", "tests"]

    /// A name used somewhere that must exist once everything is read.
    struct Reference {
        enum Kind { case state, option }
        let kind: Kind
        let name: String
        let location: SourceLocation
        let context: String
        let key: String
    }

    let context: LoadContext
    let source: DialogueSource
    var variables: [String: Int] = [:]
    var variableOrder: [String] = []
    var stateNames: Set<String> = []
    var optionIDs: Set<String> = []
    var references: [Reference] = []
    private(set) var declaredID: (String, SourceLocation)?

    init(context: LoadContext, source: DialogueSource) {
        self.context = context
        self.source = source
    }

    func build(_ root: Node) -> Dialogue? {
        let top = "dialoog"
        guard let entries = context.mapping(root, in: top, known: Self.topKeys) else { return nil }
        let byName = Dictionary(entries.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let rootLocation = LoadContext.location(of: root)

        // Variables first: every `if` and `set` below is checked against them.
        if let entry = byName["variables"] { readVariables(entry) }

        var id = source.defaultID
        var idLocation = SourceLocation(line: 1, column: 1)
        if let entry = byName["id"], let value = context.name(entry, in: top) {
            id = value
            idLocation = entry.valueLocation
        }
        declaredID = (id, idLocation)
        if !Self.isValidID(id) {
            context.error(idLocation, "id '\(id)' mag alleen kleine letters, cijfers en '-' bevatten (bijvoorbeeld 'open-vragen')")
        }

        let title = required("title", byName, rootLocation, "de titel die de cursist ziet").flatMap { context.string($0, in: top) }
        let summary = byName["summary"].flatMap { context.string($0, in: top) } ?? ""
        let situation = byName["situation"].flatMap { context.string($0, in: top) }
        let skills = byName["skills"].map(readSkills) ?? []
        let persona = required("persona", byName, rootLocation, "wie de cursist spreekt: { name: …, role: … }").flatMap(readPersona)

        var states: [String: DialogueState] = [:]
        var stateOrder: [String] = []
        if let entry = required("states", byName, rootLocation, "de staten van het gesprek") {
            (states, stateOrder) = readStates(entry)
        }
        var start: String?
        if let entry = required("start", byName, rootLocation, "de naam van de eerste staat"), let name = context.name(entry, in: top) {
            start = name
            references.append(Reference(kind: .state, name: name, location: entry.valueLocation, context: top, key: "start"))
        }
        let anywhere = byName["anywhere"].map { entry in
            context.sequence(entry, in: top)?.enumerated().compactMap { index, node in
                readRule(node, in: "anywhere, regel \(index + 1)")
            } ?? []
        } ?? []
        let reflection = byName["reflection"].map(readReflection) ?? []
        let tests = byName["tests"].map(readTests) ?? []

        checkReferences()

        guard let title, let persona, let start else { return nil }
        return Dialogue(
            id: id, title: title, summary: summary, situation: situation, skills: skills,
            persona: persona, start: start, variables: variables, variableOrder: variableOrder,
            states: states, stateOrder: stateOrder, anywhere: anywhere, reflection: reflection,
            tests: tests, contentHash: DialogueLoader.contentHash(of: source.text),
            sourcePath: source.path, sourceText: source.text, idLocation: idLocation
        )
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    private func required(_ key: String, _ entries: [String: LoadContext.Entry], _ location: SourceLocation, _ what: String) -> LoadContext.Entry? {
        if let entry = entries[key] { return entry }
        context.error(location, "de sleutel '\(key)' ontbreekt (\(what))")
        return nil
    }

    private func readVariables(_ entry: LoadContext.Entry) {
        guard case .mapping(let mapping) = entry.value else {
            if LoadContext.isNull(entry.value) { return }
            context.error(at: entry.value, "variables: verwacht namen met een beginwaarde, zoals { vertrouwen: 0 }, maar vond \(LoadContext.kind(of: entry.value))")
            return
        }
        for (key, value) in mapping {
            guard case .scalar(let keyScalar) = key else {
                context.error(at: key, "variables: een naam van een variabele moet een woord zijn")
                continue
            }
            let name = keyScalar.string
            guard Condition.isIdentifier(name) else {
                context.error(at: key, "variables: '\(name)' is geen geldige naam (letters, cijfers en '_', beginnend met een letter)")
                continue
            }
            guard !Condition.builtIns.contains(name) else {
                context.error(at: key, "variables: '\(name)' is een ingebouwde naam (turns_here, visits, turns); kies een andere naam")
                continue
            }
            guard case .scalar(let scalar) = value, let number = Int(scalar.string.trimmingCharactersInWhitespace()) else {
                context.error(at: value, "variables: de beginwaarde van '\(name)' moet een geheel getal zijn, maar is \(LoadContext.describe(value))")
                variables[name] = 0
                variableOrder.append(name)
                continue
            }
            variables[name] = number
            variableOrder.append(name)
        }
    }

    private func readSkills(_ entry: LoadContext.Entry) -> [Skill] {
        guard let items = context.stringList(entry, in: "dialoog") else { return [] }
        var skills: [Skill] = []
        for (name, node) in items {
            if let skill = Skill(rawValue: name) {
                if !skills.contains(skill) { skills.append(skill) }
            } else {
                context.error(at: node, "skills: onbekende vaardigheid '\(name)'\(Self.suggest(name, Skill.allCases.map(\.rawValue))); kies uit question, nvc, trust, habits")
            }
        }
        return skills
    }

    private func readPersona(_ entry: LoadContext.Entry) -> Persona? {
        let where_ = "persona"
        guard let entries = context.mapping(entry.value, in: where_, known: ["name", "role"]) else { return nil }
        let byName = Dictionary(entries.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        guard let nameEntry = byName["name"] else {
            context.error(entry.keyLocation, "persona: de sleutel 'name' ontbreekt (de naam van wie de cursist spreekt)")
            return nil
        }
        guard let name = context.string(nameEntry, in: where_) else { return nil }
        let role = byName["role"].flatMap { context.string($0, in: where_) } ?? ""
        return Persona(name: name, role: role)
    }

    private func checkReferences() {
        for reference in references {
            switch reference.kind {
            case .state where !stateNames.contains(reference.name):
                context.error(reference.location, "\(reference.context): '\(reference.key)' verwijst naar staat '\(reference.name)', maar die staat bestaat niet\(Self.suggest(reference.name, Array(stateNames)))")
            case .option where !optionIDs.contains(reference.name):
                context.error(reference.location, "\(reference.context): 'choose' kiest optie '\(reference.name)', maar geen staat heeft een optie met die id\(Self.suggest(reference.name, Array(optionIDs)))")
            default:
                break
            }
        }
    }

    /// ` (bedoelde je 'x'?)` when a near name exists, else empty.
    static func suggest(_ name: String, _ candidates: [String]) -> String {
        Suggestion.nearest(to: name, in: candidates.sorted()).map { " (bedoelde je '\($0)'?)" } ?? ""
    }
}
