import CLibFuzzer
import Foundation
import Coach

// Any text as a learner's line: every analyzer answers and every tip is written, as the server
// does for each line (the closed-question tip rewrites the line itself), and none crashes.
// Loaded once: the lexicon is read from disk.
let coach = Coach()
exit(FuzzMain(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    let text = size == 0 ? "" : String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let analysis = coach.analyze(text)
    for skill in Skill.allCases {
        for tag in analysis.tags(for: skill) { _ = coach.tip(for: skill, tag: tag, line: text) }
    }
    _ = coach.tip(for: .question, tag: "closed", line: text)
    return 0
})
