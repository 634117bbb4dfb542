import ArgumentParser

struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "test", abstract: "Not built yet.")
    func run() throws { throw ValidationError("'test' is not built yet") }
}
