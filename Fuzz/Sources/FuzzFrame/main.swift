import CLibFuzzer
import Foundation
import RehearseApp

// Any bytes as one WebSocket text message: a frame or a ProtocolError, never a crash.
exit(FuzzMain(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? IncomingFrame.decode(bytes)
    return 0
})
