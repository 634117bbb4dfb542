import CLibFuzzer
import Coach

// Any text as a learner's line: every analyzer answers, none crashes.
// Loaded once: the lexicon is read from disk.
let coach = Coach()
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
_ = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    let text = size == 0 ? "" : String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = coach.analyze(text)
    return 0
}
