import ArgumentParser
import Dialogue
import RehearseApp

/// `rehearse lint`: checks dialogue files and prints findings the way compilers do.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check dialogue files; prints FILE:LINE:COLUMN: error|warning: message.",
        discussion: "Exits with status 1 when any error is found (warnings do not fail)."
    )

    @Argument(help: "Dialogue files or folders (default: Dialogues).")
    var paths: [String] = []

    func run() throws {
        let sources: [DialogueSource]
        do {
            sources = try DialogueRegistry.sources(at: paths.isEmpty ? ["Dialogues"] : paths)
        } catch {
            printError("rehearse lint: \(error)")
            throw ExitCode(1)
        }
        let diagnostics = DialogueLinter.lint(sources)
        for diagnostic in diagnostics { print(diagnostic) }
        let errors = diagnostics.filter(\.isError).count
        let warnings = diagnostics.count - errors
        print("\(count(sources.count, "bestand", "bestanden")) gecontroleerd: \(count(errors, "fout", "fouten")), \(count(warnings, "waarschuwing", "waarschuwingen"))")
        if errors > 0 { throw ExitCode(1) }
    }
}

func count(_ n: Int, _ one: String, _ many: String) -> String {
    "\(n) \(n == 1 ? one : many)"
}
