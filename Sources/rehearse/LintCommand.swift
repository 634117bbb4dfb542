import ArgumentParser

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lint", abstract: "Not built yet.")
    func run() throws { throw ValidationError("'lint' is not built yet") }
}
