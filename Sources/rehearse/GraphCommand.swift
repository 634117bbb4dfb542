import ArgumentParser
import Dialogue
import Foundation
import RehearseApp

/// `rehearse graph`: the conversation as a Graphviz or Mermaid graph.
struct GraphCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dot
        case mermaid
    }

    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print a dialogue as a graph (states, edges labelled with their conditions).",
        discussion: "Render DOT with Graphviz: rehearse graph FILE | dot -Tsvg > graaf.svg"
    )

    @Argument(help: "A dialogue file.")
    var file: String

    @Option(help: "Output format: dot or mermaid.")
    var format: Format = .dot

    func run() throws {
        let source: DialogueSource
        do {
            guard let first = try DialogueRegistry.sources(at: [file]).first else { throw DialogueFileError.notFound(file) }
            source = first
        } catch {
            printError("rehearse graph: \(error)")
            throw ExitCode(1)
        }
        let result = DialogueLoader.load(source)
        guard let dialogue = result.dialogue else {
            for diagnostic in result.diagnostics { printError(diagnostic.description) }
            printError("rehearse graph: \(file) heeft fouten; los ze eerst op (zie rehearse lint)")
            throw ExitCode(1)
        }
        switch format {
        case .dot: print(DialogueGraph.dot(dialogue), terminator: "")
        case .mermaid: print(DialogueGraph.mermaid(dialogue), terminator: "")
        }
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
