import CLibFuzzer
import Foundation
import Transcript

// Any bytes as a transcript file on disk: the tolerant reader keeps what it can, never crashes.
// The reader only takes a path, so each input goes through one scratch file per process.
let scratch = NSTemporaryDirectory() + "/rehearse-fuzz-transcript-\(getpid()).jsonl"
// libFuzzer ends a timed run with exit(), so the scratch file does not outlive the process.
atexit { unlink(scratch) }
exit(FuzzMain(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    guard let file = fopen(scratch, "wb") else { fatalError("cannot write \(scratch)") }
    if size > 0 { fwrite(data, 1, size, file) }
    fclose(file)
    if let transcript = try? TranscriptReader.read(path: scratch) {
        _ = (transcript.header, transcript.isEnded, transcript.turnCount)
    }
    return 0
})
