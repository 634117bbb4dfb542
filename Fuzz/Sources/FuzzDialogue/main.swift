import CLibFuzzer
import Foundation
import Coach
import Dialogue

// Any text as a dialogue file: `rehearse lint` must answer with diagnostics, never crash or hang.
// A file that loads is also drawn (`rehearse graph`) and its own tests are run (`rehearse test`),
// which drives the runtime state machine through whatever the mutated file describes.
// Invalid UTF-8 is repaired first, as a trainer's editor would show it.
let coach = Coach()
exit(FuzzMain(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    let text = size == 0 ? "" : String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let source = DialogueSource(path: "fuzz.yaml", text: text)
    _ = DialogueLinter.lint([source])
    if let dialogue = DialogueLoader.load(source).dialogue {
        _ = DialogueGraph.dot(dialogue)
        _ = DialogueGraph.mermaid(dialogue)
        _ = DialogueTestRunner.run(dialogue, analyze: coach.analyze)
    }
    return 0
})
