import ArgumentParser

@main
struct Rehearse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rehearse",
        abstract: "Oefengesprek: rehearse difficult conversations with a coach.",
        subcommands: [ServeCommand.self, LintCommand.self, GraphCommand.self, TestCommand.self,
                      AnalyzeCommand.self, ReportCommand.self, BenchCommand.self],
        defaultSubcommand: ServeCommand.self
    )
}
