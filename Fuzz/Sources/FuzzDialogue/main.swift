import CLibFuzzer
import Dialogue

// Any text as a dialogue file: `rehearse lint` must answer with diagnostics, never crash or hang.
// Invalid UTF-8 is repaired first, as a trainer's editor would show it.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
_ = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    let text = size == 0 ? "" : String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = DialogueLinter.lint([DialogueSource(path: "fuzz.yaml", text: text)])
    return 0
}
