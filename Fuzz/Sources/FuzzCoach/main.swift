import CLibFuzzer
import Foundation
import Coach

// Any text as a learner's line: every analyzer answers, none crashes.
// Loaded once: the lexicon is read from disk.
let coach = Coach()
exit(FuzzMain(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    let text = size == 0 ? "" : String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = coach.analyze(text)
    return 0
})
