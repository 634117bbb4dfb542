import ArgumentParser
import Coach
import Dialogue
import RehearseApp

/// `rehearse test`: runs the test conversations in dialogue files through the real coach.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the tests written in dialogue files; prints PASS/FAIL per test.",
        discussion: "Exits with status 1 when a test fails or a file does not load."
    )

    @Argument(help: "Dialogue files or folders (default: Dialogues).")
    var paths: [String] = []

    func run() throws {
        let sources: [DialogueSource]
        do {
            sources = try DialogueRegistry.sources(at: paths.isEmpty ? ["Dialogues"] : paths)
        } catch {
            printError("rehearse test: \(error)")
            throw ExitCode(1)
        }
        let coach = Coach()
        var passed = 0
        var failed = 0
        for source in sources {
            let result = DialogueLoader.load(source)
            guard let dialogue = result.dialogue else {
                print("FAIL \(source.path): het bestand heeft fouten (zie rehearse lint)")
                for diagnostic in result.diagnostics where diagnostic.isError { print("  \(diagnostic)") }
                failed += 1
                continue
            }
            for test in DialogueTestRunner.run(dialogue, analyze: coach.analyze) {
                if test.passed {
                    passed += 1
                    print("PASS \(source.path):\(test.location.line): \(test.name)")
                } else {
                    failed += 1
                    print("FAIL \(source.path):\(test.location.line): \(test.name)")
                    for failure in test.failures { print("  \(failure)") }
                }
            }
        }
        print("\(passed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode(1) }
    }
}
