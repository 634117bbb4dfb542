import Coach

/// The outcome of one test conversation.
public struct DialogueTestResult: Sendable {
    public var name: String
    public var path: String
    public var location: SourceLocation
    public var failures: [DialogueTestFailure]

    public var passed: Bool { failures.isEmpty }
}

/// A turn that did not do what the test expected, at that turn's line.
public struct DialogueTestFailure: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    /// Dutch: what was expected and what happened.
    public var message: String

    /// `FILE:LINE:COLUMN: message`
    public var description: String { "\(path):\(line):\(column): \(message)" }
}

/// Runs the test conversations written in a dialogue file.
public enum DialogueTestRunner {
    /// Each test from a fresh runtime (its `seed`, or 0); `analyze` is the coach for turns without `tags`.
    /// A test stops at its first turn that does not meet its expectation (all misses of that turn are reported).
    public static func run(_ dialogue: Dialogue, analyze: (String) -> Analysis) -> [DialogueTestResult] {
        dialogue.tests.map { run($0, of: dialogue, analyze: analyze) }
    }

    static func run(_ test: DialogueTest, of dialogue: Dialogue, analyze: (String) -> Analysis) -> DialogueTestResult {
        var runtime = DialogueRuntime(dialogue: dialogue, seed: test.seed ?? 0)
        var failures: [DialogueTestFailure] = []
        _ = runtime.start()
        for (index, turn) in test.turns.enumerated() {
            let here = "beurt \(index + 1)"
            func fail(_ message: String) {
                failures.append(DialogueTestFailure(path: dialogue.sourcePath, line: turn.location.line, column: turn.location.column, message: "test '\(test.name)', \(here): \(message)"))
            }
            if runtime.isEnded {
                fail("het gesprek was al afgelopen (in staat '\(runtime.state)')")
                break
            }
            var actions: [DialogueAction] = []
            var analysis: Analysis?
            switch turn.action {
            case .say(let text, let tags):
                let read = tags.map { Analysis(wireTags: $0) } ?? analyze(text)
                analysis = read
                actions = runtime.respond(to: text, analysis: read)
            case .choose(let id):
                do {
                    actions = try runtime.choose(option: id)
                } catch {
                    let shown = runtime.options.map(\.id)
                    fail("optie '\(id)' staat niet in staat '\(runtime.state)' (daar zijn: \(shown.isEmpty ? "geen opties" : shown.joined(separator: ", ")))")
                    continue
                }
            }
            let before = failures.count
            check(turn.expect, runtime: runtime, actions: actions, analysis: analysis, fail: fail)
            // Later turns were written for the conversation the test expected; after a miss they only add noise.
            if failures.count > before { break }
        }
        return DialogueTestResult(name: test.name, path: dialogue.sourcePath, location: test.location, failures: failures)
    }

    private static func check(_ expect: TestExpectation, runtime: DialogueRuntime, actions: [DialogueAction], analysis: Analysis?, fail: (String) -> Void) {
        if let state = expect.state, state != runtime.state {
            fail("verwachtte staat '\(state)', maar het gesprek is in staat '\(runtime.state)'")
        }
        if !expect.coach.isEmpty {
            let found = analysis.map { read in Skill.allCases.flatMap { read.tags(for: $0) } } ?? []
            let missing = expect.coach.filter { !found.contains($0) }
            if !missing.isEmpty {
                fail("verwachtte dat de coach \(missing.map { "'\($0)'" }.joined(separator: ", ")) vond, maar die vond: \(found.isEmpty ? "niets" : found.joined(separator: ", "))")
            }
        }
        if let line = expect.line {
            let lines = actions.compactMap { action -> String? in
                if case .line(_, let text) = action { return text }
                return nil
            }
            if !lines.contains(where: { $0.localizedLowercaseContains(line) }) {
                fail("verwachtte een antwoord met '\(line)', maar kreeg: \(lines.isEmpty ? "geen antwoord" : lines.map { "'\($0)'" }.joined(separator: " "))")
            }
        }
        if let ended = expect.ended, ended != runtime.isEnded {
            fail(ended ? "verwachtte dat het gesprek afgelopen was, maar het is in staat '\(runtime.state)'" : "verwachtte dat het gesprek nog liep, maar het is afgelopen")
        }
        for (name, value) in expect.variables.sorted(by: { $0.key < $1.key }) where runtime.variables[name] != value {
            fail("verwachtte \(name) = \(value), maar het is \(runtime.variables[name].map(String.init) ?? "onbekend")")
        }
    }
}

extension String {
    /// Case-insensitive containment (the line check in tests should not hinge on a capital).
    func localizedLowercaseContains(_ other: String) -> Bool {
        lowercased().contains(other.lowercased())
    }
}
